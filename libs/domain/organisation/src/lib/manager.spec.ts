import { describe, expect, it } from 'vitest';
import { deriveManager } from './manager';

const tribe = { id: 't1', name: 'Hypotheek', leadId: 'tribe-lead' };
const producten = { id: 'c1', name: 'Producten', leadId: 'chapter-lead', tribe };

describe('the manager of a person', () => {
  it('is the lead of their current chapter', () => {
    expect(
      deriveManager({ personId: 'p1', chapter: producten, ledChapters: [], departments: [] }),
    ).toEqual({
      managerId: 'chapter-lead',
      via: 'chapter',
      unit: { id: 'c1', name: 'Producten' },
    });
  });

  it('is the tribe lead for a chapter lead', () => {
    expect(
      deriveManager({
        personId: 'chapter-lead',
        chapter: null,
        ledChapters: [producten],
        departments: [],
      }),
    ).toMatchObject({
      managerId: 'tribe-lead',
      via: 'tribe',
    });
    expect(
      deriveManager({
        personId: 'chapter-lead',
        chapter: producten,
        ledChapters: [producten],
        departments: [],
      })?.managerId,
    ).toBe('tribe-lead');
  });

  it('is the department manager in a traditional department, or the one above for its own manager', () => {
    const top = { id: 'd0', name: 'Directie', leadId: 'director' };
    const pm = { id: 'd1', name: 'Productmanagement', leadId: 'manager-pm', ancestors: [top] };
    expect(
      deriveManager({ personId: 'p1', chapter: null, ledChapters: [], departments: [pm] }),
    ).toMatchObject({ managerId: 'manager-pm', via: 'department' });
    expect(
      deriveManager({ personId: 'manager-pm', chapter: null, ledChapters: [], departments: [pm] }),
    ).toMatchObject({ managerId: 'director', unit: { id: 'd0' } });
  });

  it('prefers the chapter over a department, and is unknown without either', () => {
    const dep = { id: 'd1', name: 'Productmanagement', leadId: 'manager-pm', ancestors: [] };
    expect(
      deriveManager({ personId: 'p1', chapter: producten, ledChapters: [], departments: [dep] })
        ?.via,
    ).toBe('chapter');
    expect(
      deriveManager({ personId: 'p1', chapter: null, ledChapters: [], departments: [] }),
    ).toBeNull();
  });
});
