import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_KEYS, loadConfig } from '@tribeworks/api-core';
import { REPO_ROOT } from '@tribeworks/api-testing';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const read = (path: string) => readFileSync(resolve(REPO_ROOT, path), 'utf8');
const compose = parse(read('docker/compose.yml'), { merge: true }) as {
  services: Record<string, Service>;
};
const envExample = read('.env.example');
const exampleKeys = envExample
  .split('\n')
  .filter((line) => /^[A-Z_]+=/.test(line))
  .map((line) => line.split('=')[0]);

describe('.env.example', () => {
  it('documents every setting, and only real ones', () => {
    expect([...exampleKeys].sort()).toEqual([...CONFIG_KEYS].sort());
  });

  it('holds values the configuration accepts', () => {
    const values = Object.fromEntries(
      envExample
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]),
    );
    expect(() => loadConfig(values)).not.toThrow();
  });
});

describe('docker/compose.yml', () => {
  const { services } = compose;

  it('has postgres 16, redis 7, api and worker, each with a healthcheck', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'postgres', 'redis', 'worker']);
    expect(services.postgres?.image).toBe('postgres:16');
    expect(services.redis?.image).toBe('redis:7');
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.test, `${name} healthcheck`).toBeDefined();
    }
  });

  it('runs Redis with noeviction and append-only persistence', () => {
    const command = services.redis?.command?.join(' ') ?? '';
    expect(command).toContain('--maxmemory-policy noeviction');
    expect(command).toContain('--appendonly yes');
  });

  it('lets the API migrate and the worker never migrate', () => {
    expect(services.api?.environment?.MIGRATE_ON_START).toBe('true');
    expect(services.api?.command?.join(' ')).toContain('main.js');
    expect(services.worker?.command?.join(' ')).toContain('worker.js');
    expect(services.worker?.environment).not.toHaveProperty('MIGRATE_ON_START');
    expect(services.api?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(services.api?.depends_on?.redis?.condition).toBe('service_healthy');
  });

  it('sets only settings that .env.example documents', () => {
    for (const name of ['api', 'worker']) {
      const keys = Object.keys(services[name]?.environment ?? {});
      expect(keys.length).toBeGreaterThan(3);
      for (const key of keys) expect(exampleKeys, `${name}: ${key}`).toContain(key);
    }
  });
});
