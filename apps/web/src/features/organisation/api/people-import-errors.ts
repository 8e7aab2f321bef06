import {
  ErrorCode,
  ORGANISATION_IMPORT_MAX_BYTES,
  OrganisationImportErrorCode,
} from '@tribeworks/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import { orgErrorText } from './org-errors';

export const IMPORT_MAX_MB = ORGANISATION_IMPORT_MAX_BYTES / 1024 / 1024;

/**
 * A refused upload in the user's language, by its stable code: the import's own refusals
 * (no file, empty, too large, Redis down for a large file, not allowed) get a sentence that
 * says what to do; anything else gets the organisation's or the app's general text.
 */
export function peopleImportErrorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case OrganisationImportErrorCode.FileMissing:
        return t('organisation.import.errors.fileMissing');
      case OrganisationImportErrorCode.FileEmpty:
        return t('organisation.import.errors.fileEmpty');
      case OrganisationImportErrorCode.OrganisationNotFound:
        return t('organisation.import.errors.organisationNotFound');
      case OrganisationImportErrorCode.ImportNotFound:
        return t('organisation.import.errors.importNotFound');
      case ErrorCode.PayloadTooLarge:
        return t('organisation.import.errors.tooLarge', { max: IMPORT_MAX_MB });
      case ErrorCode.QueueUnavailable:
        return t('organisation.import.errors.queueUnavailable');
      case ErrorCode.Forbidden:
        return t('organisation.import.errors.forbidden');
    }
    // A 413 from a proxy in front of the API has no body of ours.
    if (error.status === 413)
      return t('organisation.import.errors.tooLarge', { max: IMPORT_MAX_MB });
  }
  return orgErrorText(t, error);
}
