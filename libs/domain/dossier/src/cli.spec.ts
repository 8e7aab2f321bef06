import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = resolve(__dirname, 'cli.ts');
const FIXTURES = resolve(__dirname, '../test/fixtures');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dossier CLI', () => {
  it('prints the normalized framework as JSON with --json', () => {
    const result = run('parse', join(FIXTURES, 'bk-0571-1-productmanager.txt'), '--json');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'family',
        'layout',
        'code',
        'version',
        'title',
        'level',
        'competencies',
        'warnings',
      ]),
    );
    expect(json.family).toBe('bk');
    const competencies = json.competencies as Array<Record<string, unknown>>;
    expect(Object.keys(competencies[0])).toEqual(['number', 'title', 'activities', 'knowledge']);
    expect(Object.keys((competencies[0].activities as object[])[0])).toEqual(['text', 'skillType']);
    expect(Object.keys((competencies[0].knowledge as object[])[0])).toEqual(['text', 'depth']);
  });

  it('prints a readable summary without --json', () => {
    const result = run('parse', join(FIXTURES, 'mbo-kwalificatiedossier-commercie.txt'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('family:  MBO');
    expect(result.stdout).toContain('77 work processes');
  });

  it('exits 1 with a message on stderr for a file that is not a dossier', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'Dit is een boodschappenlijst.\nMelk\nBrood\n');
    const result = run('parse', file, '--json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/not_a_dossier/);
  });

  it('exits 2 with usage for bad arguments', () => {
    const result = run('frobnicate');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });
});
