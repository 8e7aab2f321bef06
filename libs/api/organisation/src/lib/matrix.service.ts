import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MatrixCellDto, MatrixPersonDto, TribeMatrixDto } from './dto/matrix.dto';
import { notFound } from './organisation.errors';
import { today } from './support';

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
    const units = await this.dataSource.query<UnitRow[]>(
      `SELECT 'tribe' AS type, t.id, t.name, t.purpose AS text, t.kind, t.lead_person_id AS "leadId", l.name AS "leadName",
              NULL::uuid AS "coachId", NULL AS "coachName", o.max_squad_members AS "squadLimit", o.max_tribe_people AS "tribeLimit"
         FROM tribe t JOIN organisation o ON o.id = t.organisation_id LEFT JOIN person l ON l.id = t.lead_person_id
        WHERE t.id = $1
       UNION ALL
       SELECT 'squad', s.id, s.name, s.mission, NULL, s.product_owner_id, po.name, s.agile_coach_id, ac.name, 0, 0
         FROM squad s LEFT JOIN person po ON po.id = s.product_owner_id LEFT JOIN person ac ON ac.id = s.agile_coach_id
        WHERE s.tribe_id = $1
       UNION ALL
       SELECT 'chapter', c.id, c.name, c.specialism, NULL, c.lead_person_id, cl.name, NULL, NULL, 0, 0
         FROM chapter c LEFT JOIN person cl ON cl.id = c.lead_person_id
        WHERE c.tribe_id = $1`,
      [tribeId],
    );
    const tribe = units.find((u) => u.type === 'tribe');
    if (!tribe) throw notFound('tribe', tribeId);
    const members = await this.dataSource.query<MemberRow[]>(
      `SELECT m.person_id AS "personId", p.name, p.job_title AS "jobTitle", m.kind, m.squad_id AS "squadId",
              m.chapter_id AS "chapterId", m.fte::float8 AS fte
         FROM membership m JOIN person p ON p.id = m.person_id
        WHERE m.tribe_id = $1 AND m.valid_from <= $2::date AND (m.valid_until IS NULL OR m.valid_until > $2::date)`,
      [tribeId, date],
    );

    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');
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
    const order = (id: string | null, list: UnitRow[]) =>
      id === null ? list.length : list.findIndex((u) => u.id === id);

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
