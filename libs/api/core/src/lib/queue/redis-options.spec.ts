import { describe, expect, it } from 'vitest';
import { redisOptionsFromUrl } from './redis-options';

describe('redisOptionsFromUrl', () => {
  it('reads host, port, credentials and database', () => {
    expect(redisOptionsFromUrl('redis://user:p%40ss@cache.internal:6380/2')).toEqual({
      host: 'cache.internal',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: undefined,
    });
  });

  it('defaults the port and turns on TLS for rediss://', () => {
    expect(redisOptionsFromUrl('rediss://secure.example')).toMatchObject({
      host: 'secure.example',
      port: 6379,
      tls: {},
    });
  });
});
