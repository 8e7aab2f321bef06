import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { recordAudit, type RequestAccess, ValidationFailedError } from '@tribeworks/api-core';
import { type MembershipKind, OrganisationErrorCode } from '@tribeworks/contracts';
import {
  checkNoOverlap,
  checkPeriod,
  checkPersonSquads,
  checkProductOwnerStays,
  checkSquadCapacity,
  checkTribeCapacity,
  findResumable,
  type Period,
  planChapterTransfer,
  planLeave,
  type UnitRef,
  violation,
} from '@tribeworks/organisation';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Chapter } from './chapter.entity';
import { Department } from './department.entity';
import type {
  CreateMembershipDto,
  EndMembershipDto,
  MembershipDto,
  MembershipPageDto,
  MembershipQueryDto,
  MoveMembershipDto,
  MoveResultDto,
  SquadMembersDto,
} from './dto/membership.dto';
import { Guild } from './guild.entity';
import { Membership } from './membership.entity';
import { Organisation } from './organisation.entity';
import { MEMBERSHIP_SELECT } from './organisation.queries';
import {
  crossOrganisation,
  enforce,
  notFound,
  RuleViolationError,
  StaleVersionError,
} from './organisation.errors';
import { Person } from './person.entity';
import { Squad } from './squad.entity';
import { assertCan, lockRows, type LockTable, paging, pick, today } from './support';
import { Tribe } from './tribe.entity';

const AUDITED = [
  'personId',
  'kind',
  'tribeId',
  'squadId',
  'chapterId',
  'guildId',
  'departmentId',
  'validFrom',
  'validUntil',
  'fte',
] as const;
const UNIT_COLUMN = {
  squad: 'squadId',
  chapter: 'chapterId',
  guild: 'guildId',
  department: 'departmentId',
} as const;

/** A squad, chapter, guild or department, with what the rules need of it. */
interface ResolvedUnit {
  kind: MembershipKind;
  id: string;
  name: string;
  tribeId: string | null;
  organisationId: string;
  productOwnerId: string | null;
}

const periodOf = (m: Membership): Period => ({ from: m.validFrom, until: m.validUntil });

/** The permission record of a membership: who and where. */
export function membershipRecord(
  m: Pick<
    Membership,
    'kind' | 'personId' | 'tribeId' | 'squadId' | 'chapterId' | 'guildId' | 'departmentId'
  >,
) {
  return {
    kind: m.kind,
    personId: m.personId,
    tribeId: m.tribeId,
    squadId: m.squadId,
    chapterId: m.chapterId,
    guildId: m.guildId,
    departmentId: m.departmentId,
  };
}

/**
 * Memberships: start, end, move and correct them under the organisation's rules.
 *
 * Concurrency: every change that can raise a count locks, FOR UPDATE and in one fixed order
 * (tribe, squad, chapter, guild, department, person; by id within a table), the rows of every
 * unit whose count it checks, then reads the counts, checks and writes in the same
 * transaction. Two adds to the same squad therefore run one after the other: the second
 * sees the first's member. The tribe row guards the tribe's head count, the person row the
 * person's squads and FTE.
 */
