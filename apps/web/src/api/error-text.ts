import { ErrorCode } from '@tribeworks/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** A translated sentence for a failed call; switches on the stable code, never on the message. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  switch (error.code) {
    case ErrorCode.QueueUnavailable:
      return t('errors.queueUnavailable');
    case ErrorCode.JobNotFound:
    case ErrorCode.QueueNotFound:
      return t('errors.jobNotFound');
    default:
      return t('errors.generic', { code: error.code });
  }
}

export function errorRequestId(error: unknown): string | undefined {
  return error instanceof ApiError ? error.requestId : undefined;
}
