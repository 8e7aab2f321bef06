import { describe, expect, it } from 'vitest';
import { localeOf } from './locale';

describe('the language of a request', () => {
  it('is Dutch by default', () => {
    expect(localeOf(undefined)).toBe('nl');
    expect(localeOf('')).toBe('nl');
    expect(localeOf('fr-FR, de;q=0.8')).toBe('nl');
  });

  it('is the first supported language by preference', () => {
    expect(localeOf('en-GB,en;q=0.9')).toBe('en');
    expect(localeOf('fr;q=1, nl;q=0.5, en;q=0.8')).toBe('en');
    expect(localeOf('nl-BE')).toBe('nl');
    expect(localeOf('en;q=0, nl')).toBe('nl');
  });
});
