import { describe, expect, it } from 'vitest';
import {
  assertPasswordAcceptable,
  hashPassword,
  verifyPassword,
  WeakPasswordError,
} from './passwords';

describe('password rules', () => {
  it.each([
    ['too short', 'kort123', 'at least 12 characters'],
    ['common', 'Wachtwoord123', 'too common'],
    ['one repeated character', 'aaaaaaaaaaaaaaaa', 'too common'],
    ['the e-mail address', 'jan.devries@example.org', 'e-mail address'],
    ['the local part of the e-mail address', 'jan.devries', 'at least 12'],
  ])('refuses a password that is %s', (_, password, reason) => {
    expect(() => assertPasswordAcceptable(password, 'jan.devries@example.org')).toThrow(
      WeakPasswordError,
    );
    expect(() => assertPasswordAcceptable(password, 'jan.devries@example.org')).toThrow(reason);
  });

  it('accepts a long passphrase and counts characters, not bytes', () => {
    expect(() => assertPasswordAcceptable('correct horse battery staple')).not.toThrow();
    expect(() => assertPasswordAcceptable('ééééé-ààààà-ü')).not.toThrow();
    expect(() => assertPasswordAcceptable('ééééé')).toThrow('at least 12');
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });
});
