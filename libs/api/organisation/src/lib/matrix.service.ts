import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatrixCellDto, MatrixPersonDto, TribeMatrixDto } from './dto/matrix.dto';
import { notFound } from './organisation.errors';
import { MATRIX_MEMBERS_SQL, MATRIX_UNITS_SQL } from './organisation.queries';
import { today } from './support';

/**
 * One collator for every sort: `localeCompare(b, 'nl')` builds a new one per comparison, which
 * made sorting a tribe's ~280 memberships the most expensive step of the matrix.
 */
const COLLATOR = new Intl.Collator('nl');

interface UnitRow {
  type: 'tribe' | 'squad' | 'chapter';
  id: string;
  name: string;
  text: string;
  kind: string | null;
  leadId: string | null;
  leadName: string | null;
  coachId: string | null;
  coachName: string | null;
  squadLimit: number;
  tribeLimit: number;
}

interface MemberRow {
  personId: string;
  name: string;
  jobTitle: string | null;
  kind: 'squad' | 'chapter';
  squadId: string | null;
  chapterId: string | null;
  fte: number | null;
}

/**
 * The tribe as the whitepaper draws it: squads × chapters with the people in each cell.
 * Two queries whatever the tribe's size: its units with their leads, and its memberships on
 * the day (served by IDX_membership_tribe_period).
 */
@Injectable()
export class MatrixService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async matrix(tribeId: string, date = today()): Promise<TribeMatrixDto> {
    const units = await this.dataSource.query<UnitRow[]>(MATRIX_UNITS_SQL, [tribeId]);
    const tribe = units.find((u) => u.type === 'tribe');
    if (!tribe) throw notFound('tribe', tribeId);
    const members = await this.dataSource.query<MemberRow[]>(MATRIX_MEMBERS_SQL, [tribeId, date]);

    const byName = (a: { name: string }, b: { name: string }) => COLLATOR.compare(a.name, b.name);
    const squads = units.filter((u) => u.type === 'squad').sort(byName);
    const chapters = units.filter((u) => u.type === 'chapter').sort(byName);
    const productOwners = new Map(squads.map((s) => [s.id, s.leadId]));
    const chapterOf = new Map<string, string>();
    for (const row of members)
      if (row.kind === 'chapter') chapterOf.set(row.personId, row.chapterId!);
    const inSquad = new Set<string>();
    const cells = new Map<string, MatrixCellDto>();
    const put = (squadId: string | null, chapterId: string | null, person: MatrixPersonDto) => {
      const key = `${squadId}|${chapterId}`;
      const cell = cells.get(key) ?? { squadId, chapterId, people: [] };
      cell.people.push(person);
      cells.set(key, cell);
    };
    const squadCount = new Map<string, number>();
    const chapterCount = new Map<string, number>();
    for (const row of members) {
      const person = { id: row.personId, name: row.name, jobTitle: row.jobTitle };
      if (row.kind === 'squad') {
        inSquad.add(row.personId);
        squadCount.set(row.squadId!, (squadCount.get(row.squadId!) ?? 0) + 1);
        put(row.squadId, chapterOf.get(row.personId) ?? null, {
          ...person,
          fte: row.fte,
          isProductOwner: productOwners.get(row.squadId!) === row.personId,
        });
      } else {
        chapterCount.set(row.chapterId!, (chapterCount.get(row.chapterId!) ?? 0) + 1);
      }
    }
    for (const row of members) {
      if (row.kind === 'chapter' && !inSquad.has(row.personId)) {
        put(null, row.chapterId, {
          id: row.personId,
          name: row.name,
          jobTitle: row.jobTitle,
          fte: null,
          isProductOwner: false,
        });
      }
    }
    for (const cell of cells.values()) cell.people.sort(byName);
    const position = new Map<string, number>([
      ...squads.map((u, i) => [u.id, i] as const),
      ...chapters.map((u, i) => [u.id, i] as const),
    ]);
    const order = (id: string | null, list: UnitRow[]) =>
      id === null ? list.length : (position.get(id) ?? list.length);

    const ref = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
    return {
      tribeId,
      name: tribe.name,
      purpose: tribe.text,
      kind: tribe.kind as TribeMatrixDto['kind'],
      tribeLead: ref(tribe.leadId, tribe.leadName),
      date,
      peopleCount: new Set(members.map((m) => m.personId)).size,
      peopleLimit: tribe.tribeLimit,
      squads: squads.map((s) => {
        const memberCount = squadCount.get(s.id) ?? 0;
        return {
          id: s.id,
          name: s.name,
          mission: s.text,
          productOwner: ref(s.leadId, s.leadName),
          agileCoach: ref(s.coachId, s.coachName),
          memberCount,
          limit: tribe.squadLimit,
          overLimit: memberCount > tribe.squadLimit,
          full: memberCount >= tribe.squadLimit,
        };
      }),
      chapters: chapters.map((c) => ({
        id: c.id,
        name: c.name,
        specialism: c.text,
        lead: ref(c.leadId, c.leadName),
        memberCount: chapterCount.get(c.id) ?? 0,
      })),
      cells: [...cells.values()].sort(
        (a, b) =>
          order(a.squadId, squads) - order(b.squadId, squads) ||
          order(a.chapterId, chapters) - order(b.chapterId, chapters),
      ),
    };
  }
}
