import { parseDossierBytes } from '@tribeworks/dossier';
import { describe, expect, it } from 'vitest';
import { normaliseCode, resolveCode } from './framework-store';
import { BK_WEB, MBO, fixtureText } from '../../test/fixtures';

const parse = (file: string) => parseDossierBytes(new TextEncoder().encode(fixtureText(file)));

describe('resolveCode', () => {
  it('takes the code a BK dossier states, and accepts the same code given in any case', () => {
    const dossier = parse(BK_WEB);
    expect(resolveCode(dossier, undefined)).toBe('BK-0496-1');
    expect(resolveCode(dossier, ' bk-0496-1 ')).toBe('BK-0496-1');
  });

  it('refuses a given code that contradicts the dossier', () => {
    expect(() => resolveCode(parse(BK_WEB), 'BK-0571-1')).toThrow(
      expect.objectContaining({ code: 'framework_code_mismatch', status: 422 }),
    );
  });

  it('needs a code for an MBO dossier that states none, naming the field', () => {
    const mbo = parse(MBO);
    expect(mbo.code).toBeNull();
    expect(() => resolveCode(mbo, null)).toThrow(
      expect.objectContaining({
        code: 'framework_code_required',
        status: 422,
        details: { fields: [expect.objectContaining({ field: 'code' })] },
      }),
    );
    expect(resolveCode(mbo, '25168')).toBe('25168');
    expect(normaliseCode(' demo-mbo ')).toBe('DEMO-MBO');
  });
});
