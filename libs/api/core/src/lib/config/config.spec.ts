import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs on defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      REDIS_URL: 'redis://127.0.0.1:6379',
      DATA_DIR: '.data',
      MIGRATE_ON_START: true,
      SEED_DEMO_DATA: false,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('converts types and treats empty values as not set', () => {
    const config = loadConfig({
      PORT: '8080',
      SEED_DEMO_DATA: 'yes',
      DATABASE_URL: '',
      LOG_PRETTY: 'FALSE',
    });
    expect(config.PORT).toBe(8080);
    expect(config.SEED_DEMO_DATA).toBe(true);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.LOG_PRETTY).toBe(false);
  });

  it('reports every bad value on its own line, naming the setting and the value', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: '70000',
        DATABASE_URL: 'mysql://x',
        WORKER_CONCURRENCY: 'many',
        MIGRATE_ON_START: 'perhaps',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as ConfigError).message.split('\n');
    expect(lines).toEqual([
      'Configuration error: PORT must be a port number from 1 to 65535 (got "70000")',
      'Configuration error: DATABASE_URL must be a URL starting with postgres:// or postgresql:// (got "mysql://x")',
      'Configuration error: MIGRATE_ON_START must be true or false (got "perhaps")',
      'Configuration error: WORKER_CONCURRENCY must be a whole number from 1 to 64 (got "many")',
    ]);
  });

  it('ignores variables that are not settings', () => {
    expect(() => loadConfig({ HOME: '/root', PATH: '/bin' })).not.toThrow();
    expect(CONFIG_KEYS).not.toContain('HOME');
  });
});
