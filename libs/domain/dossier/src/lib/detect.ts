import type { DossierFamily } from './dossier.types';
import { headingKey, type SourceLine } from './text';

export interface FamilyDetection {
  family: DossierFamily | null;
  bkScore: number;
  mboScore: number;
}

const MBO_CODE = /\b(?:B\d+|P\d+)-K\d+(?:-W\d+)?\b/g;
const MBO_LABELS = new Set([
  'omschrijving',
  'resultaat',
  'gedrag',
  'complexiteit',
  'vakkennis en vaardigheden',
  'verantwoordelijkheid en zelfstandigheid',
]);
const BK_HEADINGS = new Set([
  'opsomming competenties',
  'beschrijving competenties adhv de descriptorelementen',
  'cognitieve vaardigheden',
  'probleemoplossende vaardigheden',
  'omgevingscontext',
  'handelingscontext',
  'is zelfstandig in',
  'doet beroep op',
]);

/** Scores the text for each family; a family needs at least 4 points and more than the other. */
export function detectFamily(lines: readonly SourceLine[]): FamilyDetection {
  let bk = 0;
  let mbo = 0;
  let mboCodes = 0;
  const seenBk = new Set<string>();
  const seenMbo = new Set<string>();
  for (const line of lines) {
    const text = line.text;
    if (text === '') continue;
    if (/beroepskwalificatiedossier/i.test(text)) bk += 2;
    if (/^BK-\d{3,4}-\d+$/.test(text)) bk += 3;
    if (/^•?\s*Competentie \d+\s*:/i.test(text)) bk += 1;
    if (/met inbegrip van kennis/i.test(text)) bk += 1;
    if (/kwalificatiedossier/i.test(text) && !/beroepskwalificatiedossier/i.test(text)) mbo += 1;
    if (/^De onderliggende competenties zijn/i.test(text)) mbo += 2;
    const codes = text.match(MBO_CODE);
    if (codes) mboCodes += codes.length;
    if (text.length <= 60) {
      const key = headingKey(text);
      if (BK_HEADINGS.has(key) && !seenBk.has(key)) {
        seenBk.add(key);
        bk += 2;
      }
      if (MBO_LABELS.has(key) && !seenMbo.has(key)) {
        seenMbo.add(key);
        mbo += 1;
      }
    }
  }
  if (mboCodes >= 3) mbo += 3;
  bk = Math.min(bk, 1000);
  mbo = Math.min(mbo, 1000);
  let family: DossierFamily | null = null;
  if (bk >= 4 && bk > mbo) family = 'bk';
  else if (mbo >= 4 && mbo > bk) family = 'mbo';
  return { family, bkScore: bk, mboScore: mbo };
}
