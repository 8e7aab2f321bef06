/**
 * Application roles. A user holds one or more; scoped roles (tribe lead, chapter lead,
 * product owner) see what the organisation model gives them.
 */
export enum AppRole {
  Admin = 'admin',
  Hr = 'hr',
  TribeLead = 'tribe_lead',
  ChapterLead = 'chapter_lead',
  ProductOwner = 'product_owner',
  Member = 'member',
}

export const APP_ROLES = Object.values(AppRole);

export function isAppRole(value: unknown): value is AppRole {
  return typeof value === 'string' && (APP_ROLES as string[]).includes(value);
}

/** What a permission check asks: an action on a kind of thing. */
export type AccessAction = 'manage' | 'read' | 'create' | 'update' | 'delete' | 'import' | 'run';

/** The kinds of thing permissions are about. `all` stands for every subject. */
export type AccessSubject =
  | 'all'
  | 'User'
  | 'AuditLog'
  | 'System'
  | 'Job'
  | 'Framework'
  | 'Organisation'
  | 'Tribe'
  | 'Squad'
  | 'Chapter'
  | 'Guild'
  | 'Department'
  | 'Person'
  | 'Membership';

/** Password rules, shared so the web app can say them before the server refuses. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Name of the header that carries the CSRF token on cookie-authenticated writes. */
export const CSRF_HEADER = 'x-csrf-token';
/** Name of the readable cookie that holds the CSRF token for the web app. */
export const CSRF_COOKIE = 'tw_csrf';
/** Name of the HTTP-only session cookie. */
export const SESSION_COOKIE = 'tw_session';
