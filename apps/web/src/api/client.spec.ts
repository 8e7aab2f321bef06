import { afterEach, describe, expect, it } from 'vitest';
import { FakeApi, json } from '../test/fake-api';
import { api, readCookie } from './client';
import { onUnauthenticated } from './session-events';

describe('the API client', () => {
  afterEach(() => {
    document.cookie = 'tw_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('sends the CSRF token from the tw_csrf cookie on writes, not on reads', async () => {
    document.cookie = 'tw_csrf=token%2Bvalue; path=/';
    const fake = new FakeApi()
      .on('GET', '/api/auth/me', () => json({ code: 'unauthenticated', message: 'no' }, 401))
      .on('POST', '/api/auth/logout', () => new Response(null, { status: 204 }))
      .install();

    await api.GET('/api/auth/me');
    await api.POST('/api/auth/logout');

    expect(fake.requests[0]?.headers.get('x-csrf-token')).toBeNull();
    expect(fake.requests[1]?.headers.get('x-csrf-token')).toBe('token+value');
  });

  it('reports `401 unauthenticated`, but not a wrong password', async () => {
    new FakeApi()
      .on('GET', '/api/users', () => json({ code: 'unauthenticated', message: 'no' }, 401))
      .on('POST', '/api/auth/login', () =>
        json({ code: 'invalid_credentials', message: 'no' }, 401),
      )
      .install();
    let reports = 0;
    const stop = onUnauthenticated(() => (reports += 1));

    await api.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'x' } });
    expect(reports).toBe(0);
    await api.GET('/api/users');
    expect(reports).toBe(1);
    stop();
  });

  it('reads one cookie among several', () => {
    expect(readCookie('b', 'a=1; b=two%20words; c=3')).toBe('two words');
    expect(readCookie('d', 'a=1')).toBeUndefined();
  });
});
