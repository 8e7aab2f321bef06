import type { Session } from '../../auth/api/auth.api';
import { can } from '../../auth/permissions';
import type { MatrixPerson, MatrixSquad, TribeMatrix } from '../api/organisation.api';
import type { UnitRole } from './OrgBadges';

/** Who is picked up (or dragged) and from which squad. */
export interface MoveSource {
  person: MatrixPerson;
  from: MatrixSquad;
}

/** A move the user has asked for; confirmed (with its date) in the dialog. */
export interface PendingMove extends MoveSource {
  to: MatrixSquad;
}

/**
 * Where the user may move people, for offering handles and targets only (the API decides
 * for real): out of a squad ends the membership there, into a squad starts one.
 */
export interface MoveRights {
  /** May move this person out of this squad. */
  canMoveFrom(squadId: string, personId: string): boolean;
  /** May move this person into this squad. */
  canMoveTo(squadId: string, personId: string): boolean;
}

/**
 * The session's rights to move people between the squads of a tribe, asked about the same
 * membership records the API checks a move against: `update` on the one left, `create` on
 * the one started.
 */
export function moveRightsFor(session: Session | null | undefined, tribeId: string): MoveRights {
  const record = (squadId: string, personId: string) => ({
    kind: 'squad',
    personId,
    tribeId,
    squadId,
    chapterId: null,
    guildId: null,
    departmentId: null,
  });
  return {
    canMoveFrom: (squadId, personId) =>
      can(session, 'update', 'Membership', record(squadId, personId)),
    canMoveTo: (squadId, personId) =>
      can(session, 'create', 'Membership', record(squadId, personId)),
  };
}

export const NO_UNIT = '-';

export function cellKey(chapterId: string | null, squadId: string | null): string {
  return `${chapterId ?? NO_UNIT}|${squadId ?? NO_UNIT}`;
}

export interface MatrixModel {
  cells: Map<string, MatrixPerson[]>;
  /** Some chapter members are in no squad of the tribe: a column for them. */
  hasNoSquadColumn: boolean;
  /** Some squad members are in no chapter of the tribe: a row for them. */
  hasNoChapterRow: boolean;
  /** The roles each person holds in the tribe, for the markers on their chips. */
  roles: Map<string, UnitRole[]>;
}

export function matrixModel(matrix: TribeMatrix): MatrixModel {
  const cells = new Map<string, MatrixPerson[]>();
  for (const cell of matrix.cells) {
    const people = [...cell.people].sort(
      (a, b) => Number(b.isProductOwner) - Number(a.isProductOwner) || a.name.localeCompare(b.name),
    );
    cells.set(cellKey(cell.chapterId, cell.squadId), people);
  }
  const roles = new Map<string, UnitRole[]>();
  const add = (id: string | undefined, role: UnitRole) => {
    if (!id) return;
    const list = roles.get(id) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(id, list);
  };
  add(matrix.tribeLead?.id, 'tribeLead');
  for (const squad of matrix.squads) {
    add(squad.productOwner?.id, 'productOwner');
    add(squad.agileCoach?.id, 'agileCoach');
  }
  for (const chapter of matrix.chapters) add(chapter.lead?.id, 'chapterLead');
  return {
    cells,
    hasNoSquadColumn: matrix.cells.some((c) => c.squadId === null && c.people.length > 0),
    hasNoChapterRow: matrix.cells.some((c) => c.chapterId === null && c.people.length > 0),
    roles,
  };
}

/**
 * The next squad to aim at from `current`, one step in `direction`, skipping the squad the
 * person comes from and those `isTarget` rules out, and wrapping around at the ends.
 */
export function nextTarget(
  squads: readonly MatrixSquad[],
  fromId: string,
  currentId: string | undefined,
  direction: 1 | -1,
  isTarget: (squad: MatrixSquad) => boolean = () => true,
): MatrixSquad | undefined {
  const n = squads.length;
  const start = squads.findIndex((s) => s.id === (currentId ?? fromId));
  for (let step = 1; step <= n; step += 1) {
    const squad = squads[(((start + direction * step) % n) + n) % n];
    if (squad && squad.id !== fromId && isTarget(squad)) return squad;
  }
  return undefined;
}
