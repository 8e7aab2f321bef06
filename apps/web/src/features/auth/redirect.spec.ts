import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './redirect';

describe('safeNext', () => {
  it.each([
    ['/system', '/system'],
    ['/admin/audit?page=2#top', '/admin/audit?page=2#top'],
  ])('keeps the same-site path %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it.each([
    null,
    '',
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'system',
    '/login',
    '/login?next=/system',
  ])('sends %s home', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});

describe('loginPath', () => {
  it('carries where the user was going', () => {
    expect(loginPath('/admin/users?x=1')).toBe('/login?next=%2Fadmin%2Fusers%3Fx%3D1');
    expect(loginPath('/')).toBe('/login');
  });
});
