import { describe, expect, it } from 'vitest';
import { BK_PDF, BK_WEB, fixture, MBO } from '../../test/variants';
import { parseDossier } from './parse';
import { summarizeDossier } from './summary';

describe('summarizeDossier', () => {
  it('summarises a BK dossier', () => {
    const summary = summarizeDossier(parseDossier(fixture(BK_WEB)));
    expect(summary).toMatchObject({
      family: 'bk',
      layout: 'web',
      code: 'BK-0496-1',
      title: 'Externe sales',
      level: 'VKS 6 / EQF 6',
      counts: {
        competencies: 16,
        activities: 90,
        distinctActivities: 90,
        knowledge: 159,
        distinctKnowledge: 39,
      },
      warnings: 0,
    });
    expect(summary.lines[0]).toBe('family:  BK (Flemish beroepskwalificatiedossier), web layout');
    expect(summary.lines).toContain('level:   VKS 6 / EQF 6');
    expect(summary.lines).toContain('  1. Werkt oplossingsgericht [4 activities, 8 knowledge]');
    expect(summary.lines[summary.lines.length - 1]).toBe('warnings: 0');
  });

  it('says when a BK level is absent', () => {
    const summary = summarizeDossier(parseDossier(fixture(BK_PDF)));
    expect(summary.level).toBeNull();
    expect(summary.lines).toContain('level:   (not given)');
    expect(summary.counts.distinctKnowledge).toBe(46);
  });

  it('summarises an MBO dossier with its warnings', () => {
    const summary = summarizeDossier(parseDossier(fixture(MBO)));
    expect(summary).toMatchObject({
      family: 'mbo',
      layout: null,
      level: 'mbo 3/4',
      counts: {
        profiles: 6,
        coreTasks: 15,
        workProcesses: 77,
        behaviours: 507,
        knowledgeAndSkills: 867,
      },
      warnings: 5,
    });
    expect(summary.lines).toContain('  P1 Commercieel medewerker (mbo 3)');
    expect(summary.lines).toContain('warnings: 5');
    expect(summary.lines.filter((l) => /^ {2}line \d+: /.test(l))).toHaveLength(5);
  });
});
