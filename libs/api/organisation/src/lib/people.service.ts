import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PreparedReads, recordAudit, type RequestAccess } from '@tribeworks/api-core';
import { OrganisationErrorCode } from '@tribeworks/contracts';
import { deriveManager, type UnitLead, violation } from '@tribeworks/organisation';
import { DataSource, type EntityManager } from 'typeorm';
import type { MembershipDto } from './dto/membership.dto';
import type {
  CreatePersonDto,
  PersonDetailDto,
  PersonDto,
  PersonPageDto,
  PersonQueryDto,
  PersonRoleDto,
  UpdatePersonDto,
} from './dto/person.dto';
import { MANAGER_CHAPTERS, PERSON, PERSON_HISTORY, PERSON_ROLES } from './organisation.queries';
import { Organisation } from './organisation.entity';
import { notFound, RuleViolationError, StaleVersionError, unitInUse } from './organisation.errors';
import { Person } from './person.entity';
import { assertCan, likePattern, mapPgErrors, paging, personNames, pick, today } from './support';

const AUDITED = ['organisationId', 'name', 'email', 'jobTitle', 'userId'] as const;

const emailTaken = (email: string) =>
  new RuleViolationError(
    violation({
      code: OrganisationErrorCode.PersonEmailTaken,
      status: 409,
      rule: 'organisation.same',
      unit: { type: 'person', id: '', name: email },
    }),
  );
const userLinked = (name: string) =>
  new RuleViolationError(
    violation({
      code: OrganisationErrorCode.UserAlreadyLinked,
      status: 409,
      rule: 'organisation.same',
      unit: { type: 'person', id: '', name },
    }),
  );

export function toPersonDto(p: Person): PersonDto {
  return {
    id: p.id,
    organisationId: p.organisationId,
    name: p.name,
    jobTitle: p.jobTitle,
    email: p.email,
    userId: p.userId,
    version: p.version,
  };
}

/** The permission record of a person: who they are and where they are a member today. */
interface PersonRecord extends Record<string, unknown> {
  id: string;
  tribeIds: string[];
  squadIds: string[];
  chapterIds: string[];
  departmentIds: string[];
}

