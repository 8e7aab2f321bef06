import { type ParsedMboDossier, parseDossierBytes } from '@tribeworks/dossier';
import { describe, expect, it } from 'vitest';
import { dossierToRows } from './dossier-rows';
import { BK_PDF, BK_WEB, MBO, fixtureText } from '../../test/fixtures';

const parse = (file: string) => parseDossierBytes(new TextEncoder().encode(fixtureText(file)));
const counter = () => {
  let n = 0;
  return () => `id-${(n += 1)}`;
};

describe('dossierToRows', () => {
  it('maps the BK PDF dossier: competencies, activities, one catalogue entry per knowledge text', () => {
    const rows = dossierToRows(parse(BK_PDF), 'v1', counter());
    expect(rows.family).toBe('bk');
    expect(rows.layout).toBe('pdf');
    expect(rows.title).toBe('Productmanager');
    expect(rows.levelVks).toBeNull();
    expect(rows.competencies).toHaveLength(10);
    expect(rows.competencies[0]).toMatchObject({
      number: 1,
      title: 'Onderzoekt een product, dienst of merk',
      position: 1,
      frameworkVersionId: 'v1',
    });
    expect(rows.activities).toHaveLength(73);
    expect(rows.competencyKnowledge).toHaveLength(174);
    expect(rows.knowledge).toHaveLength(46);
    expect(new Set(rows.knowledge.map((k) => k.text)).size).toBe(46);
    expect(
      rows.knowledge.every((k) => ['basic', 'normal', 'thorough'].includes(k.depth ?? '')),
    ).toBe(true);
    // Every link points at a catalogue entry; positions restart per competency.
    const ids = new Set(rows.knowledge.map((k) => k.id));
    expect(rows.competencyKnowledge.every((l) => ids.has(l.knowledgeElementId))).toBe(true);
    const first = rows.competencyKnowledge.filter(
      (l) => l.competencyId === rows.competencies[0].id,
    );
    expect(first.map((l) => l.position)).toEqual(first.map((_, i) => i + 1));
    expect(rows.details).toHaveProperty('descriptors');
    expect(rows.coreTasks).toHaveLength(0);
  });

  it('maps the BK web dossier with its level', () => {
    const rows = dossierToRows(parse(BK_WEB), 'v1', counter());
    expect(rows).toMatchObject({ layout: 'web', levelVks: 6, levelEqf: 6 });
    expect(rows.competencies).toHaveLength(16);
    expect(rows.activities).toHaveLength(90);
    expect(rows.competencyKnowledge).toHaveLength(159);
    expect(rows.knowledge).toHaveLength(39);
  });

  it('maps the MBO dossier: profiles, core tasks, work processes, behaviours, knowledge links', () => {
    const rows = dossierToRows(parse(MBO), 'v1', counter());
    expect(rows.family).toBe('mbo');
    expect(rows.profiles.map((p) => p.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(rows.coreTasks).toHaveLength(15);
    expect(rows.coreTasks.filter((k) => k.profileCode === null).map((k) => k.code)).toEqual([
      'B1-K1',
      'B1-K2',
    ]);
    expect(rows.workProcesses).toHaveLength(77);
    expect(rows.behaviours).toHaveLength(507);
    expect(rows.behaviours[0].code).toBe('B1-K1-W1-G01');
    expect(rows.coreTaskKnowledge).toHaveLength(867);
    expect(rows.knowledge.length).toBeLessThan(867);
    expect(new Set(rows.knowledge.map((k) => k.text)).size).toBe(rows.knowledge.length);
    expect(rows.knowledge.every((k) => k.depth === null)).toBe(true);
  });

  it('adds a profile row for a core task whose profile the table does not name', () => {
    const dossier = parse(MBO) as ParsedMboDossier;
    const trimmed: ParsedMboDossier = {
      ...dossier,
      profiles: dossier.profiles.filter((p) => p.code !== 'P6'),
    };
    const rows = dossierToRows(trimmed, 'v1', counter());
    expect(rows.profiles.find((p) => p.code === 'P6')).toMatchObject({
      name: 'P6',
      mboLevel: null,
    });
  });
});
