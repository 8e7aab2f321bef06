import { ErrorCode } from '@tribeworks/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import { errorText } from '../../../api/error-text';

/**
 * A refusal by one of the organisation's rules carries `details.rule` and a message in the
 * language the request asked for (Accept-Language): that message says it best ("Squad
 * 'hypotheek-app' heeft al 9 leden (limiet 9)"), so it is shown as is. Everything else gets
 * the app's own text for its stable code.
 */
export function isRuleViolation(error: unknown): error is ApiError {
  return error instanceof ApiError && typeof error.details?.rule === 'string';
}

export function orgErrorText(t: TFunction, error: unknown): string {
  if (isRuleViolation(error)) return error.message;
  if (error instanceof ApiError) {
    if (error.code === ErrorCode.Forbidden) return t('organisation.errors.forbidden');
    if (error.code === ErrorCode.StaleVersion) return t('organisation.errors.stale');
    if (error.status === 404) return t('organisation.errors.notFound');
  }
  return errorText(t, error);
}
