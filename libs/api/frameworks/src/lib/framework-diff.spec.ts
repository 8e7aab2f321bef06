import { parseDossierBytes } from '@tribeworks/dossier';
import { describe, expect, it } from 'vitest';
import {
  type FrameworkSnapshot,
  diffFrameworks,
  similarity,
  snapshotOfDossier,
} from './framework-diff';
import { BK_PDF, MBO, fixtureText } from '../../test/fixtures';

const snapshot = (text: string) =>
  snapshotOfDossier(parseDossierBytes(new TextEncoder().encode(text)));

function bk(competencies: FrameworkSnapshot['competencies']): FrameworkSnapshot {
  return { competencies, coreTasks: [] };
}

const base = bk([
  {
    number: 1,
    title: 'Onderzoekt een product',
    activities: ['Verzamelt gegevens over de markt', 'Analyseert de concurrentie'],
    knowledge: [
      { text: 'Kennis van marktonderzoek', depth: 'normal' },
      { text: 'Basiskennis van statistiek', depth: 'basic' },
    ],
  },
  { number: 2, title: 'Bewaakt de kwaliteit', activities: ['Meet de tevredenheid'], knowledge: [] },
]);

describe('diffFrameworks', () => {
  it('finds nothing between a dossier and itself', () => {
    expect(diffFrameworks(base, base)).toEqual([]);
    const mbo = snapshot(fixtureText(MBO));
    expect(diffFrameworks(mbo, mbo)).toEqual([]);
  });

  it('reports a changed title, an edited, an added and a removed activity, and knowledge', () => {
    const next = bk([
      {
        number: 1,
        title: 'Onderzoekt een product of dienst',
        activities: [
          'Verzamelt gegevens over de markt en de klanten',
          'Schrijft een rapport voor de directie',
        ],
        knowledge: [
          { text: 'Kennis van marktonderzoek', depth: 'normal' },
          { text: 'Grondige kennis van prijszetting', depth: 'thorough' },
        ],
      },
      {
        number: 2,
        title: 'Bewaakt de kwaliteit',
        activities: ['Meet de tevredenheid'],
        knowledge: [],
      },
    ]);
    const changes = diffFrameworks(base, next);
    expect(changes).toEqual([
      {
        entity: 'competency',
        change: 'changed',
        path: '1',
        key: '1',
        field: 'title',
        before: 'Onderzoekt een product',
        after: 'Onderzoekt een product of dienst',
      },
      {
        entity: 'activity',
        change: 'changed',
        path: '1',
        key: null,
        field: 'text',
        before: 'Verzamelt gegevens over de markt',
        after: 'Verzamelt gegevens over de markt en de klanten',
      },
      expect.objectContaining({
        entity: 'activity',
        change: 'removed',
        before: 'Analyseert de concurrentie',
      }),
      expect.objectContaining({
        entity: 'activity',
        change: 'added',
        after: 'Schrijft een rapport voor de directie',
      }),
      expect.objectContaining({
        entity: 'knowledge',
        change: 'removed',
        before: 'Basiskennis van statistiek',
      }),
      expect.objectContaining({
        entity: 'knowledge',
        change: 'added',
        after: 'Grondige kennis van prijszetting',
      }),
    ]);
  });

  it('reports a whole competency once when it is added or removed', () => {
    const next = bk([
      base.competencies[0],
      { number: 3, title: 'Nieuw', activities: ['a'], knowledge: [] },
    ]);
    expect(diffFrameworks(base, next)).toEqual([
      expect.objectContaining({
        entity: 'competency',
        change: 'removed',
        key: '2',
        before: 'Bewaakt de kwaliteit',
      }),
      expect.objectContaining({ entity: 'competency', change: 'added', key: '3', after: 'Nieuw' }),
    ]);
  });

  it('matches MBO work processes and behaviours by code and compares their texts', () => {
    const text = fixtureText(MBO);
    const before = snapshot(text);
    const after = structuredClone(before);
    const k = after.coreTasks.find((t) => t.code === 'B1-K1');
    if (!k) throw new Error('B1-K1 missing');
    k.workProcesses[0].result = 'Een nieuw resultaat.';
    k.workProcesses[0].behaviours.push({ code: 'B1-K1-W1-G99', text: 'werkt nauwkeurig;' });
    k.workProcesses[1].behaviours[0].text = 'iets anders;';
    k.knowledge[0].category = 'Andere categorie';
    k.workProcesses.pop();
    const changes = diffFrameworks(before, after);
    expect(changes.map((c) => [c.entity, c.change, c.path, c.key, c.field])).toEqual([
      ['knowledge', 'changed', 'B1-K1', null, 'category'],
      ['workProcess', 'changed', 'B1-K1-W1', 'B1-K1-W1', 'result'],
      ['behaviour', 'added', 'B1-K1-W1', 'B1-K1-W1-G99', null],
      ['behaviour', 'changed', 'B1-K1-W2', 'B1-K1-W2-G01', 'text'],
      ['workProcess', 'removed', 'B1-K1', 'B1-K1-W5', null],
    ]);
  });

  it('sees an edited line of the BK PDF seed as one changed activity', () => {
    const text = fixtureText(BK_PDF);
    const before = snapshot(text);
    const activity = before.competencies[0].activities[0];
    const after = structuredClone(before);
    after.competencies[0].activities[0] = `${activity} (herzien)`;
    expect(diffFrameworks(before, after)).toEqual([
      expect.objectContaining({
        entity: 'activity',
        change: 'changed',
        path: '1',
        before: activity,
      }),
    ]);
  });

  it('measures similarity by shared words', () => {
    expect(similarity('a b c d', 'a b c d')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
  });
});
