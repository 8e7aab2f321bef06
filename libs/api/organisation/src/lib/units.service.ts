import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { recordAudit, type RequestAccess } from '@tribeworks/api-core';
import { OrganisationErrorCode } from '@tribeworks/contracts';
import { checkProductOwnerIsMember, type UnitRef, violation } from '@tribeworks/organisation';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Chapter } from './chapter.entity';
import { Department } from './department.entity';
import type {
  CreateChapterDto,
  CreateDepartmentDto,
  CreateGuildDto,
  CreateSquadDto,
  CreateTribeDto,
  DepartmentQueryDto,
  OrganisationUnitQueryDto,
  TribeQueryDto,
  TribeUnitQueryDto,
  UpdateChapterDto,
  UpdateDepartmentDto,
  UpdateGuildDto,
  UpdateSquadDto,
  UpdateTribeDto,
} from './dto/units.dto';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import type { PageQueryDto } from './dto/common.dto';
import { Guild } from './guild.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import {
  crossOrganisation,
  enforce,
  nameTaken,
  notFound,
  RuleViolationError,
  StaleVersionError,
  unitInUse,
} from './organisation.errors';
import { Person } from './person.entity';
import { Squad } from './squad.entity';
import { assertCan, likePattern, mapPgErrors, paging, pick, today } from './support';
import { Tribe } from './tribe.entity';

type Unit = Organisation | Tribe | Squad | Chapter | Guild | Department;
type UnitType = 'Organisation' | 'Tribe' | 'Squad' | 'Chapter' | 'Guild' | 'Department';

const AUDITED: Record<UnitType, string[]> = {
  Organisation: [
    'name',
    'kind',
    'maxSquadMembers',
    'maxTribePeople',
    'maxSquadsPerPerson',
    'maxFtePerPerson',
  ],
  Tribe: ['organisationId', 'name', 'purpose', 'kind', 'leadPersonId'],
  Squad: ['tribeId', 'name', 'mission', 'productOwnerId', 'agileCoachId'],
  Chapter: ['tribeId', 'name', 'specialism', 'leadPersonId'],
  Guild: ['organisationId', 'name', 'topic'],
  Department: ['organisationId', 'parentId', 'name', 'managerPersonId'],
};
const ENTITY: Record<UnitType, EntityTarget<ObjectLiteral>> = {
  Organisation,
  Tribe,
  Squad,
  Chapter,
  Guild,
  Department,
};
const WHAT: Record<UnitType, string> = {
  Organisation: 'organisation',
  Tribe: 'tribe',
  Squad: 'squad',
  Chapter: 'chapter',
  Guild: 'guild',
  Department: 'department',
};
const unitRef = (type: UnitType, unit: { id: string; name: string }): UnitRef => ({
  type: WHAT[type] as UnitRef['type'],
  id: unit.id,
  name: unit.name,
});

/**
 * The units of the organisation: organisations, tribes, squads, chapters, guilds and
 * departments. Every change runs in one transaction with its audit row; updates lock the
 * row and check the version the editor read (optimistic locking towards people, a row lock
 * towards concurrent requests).
 */