@Injectable()
export class MembershipsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // Changing

  async start(input: CreateMembershipDto, access: RequestAccess): Promise<MembershipDto> {
    if (input.kind !== 'squad' && input.fte !== undefined) {
      throw new ValidationFailedError([
        { field: 'fte', problems: ['fte applies to squad memberships only'] },
      ]);
    }
    const created = await this.dataSource.transaction(async (m) => {
      const unit = await this.resolveUnit(m, input.kind, input.unitId);
      assertCan(access, 'create', 'Membership', membershipRecord(this.draft(input.personId, unit)));
      const period = { from: input.from ?? today(), until: input.until ?? null };
      return this.startIn(
        m,
        input.personId,
        unit,
        period,
        input.kind === 'squad' ? (input.fte ?? 1) : null,
      );
    });
    return (await this.dtos([created.id]))[0]!;
  }

  async end(id: string, input: EndMembershipDto, access: RequestAccess): Promise<MembershipDto> {
    await this.dataSource.transaction(async (m) => {
      const membership = await this.lockedMembership(m, id);
      if (membership.version !== input.version) throw new StaleVersionError('This membership');
      assertCan(access, 'update', 'Membership', membershipRecord(membership));
      await this.endIn(m, membership, input.until);
    });
    return (await this.dtos([id]))[0]!;
  }

  /**
   * Ends the person's membership of one squad and starts one in another, on the same day,
   * atomically. Moving out of a squad on the day one joined it removes that membership (it
   * held on no day); moving into a squad one left on that very day resumes the membership
   * that ended then. Moving A → B → A on one day therefore leaves the history as it was.
   */
  async move(input: MoveMembershipDto, access: RequestAccess): Promise<MoveResultDto> {
    const date = input.date ?? today();
    if (input.fromSquadId === input.toSquadId) {
      throw new ValidationFailedError([
        { field: 'toSquadId', problems: ['must be another squad than fromSquadId'] },
      ]);
    }
    const ids = await this.dataSource.transaction(async (m) => {
      const from = await this.resolveUnit(m, 'squad', input.fromSquadId);
      const to = await this.resolveUnit(m, 'squad', input.toSquadId);
      assertCan(access, 'update', 'Membership', membershipRecord(this.draft(input.personId, from)));
      assertCan(access, 'create', 'Membership', membershipRecord(this.draft(input.personId, to)));
      await this.lock(m, input.personId, [from, to]);
      const old = await m
        .createQueryBuilder(Membership, 'm')
        .where('m.squadId = :squad AND m.personId = :person', {
          squad: from.id,
          person: input.personId,
        })
        .andWhere('m.validFrom <= :date AND (m.validUntil IS NULL OR m.validUntil > :date)', {
          date,
        })
        .getOne();
      if (!old) throw await this.notCurrent(m, input.personId, from, date);
      const leave = planLeave(periodOf(old), date);
      // Shown as it was: after the removal there is nothing left to read.
      const removed = leave.kind === 'remove' ? (await this.dtos([old.id], m))[0]! : null;
      if (leave.kind === 'remove') await this.removeIn(m, old);
      else await this.endIn(m, old, leave.until);
      const started = await this.startIn(
        m,
        input.personId,
        to,
        { from: date, until: null },
        input.fte ?? old.fte ?? 1,
        { resume: true },
      );
      return { ended: leave.kind === 'end' ? old.id : null, removed, started: started.id };
    });
    const [started, ended] = await this.dtos(ids.ended ? [ids.started, ids.ended] : [ids.started]);
    return { ended: ended ?? null, removed: ids.removed, started: started! };
  }

  /** Removes a membership entered by mistake (history proper is ended, not deleted). */
  async remove(id: string, access: RequestAccess): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const membership = await this.lockedMembership(m, id);
      assertCan(access, 'delete', 'Membership', membershipRecord(membership));
      await this.removeIn(m, membership);
    });
  }

  // Reading

  async list(query: MembershipQueryDto): Promise<MembershipPageDto> {
    const { page, pageSize, skip } = paging(query);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.personId) add('m.person_id = ?', query.personId);
    if (query.kind) add('m.kind = ?', query.kind);
    if (query.unitId)
      add('COALESCE(m.squad_id, m.chapter_id, m.guild_id, m.department_id) = ?', query.unitId);
    if (query.tribeId) add('m.tribe_id = ?', query.tribeId);
    const date = query.date ?? (query.current ? today() : undefined);
    if (date) {
      params.push(date);
      const i = params.length;
      where.push(
        `m.valid_from <= $${i}::date AND (m.valid_until IS NULL OR m.valid_until > $${i}::date)`,
      );
    }
    if (query.q) add('p.name ILIKE ?', `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM membership m JOIN person p ON p.id = m.person_id ${filter}`,
      params,
    );
    const rows = await this.dataSource.query<MembershipDto[]>(
      `${MEMBERSHIP_SELECT} ${filter} ORDER BY m.valid_from DESC, p.name, m.id LIMIT ${pageSize} OFFSET ${skip}`,
      params,
    );
    return { items: rows, total, page, pageSize };
  }

  async get(id: string): Promise<MembershipDto> {
    const [dto] = await this.dtos([id]);
    if (!dto) throw notFound('membership', id);
    return dto;
  }

  /** Who was in the squad on the day. */
  async squadMembersOn(squadId: string, date = today()): Promise<SquadMembersDto> {
    const unit = await this.resolveUnit(this.dataSource.manager, 'squad', squadId);
    const org = await this.dataSource.manager.findOneByOrFail(Organisation, {
      id: unit.organisationId,
    });
    const members = await this.dataSource.query<SquadMembersDto['members']>(
      `SELECT m.id AS "membershipId", p.id AS "personId", p.name, p.job_title AS "jobTitle",
              m.fte::float8 AS fte, m.valid_from::text AS "from", m.valid_until::text AS "until",
              (p.id = s.product_owner_id) AS "isProductOwner"
         FROM membership m
         JOIN person p ON p.id = m.person_id
         JOIN squad s ON s.id = m.squad_id
        WHERE m.squad_id = $1 AND m.valid_from <= $2::date AND (m.valid_until IS NULL OR m.valid_until > $2::date)
        ORDER BY (p.id = s.product_owner_id) DESC, p.name, p.id`,
      [squadId, date],
    );
    return {
      squadId,
      squadName: unit.name,
      date,
      count: members.length,
      limit: org.maxSquadMembers,
      members,
    };
  }

  /** Memberships as the API shows them, with person and unit names, in the order of `ids`. */
  async dtos(ids: string[], m: EntityManager = this.dataSource.manager): Promise<MembershipDto[]> {
    if (!ids.length) return [];
    const rows = await m.query<MembershipDto[]>(
      `${MEMBERSHIP_SELECT} WHERE m.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is MembershipDto => !!r);
  }

  // The rules, inside a transaction that holds the locks

  /**
   * Starts a membership after checking every rule for `period`. With `resume`, the person's
   * membership of the unit that ended on the period's first day (same FTE) is given the
   * period's end instead of a second membership next to it: the rules are the same, since
   * either way the person is added to the unit for exactly `period`.
   */
  private async startIn(
    m: EntityManager,
    personId: string,
    unit: ResolvedUnit,
    period: Period,
    fte: number | null,
    { resume = false }: { resume?: boolean } = {},
  ): Promise<Membership> {
    const unitRef = this.ref(unit);
    enforce(checkPeriod(period, unitRef));
    await this.lock(m, personId, [unit]);
    const person = await m.findOneBy(Person, { id: personId });
    if (!person) throw notFound('person', personId);
    const personRef: UnitRef = { type: 'person', id: person.id, name: person.name };
    if (person.organisationId !== unit.organisationId) throw crossOrganisation(unitRef, personRef);
    const org = await m.findOneByOrFail(Organisation, { id: unit.organisationId });

    const mine = await this.overlappingOf(m, { personId }, period);
    enforce(
      checkNoOverlap({
        period,
        unit: unitRef,
        person: personRef,
        existing: mine.filter((x) => x[UNIT_COLUMN[unit.kind]] === unit.id).map(periodOf),
      }),
    );
    if (unit.kind === 'squad') {
      const members = await this.overlappingOf(m, { squadId: unit.id }, period);
      enforce(
        checkSquadCapacity({
          squad: unitRef,
          limit: org.maxSquadMembers,
          period,
          members: members.map(periodOf),
        }),
      );
      enforce(
        checkPersonSquads({
          person: personRef,
          maxSquads: org.maxSquadsPerPerson,
          maxFte: org.maxFtePerPerson,
          period,
          fte: fte ?? 1,
          squads: mine
            .filter((x) => x.kind === 'squad')
            .map((x) => ({ ...periodOf(x), fte: x.fte ?? 0 })),
        }),
      );
    }
    if (unit.tribeId) {
      const tribe = await m.findOneByOrFail(Tribe, { id: unit.tribeId });
      const inTribe = await this.overlappingOf(m, { tribeId: unit.tribeId }, period);
      enforce(
        checkTribeCapacity({
          tribe: { type: 'tribe', id: tribe.id, name: tribe.name },
          limit: org.maxTribePeople,
          period,
          personId,
          memberships: inTribe.map((x) => ({ ...periodOf(x), personId: x.personId })),
        }),
      );
    }
    if (unit.kind === 'chapter') {
      const chapters = mine.filter((x) => x.kind === 'chapter');
      const names = new Map(
        chapters.length
          ? (await m.findBy(Chapter, { id: In(chapters.map((x) => x.chapterId!)) })).map((c) => [
              c.id,
              c.name,
            ])
          : [],
      );
      const plan = planChapterTransfer({
        person: personRef,
        period,
        existing: chapters.map((x) => ({
          ...periodOf(x),
          id: x.id,
          chapter: { type: 'chapter', id: x.chapterId!, name: names.get(x.chapterId!) ?? '' },
        })),
      });
      if (plan.kind === 'refuse') throw new RuleViolationError(plan.violation);
      if (plan.kind === 'end') {
        const old = chapters.find((x) => x.id === plan.membershipId)!;
        await this.saveUntil(m, old, plan.until);
      }
    }

    if (resume) {
      const endedThatDay = await m.find(Membership, {
        where: { personId, [UNIT_COLUMN[unit.kind]]: unit.id, validUntil: period.from },
        lock: { mode: 'pessimistic_write' },
      });
      const resumed = findResumable(
        endedThatDay.map((x) => ({ ...periodOf(x), fte: x.fte, membership: x })),
        period,
        fte,
      );
      if (resumed) {
        await this.saveUntil(m, resumed.membership, period.until);
        return resumed.membership;
      }
    }

    const membership = m.create(Membership, {
      personId,
      kind: unit.kind,
      tribeId: unit.tribeId,
      squadId: unit.kind === 'squad' ? unit.id : null,
      chapterId: unit.kind === 'chapter' ? unit.id : null,
      guildId: unit.kind === 'guild' ? unit.id : null,
      departmentId: unit.kind === 'department' ? unit.id : null,
      validFrom: period.from,
      validUntil: period.until,
      fte,
    });
    await m.save(membership);
    await recordAudit(m, {
      action: 'create',
      entityType: 'Membership',
      entityId: membership.id,
      after: pick(membership, AUDITED),
    });
    return membership;
  }

  private async endIn(m: EntityManager, membership: Membership, until: string): Promise<void> {
    const unit = await this.resolveUnit(m, membership.kind, unitIdOf(membership));
    await this.lock(m, membership.personId, [unit]);
    enforce(checkPeriod({ from: membership.validFrom, until }, this.ref(unit)));
    if (membership.validUntil !== null && membership.validUntil <= until) {
      throw await this.notCurrent(m, membership.personId, unit, until);
    }
    await this.refuseEndingProductOwner(m, membership);
    await this.saveUntil(m, membership, until);
  }

  /** Deletes a membership (the caller holds the locks and checked the permission). */
  private async removeIn(m: EntityManager, membership: Membership): Promise<void> {
    await this.refuseEndingProductOwner(m, membership);
    const before = pick(membership, AUDITED);
    await m.delete(Membership, { id: membership.id });
    await recordAudit(m, {
      action: 'delete',
      entityType: 'Membership',
      entityId: membership.id,
      before,
    });
  }

  private async saveUntil(
    m: EntityManager,
    membership: Membership,
    until: string | null,
  ): Promise<void> {
    const before = pick(membership, AUDITED);
    membership.validUntil = until;
    await m.save(membership);
    await recordAudit(m, {
      action: 'update',
      entityType: 'Membership',
      entityId: membership.id,
      before,
      after: pick(membership, AUDITED),
    });
  }

  private async refuseEndingProductOwner(m: EntityManager, membership: Membership): Promise<void> {
    if (membership.kind !== 'squad') return;
    const squad = await m.findOneByOrFail(Squad, { id: membership.squadId! });
    const person = await m.findOneByOrFail(Person, { id: membership.personId });
    enforce(
      checkProductOwnerStays({
        squad: { type: 'squad', id: squad.id, name: squad.name },
        person: { type: 'person', id: person.id, name: person.name },
        isProductOwner: squad.productOwnerId === membership.personId,
      }),
    );
  }

  /** Locks the units' rows (and their tribes') and the person's, in the fixed order. */
  private async lock(m: EntityManager, personId: string, units: ResolvedUnit[]): Promise<void> {
    const rows: { table: LockTable; id: string }[] = [{ table: 'person', id: personId }];
    for (const unit of units) {
      rows.push({ table: unit.kind, id: unit.id });
      if (unit.tribeId) rows.push({ table: 'tribe', id: unit.tribeId });
    }
    await lockRows(m, rows);
  }

  private async lockedMembership(m: EntityManager, id: string): Promise<Membership> {
    const found = await m.findOneBy(Membership, { id });
    if (!found) throw notFound('membership', id);
    // Lock in the fixed order first, then read the membership as it is now.
    const unit = await this.resolveUnit(m, found.kind, unitIdOf(found));
    await this.lock(m, found.personId, [unit]);
    const membership = await m.findOne(Membership, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!membership) throw notFound('membership', id);
    return membership;
  }

  private overlappingOf(
    m: EntityManager,
    where: { personId?: string; squadId?: string; tribeId?: string },
    period: Period,
  ): Promise<Membership[]> {
    const [column, value] = Object.entries(where)[0]!;
    return m
      .createQueryBuilder(Membership, 'm')
      .where(`m.${column} = :value`, { value })
      .andWhere('(CAST(:until AS date) IS NULL OR m.validFrom < CAST(:until AS date))', {
        until: period.until,
      })
      .andWhere('(m.validUntil IS NULL OR m.validUntil > CAST(:from AS date))', {
        from: period.from,
      })
      .getMany();
  }

  private async resolveUnit(
    m: EntityManager,
    kind: MembershipKind,
    id: string,
  ): Promise<ResolvedUnit> {
    if (kind === 'squad' || kind === 'chapter') {
      const unit =
        kind === 'squad' ? await m.findOneBy(Squad, { id }) : await m.findOneBy(Chapter, { id });
      if (!unit) throw notFound(kind, id);
      const tribe = await m.findOneByOrFail(Tribe, { id: unit.tribeId });
      const productOwnerId = unit instanceof Squad ? unit.productOwnerId : null;
      return {
        kind,
        id,
        name: unit.name,
        tribeId: unit.tribeId,
        organisationId: tribe.organisationId,
        productOwnerId,
      };
    }
    const unit =
      kind === 'guild' ? await m.findOneBy(Guild, { id }) : await m.findOneBy(Department, { id });
    if (!unit) throw notFound(kind, id);
    return {
      kind,
      id,
      name: unit.name,
      tribeId: null,
      organisationId: unit.organisationId,
      productOwnerId: null,
    };
  }

  private ref(unit: ResolvedUnit): UnitRef {
    return { type: unit.kind, id: unit.id, name: unit.name };
  }

  private draft(personId: string, unit: ResolvedUnit) {
    return {
      kind: unit.kind,
      personId,
      tribeId: unit.tribeId,
      squadId: unit.kind === 'squad' ? unit.id : null,
      chapterId: unit.kind === 'chapter' ? unit.id : null,
      guildId: unit.kind === 'guild' ? unit.id : null,
      departmentId: unit.kind === 'department' ? unit.id : null,
    };
  }

  private async notCurrent(
    m: EntityManager,
    personId: string,
    unit: ResolvedUnit,
    date: string,
  ): Promise<RuleViolationError> {
    const person = await m.findOneBy(Person, { id: personId });
    if (!person)
      return new RuleViolationError(
        violation({
          code: OrganisationErrorCode.MembershipNotCurrent,
          status: 422,
          rule: 'membership.validPeriod',
          unit: this.ref(unit),
          params: { person: personId, date },
        }),
      );
    return new RuleViolationError(
      violation({
        code: OrganisationErrorCode.MembershipNotCurrent,
        status: 422,
        rule: 'membership.validPeriod',
        unit: this.ref(unit),
        params: { person: person.name, personId, date },
      }),
    );
  }
}

export function unitIdOf(
  m: Pick<Membership, 'squadId' | 'chapterId' | 'guildId' | 'departmentId'>,
): string {
  return (m.squadId ?? m.chapterId ?? m.guildId ?? m.departmentId)!;
}

export { MEMBERSHIP_SELECT };
