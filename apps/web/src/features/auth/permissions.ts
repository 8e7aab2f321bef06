import type { AccessAction, AccessSubject } from '@tribeworks/contracts';
import type { Session } from './api/auth.api';

/**
 * What the session's permissions allow, for showing or hiding navigation and actions only:
 * the API decides for real. `manage` stands for every action, `all` for every subject.
 * Conditions (e.g. "own jobs only") are not sent, so a rule counts as "some of them".
 */
export function can(
  session: Session | null | undefined,
  action: AccessAction,
  subject: AccessSubject,
): boolean {
  return (
    session?.permissions.some(
      (p) =>
        (p.action === action || p.action === 'manage') &&
        (p.subject === subject || p.subject === 'all'),
    ) ?? false
  );
}
