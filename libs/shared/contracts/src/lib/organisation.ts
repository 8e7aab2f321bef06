/** How an organisation works: the product serves all three (domain.md §1). */
export const ORGANISATION_KINDS = ['traditional', 'hybrid', 'agile'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** A service/run tribe (beheer) or an experience/change tribe. */
export const TRIBE_KINDS = ['run', 'change'] as const;
export type TribeKind = (typeof TRIBE_KINDS)[number];

/** The units a person can be a member of. */
export const MEMBERSHIP_KINDS = ['squad', 'chapter', 'guild', 'department'] as const;
export type MembershipKind = (typeof MEMBERSHIP_KINDS)[number];

/**
 * Stable error codes of the organisation area. Rule violations carry `details` with
 * `{ rule, unit, current, limit, params }`. Never rename a value.
 */
export enum OrganisationErrorCode {
  SquadFull = 'squad_full',
  TribeFull = 'tribe_full',
  TooManySquads = 'too_many_squads',
  FteExceeded = 'fte_exceeded',
  ProductOwnerNotMember = 'product_owner_not_member',
  ProductOwnerMustStay = 'product_owner_must_stay_member',
  MembershipOverlap = 'membership_overlap',
  ChapterOverlap = 'chapter_overlap',
  InvalidPeriod = 'invalid_period',
  MembershipNotCurrent = 'membership_not_current',
  WrongMembershipKind = 'wrong_membership_kind',
  DepartmentCycle = 'department_cycle',
  NameTaken = 'name_taken',
  PersonEmailTaken = 'person_email_taken',
  UserAlreadyLinked = 'user_already_linked',
  UnitInUse = 'unit_in_use',
  CrossOrganisation = 'cross_organisation',
}
