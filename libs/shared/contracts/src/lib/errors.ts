/**
 * Stable error codes carried in every error body (`{ code, message, details? }`).
 * Clients switch on the code, never on the message.
 */
export enum ErrorCode {
  ValidationFailed = 'validation_failed',
  NotFound = 'not_found',
  QueueNotFound = 'queue_not_found',
  JobNotFound = 'job_not_found',
  QueueUnavailable = 'queue_unavailable',
  PayloadTooLarge = 'payload_too_large',
  InternalError = 'internal_error',
  HttpError = 'http_error',
  Unauthenticated = 'unauthenticated',
  Forbidden = 'forbidden',
  CsrfFailed = 'csrf_failed',
  InvalidCredentials = 'invalid_credentials',
  TooManyAttempts = 'too_many_attempts',
  WeakPassword = 'weak_password',
  TokenInvalid = 'token_invalid',
  EmailTaken = 'email_taken',
  StaleVersion = 'stale_version',
}
