import { describe, expect, it } from 'vitest';
import { diffFields, REDACTED } from './audit';

describe('diffFields', () => {
  it('lists only the fields that changed, with both values', () => {
    expect(
      diffFields(
        { name: 'Squad A', roles: ['member'], active: true },
        { name: 'Squad B', roles: ['member'], active: true },
      ),
    ).toEqual({ name: { before: 'Squad A', after: 'Squad B' } });
  });

  it('treats a create as null → value and a delete as value → null', () => {
    expect(diffFields(undefined, { email: 'a@example.org' })).toEqual({
      email: { before: null, after: 'a@example.org' },
    });
    expect(diffFields({ email: 'a@example.org' }, undefined)).toEqual({
      email: { before: 'a@example.org', after: null },
    });
  });

  it('compares dates and arrays by value', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(diffFields({ at, tags: ['x'] }, { at: new Date(at), tags: ['x'] })).toEqual({});
    expect(diffFields({ tags: ['x'] }, { tags: ['x', 'y'] })).toEqual({
      tags: { before: ['x'], after: ['x', 'y'] },
    });
  });

  it('never writes redacted values', () => {
    expect(diffFields({ password: 'old' }, { password: 'new' }, ['password'])).toEqual({
      password: { before: REDACTED, after: REDACTED },
    });
  });
});
