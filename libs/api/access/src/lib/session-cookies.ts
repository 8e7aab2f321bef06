import { type AppConfig } from '@tribeworks/api-core';
import { CSRF_COOKIE, SESSION_COOKIE } from '@tribeworks/contracts';
import type { CookieOptions, Request, Response } from 'express';
import { csrfTokenFor } from './tokens';

function baseOptions(req: Request, config: AppConfig): CookieOptions {
  const secure = config.COOKIE_SECURE === 'auto' ? req.secure : config.COOKIE_SECURE === 'true';
  return { sameSite: 'lax', secure, path: '/', maxAge: config.SESSION_ABSOLUTE_HOURS * 3600_000 };
}

/**
 * The session token goes in an HTTP-only cookie; its CSRF token in a readable one, which the
 * web app echoes in the x-csrf-token header on writes.
 */
export function setSessionCookies(
  req: Request,
  res: Response,
  config: AppConfig,
  token: string,
): string {
  const options = baseOptions(req, config);
  const csrfToken = csrfTokenFor(token);
  res.cookie(SESSION_COOKIE, token, { ...options, httpOnly: true });
  res.cookie(CSRF_COOKIE, csrfToken, { ...options, httpOnly: false });
  return csrfToken;
}

export function clearSessionCookies(req: Request, res: Response, config: AppConfig): void {
  const { sameSite, secure, path } = baseOptions(req, config);
  res.clearCookie(SESSION_COOKIE, { sameSite, secure, path, httpOnly: true });
  res.clearCookie(CSRF_COOKIE, { sameSite, secure, path });
}
