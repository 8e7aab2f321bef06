/** Largest dossier file the import accepts (bytes). */
export const FRAMEWORK_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const FRAMEWORK_FAMILIES = ['bk', 'mbo'] as const;
export type FrameworkFamily = (typeof FRAMEWORK_FAMILIES)[number];

export const FRAMEWORK_IMPORT_STATES = ['queued', 'running', 'completed', 'failed'] as const;
export type FrameworkImportState = (typeof FRAMEWORK_IMPORT_STATES)[number];

/**
 * Stable error codes of the frameworks area (in error bodies and on failed imports). The
 * parser's own codes (`empty`, `binary`, `not_a_dossier`, `truncated`) are reported as
 * `dossier_<code>`.
 */
export enum FrameworkErrorCode {
  FileMissing = 'file_missing',
  FileEmpty = 'file_empty',
  DossierEmpty = 'dossier_empty',
  DossierBinary = 'dossier_binary',
  DossierNotADossier = 'dossier_not_a_dossier',
  DossierTruncated = 'dossier_truncated',
  CodeRequired = 'framework_code_required',
  CodeMismatch = 'framework_code_mismatch',
  FamilyMismatch = 'framework_family_mismatch',
  FrameworkNotFound = 'framework_not_found',
  VersionNotFound = 'framework_version_not_found',
  ImportNotFound = 'framework_import_not_found',
  ImportFailed = 'framework_import_failed',
}