@Injectable()
export class UnitsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Reading

  async list<T extends Unit>(
    type: UnitType,
    query: PageQueryDto &
      Partial<TribeQueryDto & TribeUnitQueryDto & DepartmentQueryDto & OrganisationUnitQueryDto>,
  ): Promise<{ items: T[]; total: number; page: number; pageSize: number }> {
    const { page, pageSize, skip } = paging(query);
    const qb = this.dataSource
      .getRepository<T>(ENTITY[type] as EntityTarget<T>)
      .createQueryBuilder('u');
    if (query.q) qb.andWhere(`u.name ILIKE :q`, { q: likePattern(query.q) });
    if (query.organisationId && type !== 'Organisation' && !['Squad', 'Chapter'].includes(type)) {
      qb.andWhere('u.organisationId = :org', { org: query.organisationId });
    }
    if (query.tribeId && ['Squad', 'Chapter'].includes(type))
      qb.andWhere('u.tribeId = :tribe', { tribe: query.tribeId });
    if (query.kind && type === 'Tribe') qb.andWhere('u.kind = :kind', { kind: query.kind });
    if (query.parentId && type === 'Department')
      qb.andWhere('u.parentId = :parent', { parent: query.parentId });
    const [items, total] = await qb
      .orderBy('lower(u.name)')
      .addOrderBy('u.id')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return { items, total, page, pageSize };
  }

  async get<T extends Unit>(
    type: UnitType,
    id: string,
    m: EntityManager = this.dataSource.manager,
  ): Promise<T> {
    const unit = await m.findOneBy(ENTITY[type] as EntityTarget<T>, { id } as never);
    if (!unit) throw notFound(WHAT[type], id);
    return unit as T;
  }

  // Organisations

  createOrganisation(input: CreateOrganisationDto): Promise<Organisation> {
    return this.create('Organisation', async (m) =>
      m.create(Organisation, { ...input, name: input.name.trim() }),
    );
  }

  updateOrganisation(id: string, input: UpdateOrganisationDto): Promise<Organisation> {
    return this.update<Organisation>('Organisation', id, input, async (_m, org) => {
      // Lower limits apply to the next change; existing units over a new limit are shown as such.
      Object.assign(org, strip(input));
      if (input.name !== undefined) org.name = input.name.trim();
    });
  }

  deleteOrganisation(id: string): Promise<void> {
    return this.remove('Organisation', id, () => undefined);
  }

  // Tribes

  createTribe(input: CreateTribeDto, access: RequestAccess): Promise<Tribe> {
    return this.create('Tribe', async (m) => {
      assertCan(access, 'create', 'Tribe', { organisationId: input.organisationId });
      await this.get('Organisation', input.organisationId, m);
      const tribe = m.create(Tribe, {
        ...input,
        name: input.name.trim(),
        purpose: input.purpose ?? '',
        leadPersonId: input.leadPersonId ?? null,
      });
      await this.samePeopleOrganisation(m, input.organisationId, unitRef('Tribe', tribe), [
        tribe.leadPersonId,
      ]);
      return tribe;
    });
  }

  updateTribe(id: string, input: UpdateTribeDto, access: RequestAccess): Promise<Tribe> {
    return this.update<Tribe>('Tribe', id, input, async (m, tribe) => {
      for (const field of changed(input))
        assertCan(access, 'update', 'Tribe', { id, organisationId: tribe.organisationId }, field);
      Object.assign(tribe, strip(input));
      if (input.name !== undefined) tribe.name = input.name.trim();
      await this.samePeopleOrganisation(m, tribe.organisationId, unitRef('Tribe', tribe), [
        input.leadPersonId,
      ]);
    });
  }

  deleteTribe(id: string, access: RequestAccess): Promise<void> {
    return this.remove<Tribe>('Tribe', id, (t) =>
      assertCan(access, 'delete', 'Tribe', { id, organisationId: t.organisationId }),
    );
  }

  // Squads

  createSquad(input: CreateSquadDto, access: RequestAccess): Promise<Squad> {
    return this.create('Squad', async (m) => {
      assertCan(access, 'create', 'Squad', { tribeId: input.tribeId });
      const tribe = await this.get<Tribe>('Tribe', input.tribeId, m);
      const squad = m.create(Squad, {
        ...input,
        name: input.name.trim(),
        mission: input.mission ?? '',
        productOwnerId: input.productOwnerId ?? null,
        agileCoachId: input.agileCoachId ?? null,
      });
      const unit = unitRef('Squad', squad);
      await this.samePeopleOrganisation(m, tribe.organisationId, unit, [
        squad.agileCoachId,
        squad.productOwnerId,
      ]);
      // A new squad has no members yet, so it cannot have a product owner yet.
      if (squad.productOwnerId) {
        const person = await this.get_person(m, squad.productOwnerId);
        enforce(checkProductOwnerIsMember({ squad: unit, person, date: today(), memberships: [] }));
      }
      return squad;
    });
  }

  updateSquad(id: string, input: UpdateSquadDto, access: RequestAccess): Promise<Squad> {
    return this.update<Squad>('Squad', id, input, async (m, squad) => {
      for (const field of changed(input))
        assertCan(access, 'update', 'Squad', { id, tribeId: squad.tribeId }, field);
      Object.assign(squad, strip(input));
      if (input.name !== undefined) squad.name = input.name.trim();
      const tribe = await this.get<Tribe>('Tribe', squad.tribeId, m);
      const unit = unitRef('Squad', squad);
      await this.samePeopleOrganisation(m, tribe.organisationId, unit, [
        input.agileCoachId,
        input.productOwnerId,
      ]);
      if (input.productOwnerId) {
        // The squad row is locked: no membership of this squad can end meanwhile.
        const person = await this.get_person(m, input.productOwnerId);
        const memberships = await m.find(Membership, {
          select: { validFrom: true, validUntil: true },
          where: { squadId: id, personId: input.productOwnerId },
        });
        enforce(
          checkProductOwnerIsMember({
            squad: unit,
            person,
            date: today(),
            memberships: memberships.map((x) => ({ from: x.validFrom, until: x.validUntil })),
          }),
        );
      }
    });
  }

  deleteSquad(id: string, access: RequestAccess): Promise<void> {
    return this.remove<Squad>('Squad', id, (s) =>
      assertCan(access, 'delete', 'Squad', { id, tribeId: s.tribeId }),
    );
  }

  // Chapters

  createChapter(input: CreateChapterDto, access: RequestAccess): Promise<Chapter> {
    return this.create('Chapter', async (m) => {
      assertCan(access, 'create', 'Chapter', { tribeId: input.tribeId });
      const tribe = await this.get<Tribe>('Tribe', input.tribeId, m);
      const chapter = m.create(Chapter, {
        ...input,
        name: input.name.trim(),
        specialism: input.specialism ?? '',
        leadPersonId: input.leadPersonId ?? null,
      });
      await this.samePeopleOrganisation(m, tribe.organisationId, unitRef('Chapter', chapter), [
        chapter.leadPersonId,
      ]);
      return chapter;
    });
  }

  updateChapter(id: string, input: UpdateChapterDto, access: RequestAccess): Promise<Chapter> {
    return this.update<Chapter>('Chapter', id, input, async (m, chapter) => {
      for (const field of changed(input))
        assertCan(access, 'update', 'Chapter', { id, tribeId: chapter.tribeId }, field);
      Object.assign(chapter, strip(input));
      if (input.name !== undefined) chapter.name = input.name.trim();
      const tribe = await this.get<Tribe>('Tribe', chapter.tribeId, m);
      await this.samePeopleOrganisation(m, tribe.organisationId, unitRef('Chapter', chapter), [
        input.leadPersonId,
      ]);
    });
  }

  deleteChapter(id: string, access: RequestAccess): Promise<void> {
    return this.remove<Chapter>('Chapter', id, (c) =>
      assertCan(access, 'delete', 'Chapter', { id, tribeId: c.tribeId }),
    );
  }

  // Guilds

  createGuild(input: CreateGuildDto, access: RequestAccess): Promise<Guild> {
    return this.create('Guild', async (m) => {
      assertCan(access, 'create', 'Guild', { organisationId: input.organisationId });
      await this.get('Organisation', input.organisationId, m);
      return m.create(Guild, { ...input, name: input.name.trim(), topic: input.topic ?? '' });
    });
  }

  updateGuild(id: string, input: UpdateGuildDto, access: RequestAccess): Promise<Guild> {
    return this.update<Guild>('Guild', id, input, async (_m, guild) => {
      assertCan(access, 'update', 'Guild', { id, organisationId: guild.organisationId });
      Object.assign(guild, strip(input));
      if (input.name !== undefined) guild.name = input.name.trim();
    });
  }

  deleteGuild(id: string, access: RequestAccess): Promise<void> {
    return this.remove<Guild>('Guild', id, (g) =>
      assertCan(access, 'delete', 'Guild', { id, organisationId: g.organisationId }),
    );
  }

  // Departments

  createDepartment(input: CreateDepartmentDto, access: RequestAccess): Promise<Department> {
    return this.create('Department', async (m) => {
      assertCan(access, 'create', 'Department', { organisationId: input.organisationId });
      await this.get('Organisation', input.organisationId, m);
      const department = m.create(Department, {
        ...input,
        name: input.name.trim(),
        parentId: input.parentId ?? null,
        managerPersonId: input.managerPersonId ?? null,
      });
      const unit = unitRef('Department', department);
      if (department.parentId) {
        const parent = await this.get<Department>('Department', department.parentId, m);
        if (parent.organisationId !== input.organisationId)
          throw notFound('department', department.parentId);
      }
      await this.samePeopleOrganisation(m, input.organisationId, unit, [
        department.managerPersonId,
      ]);
      return department;
    });
  }

  updateDepartment(
    id: string,
    input: UpdateDepartmentDto,
    access: RequestAccess,
  ): Promise<Department> {
    return this.update<Department>('Department', id, input, async (m, department) => {
      assertCan(access, 'update', 'Department', { id, organisationId: department.organisationId });
      Object.assign(department, strip(input));
      if (input.name !== undefined) department.name = input.name.trim();
      const unit = unitRef('Department', department);
      await this.samePeopleOrganisation(m, department.organisationId, unit, [
        input.managerPersonId,
      ]);
      if (input.parentId) {
        // One tree change per organisation at a time, or two moves could make a cycle together.
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
          `department-tree:${department.organisationId}`,
        ]);
        const parent = await this.get<Department>('Department', input.parentId, m);
        if (parent.organisationId !== department.organisationId)
          throw notFound('department', input.parentId);
        const [{ cycle }] = await m.query<{ cycle: boolean }[]>(
          `WITH RECURSIVE up AS (
             SELECT id, parent_id FROM department WHERE id = $1
             UNION SELECT d.id, d.parent_id FROM department d JOIN up ON d.id = up.parent_id
           ) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2) AS cycle`,
          [input.parentId, id],
        );
        if (cycle) {
          throw new RuleViolationError(
            violation({
              code: OrganisationErrorCode.DepartmentCycle,
              status: 422,
              rule: 'department.tree',
              unit,
            }),
          );
        }
      }
    });
  }

  deleteDepartment(id: string, access: RequestAccess): Promise<void> {
    return this.remove<Department>('Department', id, (d) =>
      assertCan(access, 'delete', 'Department', { id, organisationId: d.organisationId }),
    );
  }

  // The shape every change shares

  private create<T extends Unit>(
    type: UnitType,
    build: (m: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      const unit = await build(m);
      await mapPgErrors(() => m.save(unit), { '23505': () => nameTaken(unitRef(type, unit)) });
      await recordAudit(m, {
        action: 'create',
        entityType: type,
        entityId: unit.id,
        after: pick(unit as never, AUDITED[type] as never[]),
      });
      return unit;
    });
  }

  private update<T extends Unit>(
    type: UnitType,
    id: string,
    input: { version: number },
    apply: (m: EntityManager, unit: T) => Promise<void>,
  ): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      const unit = (await m.findOne(ENTITY[type], {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      })) as T | null;
      if (!unit) throw notFound(WHAT[type], id);
      if (unit.version !== input.version) throw new StaleVersionError(`This ${WHAT[type]}`);
      const before = pick(unit as never, AUDITED[type] as never[]);
      await apply(m, unit);
      const after = pick(unit as never, AUDITED[type] as never[]);
      // Nothing changed: nothing to save, nothing to audit.
      if (JSON.stringify(before) === JSON.stringify(after)) return unit;
      await mapPgErrors(() => m.save(unit), { '23505': () => nameTaken(unitRef(type, unit)) });
      await recordAudit(m, { action: 'update', entityType: type, entityId: id, before, after });
      return unit;
    });
  }

  private remove<T extends Unit>(
    type: UnitType,
    id: string,
    check: (unit: T) => void,
  ): Promise<void> {
    return this.dataSource.transaction(async (m) => {
      const unit = (await m.findOne(ENTITY[type], {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      })) as T | null;
      if (!unit) throw notFound(WHAT[type], id);
      check(unit);
      const before = pick(unit as never, AUDITED[type] as never[]);
      // Units with members, parts or history stay: the foreign keys refuse, we say why.
      await mapPgErrors(() => m.delete(ENTITY[type], { id }), {
        '23503': () => unitInUse(unitRef(type, unit)),
      });
      await recordAudit(m, { action: 'delete', entityType: type, entityId: id, before });
    });
  }

  private async get_person(m: EntityManager, id: string): Promise<UnitRef> {
    const person = await m.findOneBy(Person, { id });
    if (!person) throw notFound('person', id);
    return { type: 'person', id, name: person.name };
  }

  /** The people a unit names (lead, product owner, coach, manager) belong to its organisation. */
  private async samePeopleOrganisation(
    m: EntityManager,
    organisationId: string,
    unit: UnitRef,
    ids: (string | null | undefined)[],
  ): Promise<void> {
    for (const id of ids) {
      if (!id) continue;
      const person = await m.findOneBy(Person, { id });
      if (!person) throw notFound('person', id);
      if (person.organisationId !== organisationId) {
        throw crossOrganisation(unit, { type: 'person', id, name: person.name });
      }
    }
  }
}

/** The fields an update names (not the version). */
function changed(input: object): string[] {
  return Object.entries(input)
    .filter(([key, value]) => key !== 'version' && value !== undefined)
    .map(([key]) => key);
}

/** The update without its version and without fields left out. */
function strip<T extends { version: number }>(input: T): Partial<Omit<T, 'version'>> {
  return Object.fromEntries(
    Object.entries(input).filter(([key, value]) => key !== 'version' && value !== undefined),
  ) as Partial<Omit<T, 'version'>>;
}
