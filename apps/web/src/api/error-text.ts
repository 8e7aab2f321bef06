import { ErrorCode, PASSWORD_MIN_LENGTH } from '@tribeworks/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from './client';

function retryAfterMinutes(error: ApiError): number | undefined {
  const minutes = error.details?.retryAfterMinutes;
  return typeof minutes === 'number' && Number.isFinite(minutes)
    ? Math.max(1, Math.ceil(minutes))
    : undefined;
}

/** A translated sentence for a failed call; switches on the stable code, never on the message. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.network');
  switch (error.code) {
    case ErrorCode.QueueUnavailable:
      return t('errors.queueUnavailable');
    case ErrorCode.JobNotFound:
    case ErrorCode.QueueNotFound:
      return t('errors.jobNotFound');
    case ErrorCode.InvalidCredentials:
      return t('errors.invalidCredentials');
    case ErrorCode.TooManyAttempts: {
      const minutes = retryAfterMinutes(error);
      return minutes === undefined
        ? t('errors.tooManyAttemptsLater')
        : t('errors.tooManyAttempts', { count: minutes });
    }
    case ErrorCode.WeakPassword:
      return t('errors.weakPassword', { min: PASSWORD_MIN_LENGTH });
    case ErrorCode.TokenInvalid:
      return t('errors.tokenInvalid');
    case ErrorCode.EmailTaken:
      return t('errors.emailTaken');
    case ErrorCode.StaleVersion:
      return t('errors.staleVersion');
    case ErrorCode.Forbidden:
      return t('errors.forbidden');
    case ErrorCode.Unauthenticated:
      return t('errors.unauthenticated');
    case ErrorCode.CsrfFailed:
      return t('errors.csrfFailed');
    case ErrorCode.ValidationFailed:
      return t('errors.validationFailed');
    default:
      return t('errors.generic', { code: error.code });
  }
}

export function errorRequestId(error: unknown): string | undefined {
  return error instanceof ApiError ? error.requestId : undefined;
}
