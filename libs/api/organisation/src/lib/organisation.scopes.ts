import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AbilityRules,
  type ScopeContributor,
  ScopeContributorRegistry,
} from '@tribeworks/api-access';
import { ChangeFeed, type Principal, ReadCache } from '@tribeworks/api-core';
import { AppRole } from '@tribeworks/contracts';
import { DataSource } from 'typeorm';

/** The subjects of the organisation area. */
export const ORGANISATION_SUBJECTS = [
  'Organisation',
  'Tribe',
  'Squad',
  'Chapter',
  'Guild',
  'Department',
  'Person',
  'Membership',
] as const;

/** What the organisation model says about the signed-in user. */
export interface PersonScope {
  personId: string;
  ledTribes: string[];
  ownedSquads: string[];
  ledChapters: string[];
  managedDepartments: string[];
}

/**
 * The scoped rules: who may do what follows from the organisation model, not only from the
 * user's application roles. A tribe lead is whoever the tribe names as lead, and so on.
 *
 * - everyone signed in reads the structure (organisation, tribes, squads, chapters, guilds,
 *   departments, memberships) and their own person page;
 * - HR (and admin, who may do anything) manage all of it;
 * - a tribe lead reads the details of the tribe's people and creates, edits and deletes its
 *   squads, chapters and their memberships;
 * - a product owner edits their own squad's mission and starts and ends its memberships;
 * - a chapter lead (and a department manager) reads the details of their members.
 *
 * Person records are checked with `{ id, tribeIds, squadIds, chapterIds, departmentIds }`
 * (current memberships); membership records with `{ tribeId, squadId, chapterId, ... }`.
 */
@Injectable()
export class OrganisationScopes implements ScopeContributor, OnModuleInit {
  /** Every request needs its user's scope; kept until a person or a unit's lead changes. */
  private readonly cache: ReadCache<{ scope: PersonScope | null }>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ScopeContributorRegistry,
    feed: ChangeFeed,
  ) {
    this.cache = new ReadCache(feed, {
      tables: ['person', 'tribe', 'squad', 'chapter', 'department'],
      max: 10_000,
      ttlMs: 10 * 60_000,
    });
  }

  onModuleInit(): void {
    this.registry.register(this);
  }

  async scopeOf(userId: string): Promise<PersonScope | null> {
    const { scope } = await this.cache.get(userId, async () => ({
      scope: await this.loadScope(userId),
    }));
    return scope;
  }

  private async loadScope(userId: string): Promise<PersonScope | null> {
    const rows = await this.dataSource.query<PersonScope[]>(
      `SELECT p.id AS "personId",
              ARRAY(SELECT t.id::text FROM tribe t WHERE t.lead_person_id = p.id) AS "ledTribes",
              ARRAY(SELECT s.id::text FROM squad s WHERE s.product_owner_id = p.id) AS "ownedSquads",
              ARRAY(SELECT c.id::text FROM chapter c WHERE c.lead_person_id = p.id) AS "ledChapters",
              ARRAY(SELECT d.id::text FROM department d WHERE d.manager_person_id = p.id) AS "managedDepartments"
         FROM person p WHERE p.user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  async contribute(principal: Principal, rules: AbilityRules): Promise<void> {
    const { can } = rules;
    can('read', ['Organisation', 'Tribe', 'Squad', 'Chapter', 'Guild', 'Department', 'Membership']);
    if (principal.roles.includes(AppRole.Hr)) can('manage', [...ORGANISATION_SUBJECTS]);

    const scope = await this.scopeOf(principal.id);
    if (!scope) return;
    can('read', 'Person', { id: scope.personId });
    if (scope.ledTribes.length) {
      const inTribe = { tribeId: { $in: scope.ledTribes } };
      can('read', 'Person', { tribeIds: { $in: scope.ledTribes } });
      can(['create', 'update', 'delete'], ['Squad', 'Chapter', 'Membership'], inTribe);
    }
    if (scope.ownedSquads.length) {
      can('update', 'Squad', ['mission'], { id: { $in: scope.ownedSquads } });
      can(['create', 'update'], 'Membership', { squadId: { $in: scope.ownedSquads } });
    }
    if (scope.ledChapters.length) {
      can('read', 'Person', { chapterIds: { $in: scope.ledChapters } });
    }
    if (scope.managedDepartments.length) {
      can('read', 'Person', { departmentIds: { $in: scope.managedDepartments } });
    }
  }
}