/** People: the directory, their details (manager, roles, history) and their administration. */
@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: PreparedReads,
  ) {}

  /** The directory: names and job titles, for everyone signed in. */
  async list(query: PersonQueryDto): Promise<PersonPageDto> {
    const { page, pageSize, skip } = paging(query);
    const qb = this.dataSource.getRepository(Person).createQueryBuilder('p');
    if (query.q)
      qb.andWhere('(p.name ILIKE :q OR p.jobTitle ILIKE :q)', { q: likePattern(query.q) });
    if (query.organisationId) qb.andWhere('p.organisationId = :org', { org: query.organisationId });
    const current = (column: string, param: string) =>
      `EXISTS (SELECT 1 FROM membership m WHERE m.person_id = p.id AND m.${column} = :${param}
         AND m.valid_from <= CAST(:today AS date) AND (m.valid_until IS NULL OR m.valid_until > CAST(:today AS date)))`;
    const day = { today: today() };
    if (query.tribeId) qb.andWhere(current('tribe_id', 'tribe'), { tribe: query.tribeId, ...day });
    if (query.squadId) qb.andWhere(current('squad_id', 'squad'), { squad: query.squadId, ...day });
    if (query.chapterId)
      qb.andWhere(current('chapter_id', 'chapter'), { chapter: query.chapterId, ...day });
    const [rows, total] = await qb
      .orderBy('lower(p.name)')
      .addOrderBy('p.id')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return {
      items: rows.map((p) => ({
        id: p.id,
        organisationId: p.organisationId,
        name: p.name,
        jobTitle: p.jobTitle,
      })),
      total,
      page,
      pageSize,
    };
  }

  /** A person's page: details, current memberships, roles, manager and history. */
  async detail(id: string, access: RequestAccess, date = today()): Promise<PersonDetailDto> {
    const [person] = await this.reads.query<PersonDto>(PERSON, [id]);
    if (!person) throw notFound('person', id);
    const history = await this.reads.query<MembershipDto>(PERSON_HISTORY, [id]);
    const current = history.filter((h) => h.from <= date && (h.until === null || date < h.until));
    assertCan(access, 'read', 'Person', this.record(id, current));

    const roles = await this.reads.query<PersonRoleDto>(PERSON_ROLES, [id]);
    const manager = await this.managerOf(this.dataSource.manager, id, current, roles);
    return { ...person, date, current, roles, manager, history };
  }

  create(input: CreatePersonDto): Promise<PersonDto> {
    return this.dataSource.transaction(async (m) => {
      if (!(await m.existsBy(Organisation, { id: input.organisationId }))) {
        throw notFound('organisation', input.organisationId);
      }
      const person = m.create(Person, {
        organisationId: input.organisationId,
        name: input.name.trim(),
        email: input.email.trim().toLowerCase(),
        jobTitle: input.jobTitle?.trim() || null,
        userId: input.userId ?? null,
      });
      await this.save(m, person);
      await recordAudit(m, {
        action: 'create',
        entityType: 'Person',
        entityId: person.id,
        after: pick(person, AUDITED),
      });
      return toPersonDto(person);
    });
  }

  update(id: string, input: UpdatePersonDto): Promise<PersonDto> {
    return this.dataSource.transaction(async (m) => {
      const person = await m.findOne(Person, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw notFound('person', id);
      if (person.version !== input.version) throw new StaleVersionError('This person');
      const before = pick(person, AUDITED);
      if (input.name !== undefined) person.name = input.name.trim();
      if (input.email !== undefined) person.email = input.email.trim().toLowerCase();
      if (input.jobTitle !== undefined) person.jobTitle = input.jobTitle?.trim() || null;
      if (input.userId !== undefined) person.userId = input.userId;
      await this.save(m, person);
      await recordAudit(m, {
        action: 'update',
        entityType: 'Person',
        entityId: id,
        before,
        after: pick(person, AUDITED),
      });
      return toPersonDto(person);
    });
  }

  remove(id: string): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const person = await m.findOne(Person, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!person) throw notFound('person', id);
      const before = pick(person, AUDITED);
      // Someone with memberships or a role keeps their history: the foreign keys refuse.
      await mapPgErrors(() => m.delete(Person, { id }), {
        '23503': () => unitInUse({ type: 'person', id, name: person.name }),
      });
      await recordAudit(m, { action: 'delete', entityType: 'Person', entityId: id, before });
    });
  }

  private async save(m: EntityManager, person: Person): Promise<void> {
    try {
      await m.save(person);
    } catch (error) {
      const driver = (error as { driverError?: { code?: string; constraint?: string } })
        .driverError;
      if (driver?.code === '23505' && driver.constraint === 'UQ_person_user') {
        const other = await this.dataSource.manager.findOneBy(Person, { userId: person.userId! });
        throw userLinked(other?.name ?? '');
      }
      if (driver?.code === '23505') throw emailTaken(person.email);
      if (driver?.code === '23503') throw notFound('user', person.userId ?? '');
      throw error;
    }
  }

  private record(id: string, current: MembershipDto[]): PersonRecord {
    const of = (kind: string) => current.filter((c) => c.kind === kind).map((c) => c.unitId);
    return {
      id,
      tribeIds: [...new Set(current.map((c) => c.tribeId).filter((t): t is string => !!t))],
      squadIds: of('squad'),
      chapterIds: of('chapter'),
      departmentIds: of('department'),
    };
  }

  private async managerOf(
    m: EntityManager,
    personId: string,
    current: MembershipDto[],
    roles: PersonRoleDto[],
  ): Promise<PersonDetailDto['manager']> {
    const chapterIds = [
      ...current.filter((c) => c.kind === 'chapter').map((c) => c.unitId),
      ...roles.filter((r) => r.role === 'chapter_lead').map((r) => r.unitId),
    ];
    const chapters = chapterIds.length
      ? await this.reads.query<{
          id: string;
          name: string;
          leadId: string | null;
          tribeId: string;
          tribeName: string;
          tribeLeadId: string | null;
        }>(MANAGER_CHAPTERS, [chapterIds])
      : [];
    const withTribe = (c: (typeof chapters)[number]) => ({
      id: c.id,
      name: c.name,
      leadId: c.leadId,
      tribe: { id: c.tribeId, name: c.tribeName, leadId: c.tribeLeadId },
    });
    const currentChapter = chapters.find((c) =>
      current.some((x) => x.kind === 'chapter' && x.unitId === c.id),
    );
    const departmentIds = current.filter((c) => c.kind === 'department').map((c) => c.unitId);
    const departments: (UnitLead & { ancestors: UnitLead[] })[] = [];
    if (departmentIds.length) {
      const rows = await m.query<
        { start: string; id: string; name: string; leadId: string | null; depth: number }[]
      >(
        `WITH RECURSIVE up AS (
           SELECT d.id AS start, d.id, d.name, d.manager_person_id, d.parent_id, 0 AS depth
             FROM department d WHERE d.id = ANY($1::uuid[])
           UNION ALL
           SELECT up.start, p.id, p.name, p.manager_person_id, p.parent_id, up.depth + 1
             FROM department p JOIN up ON p.id = up.parent_id WHERE up.depth < 50
         ) SELECT start, id, name, manager_person_id AS "leadId", depth FROM up ORDER BY start, depth`,
        [departmentIds],
      );
      for (const startId of departmentIds) {
        const chain: UnitLead[] = rows
          .filter((r) => r.start === startId)
          .map((r) => ({ id: r.id, name: r.name, leadId: r.leadId }));
        if (chain[0]) departments.push({ ...chain[0], ancestors: chain.slice(1) });
      }
    }
    const derived = deriveManager({
      personId,
      chapter: currentChapter ? withTribe(currentChapter) : null,
      ledChapters: chapters
        .filter((c) => roles.some((r) => r.role === 'chapter_lead' && r.unitId === c.id))
        .map(withTribe),
      departments,
    });
    if (!derived) return null;
    const names = await personNames(m, [derived.managerId]);
    return {
      id: derived.managerId,
      name: names.get(derived.managerId) ?? '',
      via: derived.via,
      unitId: derived.unit.id,
      unitName: derived.unit.name,
    };
  }
}
