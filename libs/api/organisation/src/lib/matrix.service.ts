import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { ChangeFeed, PreparedReads, ReadCache } from '@tribeworks/api-core';
import type { MatrixCellDto, MatrixPersonDto, TribeMatrixDto } from './dto/matrix.dto';
import { notFound } from './organisation.errors';
import { MATRIX_MEMBERS, MATRIX_UNITS } from './organisation.queries';
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

const gzip = promisify(gzipCallback);

/**
 * A matrix as it goes over the wire: its JSON, the same gzipped (a sixth of the size) when
 * it is cached, and an entity tag for conditional requests.
 */
export interface MatrixBody {
  json: Buffer;
  gzipped?: Buffer;
  etag: string;
}

/**
 * The tribe as the whitepaper draws it: squads × chapters with the people in each cell.
 * Two prepared queries whatever the tribe's size: its units with their leads, and its
 * memberships on the day (served by IDX_membership_tribe_period).
 *
 * The matrix is the same for everyone who may see it, and it changes far less often than
 * it is read: it is kept per tribe and day, serialised, until the organisation changes
 * (ReadCache), so a request that finds it costs no query and no JSON.stringify of ~300
 * people.
 */
@Injectable()
export class MatrixService {
  private readonly cache: ReadCache<MatrixBody>;

  constructor(
    private readonly reads: PreparedReads,
    private readonly feed: ChangeFeed,
  ) {
    this.cache = new ReadCache(feed, {
      tables: ['organisation', 'tribe', 'squad', 'chapter', 'person', 'membership'],
      max: 500,
      ttlMs: 10 * 60_000,
      // A change to a tribe's squads, chapters or memberships names the tribe.
      scopeOf: (key) => key.slice(0, key.indexOf('|')),
    });
  }

  /** The matrix serialised, from the cache when it has it. */
  matrixBody(tribeId: string, date = today()): Promise<MatrixBody> {
    return this.cache.get(`${tribeId}|${date}`, async () => {
      const json = Buffer.from(JSON.stringify(await this.matrix(tribeId, date)));
      const etag = createHash('sha1').update(json).digest('base64url');
      // Compressed once for every later request; not for a body that will not be kept.
      return { json, gzipped: this.feed.live ? await gzip(json) : undefined, etag };
    });
  }

  async matrix(tribeId: string, date = today()): Promise<TribeMatrixDto> {
    const units = await this.reads.query<UnitRow>(MATRIX_UNITS, [tribeId]);
    const tribe = units.find((u) => u.type === 'tribe');
    if (!tribe) throw notFound('tribe', tribeId);
    const members = await this.reads.query<MemberRow>(MATRIX_MEMBERS, [tribeId, date]);

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
