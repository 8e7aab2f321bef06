import { createDatabase, dropDatabase, query, runCli } from '@tribeworks/api-testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

async function snapshot(url: string): Promise<string> {
  const tables = await query<{ tablename: string }>(
    url,
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const rows = await query(url, `SELECT * FROM "${tablename}" ORDER BY 1`);
    parts.push(`${tablename}: ${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}

describe('demo seed', () => {
  let db: { name: string; url: string };
  beforeAll(async () => {
    db = await createDatabase('tribeworks_test_seed');
    expect((await runCli(['migrate'], { DATABASE_URL: db.url })).code).toBe(0);
  });
  afterAll(() => dropDatabase(db.name));

  it('is idempotent: running it twice changes nothing', async () => {
    const first = await runCli(['seed'], { DATABASE_URL: db.url });
    expect(first.code, first.output).toBe(0);
    const afterFirst = await snapshot(db.url);
    expect(afterFirst).toContain('instance.name');

    const second = await runCli(['seed'], { DATABASE_URL: db.url });
    expect(second.code, second.output).toBe(0);
    expect(await snapshot(db.url)).toBe(afterFirst);
  });

  it('never overwrites a setting an admin changed', async () => {
    await query(
      db.url,
      `UPDATE app_setting SET value = '"Bank Tribes"' WHERE key = 'instance.name'`,
    );
    expect((await runCli(['seed'], { DATABASE_URL: db.url })).code).toBe(0);
    const rows = await query<{ value: string }>(
      db.url,
      `SELECT value FROM app_setting WHERE key = 'instance.name'`,
    );
    expect(rows[0]?.value).toBe('Bank Tribes');
  });
});
