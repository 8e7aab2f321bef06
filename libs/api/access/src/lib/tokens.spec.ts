import { describe, expect, it } from 'vitest';
import { csrfTokenFor, hashToken, newToken, safeEqual } from './tokens';

describe('tokens', () => {
  it('are random, URL-safe and 256 bits long', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('are stored as a SHA-256 that does not reveal them', () => {
    const token = newToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
  });

  it('derive one CSRF token per session', () => {
    const session = newToken();
    expect(csrfTokenFor(session)).toBe(csrfTokenFor(session));
    expect(csrfTokenFor(newToken())).not.toBe(csrfTokenFor(session));
    expect(safeEqual(csrfTokenFor(session), csrfTokenFor(session))).toBe(true);
    expect(safeEqual(csrfTokenFor(session), 'short')).toBe(false);
  });
});
