import { ErrorCode, FrameworkErrorCode } from '@tribeworks/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../api/error-text';

const IMPORT_ERROR_KEYS = {
  [FrameworkErrorCode.FileMissing]: 'frameworks.importErrors.fileMissing',
  [FrameworkErrorCode.FileEmpty]: 'frameworks.importErrors.fileEmpty',
  [FrameworkErrorCode.DossierEmpty]: 'frameworks.importErrors.fileEmpty',
  [FrameworkErrorCode.DossierBinary]: 'frameworks.importErrors.binary',
  [FrameworkErrorCode.DossierNotADossier]: 'frameworks.importErrors.notADossier',
  [FrameworkErrorCode.DossierTruncated]: 'frameworks.importErrors.truncated',
  [FrameworkErrorCode.CodeRequired]: 'frameworks.importErrors.codeRequired',
  [FrameworkErrorCode.CodeMismatch]: 'frameworks.importErrors.codeMismatch',
  [FrameworkErrorCode.FamilyMismatch]: 'frameworks.importErrors.familyMismatch',
  [FrameworkErrorCode.FrameworkNotFound]: 'frameworks.importErrors.frameworkNotFound',
  [FrameworkErrorCode.VersionNotFound]: 'frameworks.importErrors.versionNotFound',
  [ErrorCode.PayloadTooLarge]: 'frameworks.importErrors.tooLarge',
} as const;

function keyOf(code: string) {
  return (
    IMPORT_ERROR_KEYS as Record<string, (typeof IMPORT_ERROR_KEYS)[keyof typeof IMPORT_ERROR_KEYS]>
  )[code];
}

/** A refused upload or a failed import, in the user's language; the API's message otherwise. */
export function importErrorText(t: TFunction, error: { code: string; message: string }): string {
  const key = keyOf(error.code);
  return key ? t(key) : error.message;
}

/** For a refused request (an ApiError), with the line the parser stopped at, when known. */
export function frameworkErrorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError) || !keyOf(error.code)) return errorText(t, error);
  const text = importErrorText(t, error);
  const line = error.details?.line;
  return typeof line === 'number'
    ? `${text} ${t('frameworks.importErrors.atLine', { line })}`
    : text;
}

/** The form field a refusal is about (`details.fields[0].field`), e.g. `code`. */
export function refusedField(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const fields = error.details?.fields;
  if (!Array.isArray(fields)) return undefined;
  const first: unknown = fields[0];
  return typeof first === 'object' &&
    first !== null &&
    'field' in first &&
    typeof first.field === 'string'
    ? first.field
    : undefined;
}
