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

/** The largest CSV file the people import takes. */
export const ORGANISATION_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The most data rows one CSV file may hold. */
export const ORGANISATION_IMPORT_MAX_ROWS = 20_000;
/** Files with more data rows than this are committed by a job (202), smaller ones at once. */
export const ORGANISATION_IMPORT_SYNC_ROWS = 500;

export const ORGANISATION_IMPORT_MODES = ['dry-run', 'commit'] as const;
export type OrganisationImportMode = (typeof ORGANISATION_IMPORT_MODES)[number];

export const ORGANISATION_IMPORT_STATES = ['queued', 'running', 'completed', 'failed'] as const;
export type OrganisationImportState = (typeof ORGANISATION_IMPORT_STATES)[number];

/**
 * Problems the people import reports per line (besides the rule codes of
 * OrganisationErrorCode: squad_full, tribe_full, too_many_squads, fte_exceeded).
 * Never rename a value.
 */
export enum ImportProblemCode {
  HeaderInvalid = 'header_invalid',
  NoRows = 'no_rows',
  TooManyRows = 'too_many_rows',
  UnterminatedQuote = 'unterminated_quote',
  TooManyFields = 'too_many_fields',
  NameMissing = 'name_missing',
  ValueTooLong = 'value_too_long',
  EmailInvalid = 'email_invalid',
  EmailDuplicate = 'email_duplicate',
  EmailTaken = 'email_taken',
  TribeUnknown = 'tribe_unknown',
  ChapterUnknown = 'chapter_unknown',
  ChapterAmbiguous = 'chapter_ambiguous',
  SquadUnknown = 'squad_unknown',
  SquadAmbiguous = 'squad_ambiguous',
  SquadRepeated = 'squad_repeated',
  FteInvalid = 'fte_invalid',
  FteCountMismatch = 'fte_count_mismatch',
  DateInvalid = 'date_invalid',
}

/** Errors of the people import as a whole (the problems of its rows are ImportProblemCode). */
export enum OrganisationImportErrorCode {
  /** 422: the file has problems; `details` is the report with every problem and its line. */
  ImportRejected = 'import_rejected',
  ImportNotFound = 'import_not_found',
  FileMissing = 'import_file_missing',
  FileEmpty = 'import_file_empty',
  OrganisationNotFound = 'import_organisation_not_found',
  ImportFailed = 'import_failed',
}
