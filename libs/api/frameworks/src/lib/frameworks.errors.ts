import { DomainError, NotFoundError } from '@tribeworks/api-core';
import { ErrorCode, FRAMEWORK_IMPORT_MAX_BYTES, FrameworkErrorCode } from '@tribeworks/contracts';
import type { DossierParseError } from '@tribeworks/dossier';

/** A request the import refuses before anything is queued (400, 413 or 422). */
export class FrameworkImportRefusedError extends DomainError {}

/** A problem with the dossier itself: retrying the same bytes cannot help. */
export class DossierRejectedError extends DomainError {
  constructor(code: string, message: string, details?: unknown) {
    super(code, message, 422, details);
  }
}

export const dossierErrorCode = (error: DossierParseError): string => `dossier_${error.code}`;

export function dossierRejected(error: DossierParseError): DossierRejectedError {
  return new DossierRejectedError(dossierErrorCode(error), error.message, { line: error.line });
}

export const fileMissing = () =>
  new FrameworkImportRefusedError(
    FrameworkErrorCode.FileMissing,
    'No file: send the dossier as the multipart field "file"',
    400,
    { fields: [{ field: 'file', problems: ['file is required'] }] },
  );

export const fileEmpty = () =>
  new FrameworkImportRefusedError(
    FrameworkErrorCode.FileEmpty,
    'The file is empty (0 bytes)',
    400,
    {
      fields: [{ field: 'file', problems: ['file is empty'] }],
    },
  );

export const fileTooLarge = () =>
  new FrameworkImportRefusedError(
    ErrorCode.PayloadTooLarge,
    `The file is larger than ${FRAMEWORK_IMPORT_MAX_BYTES / 1024 / 1024} MB`,
    413,
  );

export const codeRequired = () =>
  new DossierRejectedError(
    FrameworkErrorCode.CodeRequired,
    'This MBO dossier does not state its code: give it in the form field "code" (e.g. the crebo or dossier code)',
    {
      fields: [
        {
          field: 'code',
          problems: ['code is required for a dossier that does not state its code'],
        },
      ],
    },
  );

export const codeMismatch = (stated: string, given: string) =>
  new DossierRejectedError(
    FrameworkErrorCode.CodeMismatch,
    `The dossier states code ${stated}, but the form field "code" says ${given}`,
    { fields: [{ field: 'code', problems: [`code must be ${stated} or left out`] }] },
  );

export const familyMismatch = (code: string, existing: string, uploaded: string) =>
  new DossierRejectedError(
    FrameworkErrorCode.FamilyMismatch,
    `Framework ${code} is a ${existing.toUpperCase()} framework; this file is a ${uploaded.toUpperCase()} dossier`,
  );

export const frameworkNotFound = (code: string) =>
  new NotFoundError(FrameworkErrorCode.FrameworkNotFound, `No framework with code ${code}`);

export const versionNotFound = (code: string, version: number) =>
  new NotFoundError(
    FrameworkErrorCode.VersionNotFound,
    `Framework ${code} has no version ${version}`,
  );

export const importNotFound = (id: string) =>
  new NotFoundError(FrameworkErrorCode.ImportNotFound, `No framework import ${id}`);
