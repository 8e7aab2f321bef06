import {
  AbilityBuilder,
  createMongoAbility,
  type ForcedSubject,
  type MongoAbility,
  type MongoQuery,
  subject,
} from '@casl/ability';
import { Injectable } from '@nestjs/common';
import type { Principal, RequestAccess } from '@tribeworks/api-core';
import { type AccessAction, type AccessSubject, AppRole } from '@tribeworks/contracts';
import { ScopeContributorRegistry } from './scope-registry';

/** A record checked against the rules, tagged with its kind (`subject('Job', job)`). */
type TaggedRecord = {
  [K in AccessSubject]: Record<string, unknown> & ForcedSubject<K>;
}[AccessSubject];
export type AppAbility = MongoAbility<[AccessAction, AccessSubject | TaggedRecord], MongoQuery>;
export type AbilityRules = AbilityBuilder<AppAbility>;

/**
 * Adds the rules that come from elsewhere, such as the organisation model (a chapter lead
 * reads their chapter's members). Areas register theirs in the ScopeContributorRegistry.
 */
export interface ScopeContributor {
  contribute(principal: Principal, rules: AbilityRules): Promise<void> | void;
}

/** One rule as the web app gets it. */
export interface Permission {
  action: string;
  subject: string;
  conditions?: Record<string, unknown>;
  fields?: string[];
}

/** Builds what a user may do, per request, from their roles and their scopes. */
@Injectable()
export class AbilityFactory {
  constructor(private readonly registry: ScopeContributorRegistry) {}

  async forPrincipal(principal: Principal): Promise<AppAbility> {
    const rules = new AbilityBuilder<AppAbility>(createMongoAbility);
    const { can } = rules;
    const roles = new Set(principal.roles);

    // Everyone signed in.
    can('read', 'Framework');
    can('read', 'Job', { requestedBy: principal.id });

    if (roles.has(AppRole.Hr)) {
      can('read', 'User');
      can('read', 'AuditLog');
      can('import', 'Framework');
    }
    if (roles.has(AppRole.Admin)) {
      can('manage', 'all');
    }
    for (const contributor of this.registry.contributors) {
      await contributor.contribute(principal, rules);
    }
    return rules.build();
  }

  /**
   * The user's rules as action/subject pairs, for the web app to show or hide actions, with
   * the conditions and fields that narrow them (a product owner updates memberships of
   * `{ squadId: { $in: [their squads] } }` only), so the web app can ask about one record.
   */
  async permissionsFor(principal: Principal): Promise<Permission[]> {
    const ability = await this.forPrincipal(principal);
    return ability.rules
      .filter((rule) => !rule.inverted)
      .flatMap((rule) =>
        [rule.action].flat().flatMap((action) =>
          [rule.subject ?? 'all'].flat().map((subject) => ({
            action,
            subject: String(subject),
            ...(rule.conditions ? { conditions: rule.conditions as Record<string, unknown> } : {}),
            ...(rule.fields ? { fields: [rule.fields].flat() } : {}),
          })),
        ),
      );
  }

  async accessFor(principal: Principal): Promise<RequestAccess> {
    const ability = await this.forPrincipal(principal);
    return {
      principal,
      can: (action, type, record, field) =>
        record
          ? ability.can(action, subject(type, { ...record }), field)
          : ability.can(action, type, field),
    };
  }
}
