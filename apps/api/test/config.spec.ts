import { resolve } from 'node:path';
import { API_DIST, startNode } from '@tribeworks/api-testing';
import { describe, expect, inject, it } from 'vitest';

describe('configuration at start-up', () => {
  it.each([
    ['PORT', 'abc', 'PORT must be a port number from 1 to 65535 (got "abc")'],
    ['REDIS_URL', 'localhost:6379', 'REDIS_URL must be a URL starting with redis:// or rediss://'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of'],
  ])('stops the API with one clear line when %s=%s', async (key, value, expected) => {
    const proc = startNode(resolve(API_DIST, 'main.js'), [], {
      DATABASE_URL: inject('databaseUrl'),
      [key]: value,
    });
    expect(await proc.exited).toBe(1);
    const lines = proc.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Configuration error: ${expected}`);
  });

  it('stops the worker the same way', async () => {
    const proc = startNode(resolve(API_DIST, 'worker.js'), [], {
      DATABASE_URL: 'mysql://nope',
    });
    expect(await proc.exited).toBe(1);
    expect(proc.output().trim()).toBe(
      'Configuration error: DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://nope")',
    );
  });
});
