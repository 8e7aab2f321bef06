import {
  type ForcedSubject,
  type MongoAbility,
  type MongoQuery,
  createMongoAbility,
  subject,
} from '@casl/ability';
import type { AccessAction, AccessSubject } from '@tribeworks/contracts';
import type { Session } from './api/auth.api';

/** A record checked against the rules, tagged with its kind (as the API's ability does). */
type TaggedRecord = {
  [K in AccessSubject]: Record<string, unknown> & ForcedSubject<K>;
}[AccessSubject];
type Ability = MongoAbility<[AccessAction, AccessSubject | TaggedRecord], MongoQuery>;

/** One ability per session object: sessions are replaced, never changed, when they change. */
const abilities = new WeakMap<Session, Ability>();

function abilityOf(session: Session): Ability {
  let ability = abilities.get(session);
  if (!ability) {
    ability = createMongoAbility<Ability>(
      session.permissions.map((p) => ({
        action: p.action as AccessAction,
        subject: p.subject as AccessSubject,
        ...(p.conditions ? { conditions: p.conditions as MongoQuery } : {}),
        ...(p.fields ? { fields: p.fields } : {}),
      })),
    );
    abilities.set(session, ability);
  }
  return ability;
}

/**
 * What the session's permissions allow, for showing or hiding navigation and actions only:
 * the API decides for real. `manage` stands for every action, `all` for every subject.
 *
 * Without a record, a rule narrowed by conditions (a product owner updates the memberships
 * of their own squads) counts: the user may do it to some of them. With a record, the
 * answer is for that record, as the API would give it, e.g.
 * `can(session, 'update', 'Membership', { squadId, tribeId, … })`.
 */
export function can(
  session: Session | null | undefined,
  action: AccessAction,
  type: AccessSubject,
  record?: Record<string, unknown>,
): boolean {
  if (!session) return false;
  const ability = abilityOf(session);
  // Tagged on a copy: `subject` marks the object it is given.
  return record ? ability.can(action, subject(type, { ...record })) : ability.can(action, type);
}
