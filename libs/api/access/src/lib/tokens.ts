import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random token for a cookie or a link (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database stores of a token: its SHA-256, hex (one-shot: every request hashes one). */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/**
 * The CSRF token of a session: derived from the session token, so it needs no storage and
 * cannot be guessed without the (HTTP-only) session cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('tribeworks-csrf').digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
