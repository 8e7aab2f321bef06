/**
 * Who is the manager of a person. In the agile parts the chapter lead is the line manager of
 * the chapter's members (domain.md §1); a chapter lead's own manager is the tribe lead (who
 * directs the chapter leads). In the traditional parts it is the manager of the person's
 * department, or of the nearest department above it when the person manages their own.
 */
export interface UnitLead {
  id: string;
  name: string;
  leadId: string | null;
}

export interface ManagerFacts {
  personId: string;
  /** The chapter the person is a member of today, with its tribe. */
  chapter: (UnitLead & { tribe: UnitLead }) | null;
  /** Chapters the person leads, with their tribes. */
  ledChapters: readonly (UnitLead & { tribe: UnitLead })[];
  /** Departments the person is a member of today, each with its ancestors (nearest first). */
  departments: readonly (UnitLead & { ancestors: readonly UnitLead[] })[];
}

export type ManagerSource = 'chapter' | 'tribe' | 'department';

export interface DerivedManager {
  managerId: string;
  via: ManagerSource;
  unit: { id: string; name: string };
}

export function deriveManager(facts: ManagerFacts): DerivedManager | null {
  const self = facts.personId;
  const chapter = facts.chapter;
  if (chapter?.leadId && chapter.leadId !== self) {
    return {
      managerId: chapter.leadId,
      via: 'chapter',
      unit: { id: chapter.id, name: chapter.name },
    };
  }
  const led = chapter?.leadId === self ? [chapter, ...facts.ledChapters] : facts.ledChapters;
  for (const c of led) {
    if (c.tribe.leadId && c.tribe.leadId !== self) {
      return {
        managerId: c.tribe.leadId,
        via: 'tribe',
        unit: { id: c.tribe.id, name: c.tribe.name },
      };
    }
  }
  for (const department of facts.departments) {
    for (const unit of [department, ...department.ancestors]) {
      if (unit.leadId && unit.leadId !== self) {
        return {
          managerId: unit.leadId,
          via: 'department',
          unit: { id: unit.id, name: unit.name },
        };
      }
    }
  }
  return null;
}
