import { ForbiddenError } from '@tribeworks/api-access';
import type { RequestAccess } from '@tribeworks/api-core';
import type { AccessAction, AccessSubject } from '@tribeworks/contracts';
import { toIsoDate } from '@tribeworks/organisation';
import { type EntityManager, In, QueryFailedError } from 'typeorm';
import { Person } from './person.entity';

/** "Today" for effective dating: the calendar date in UTC, computed here, never by the database. */
export const today = (): string => toIsoDate();

export interface Paging {
  page: number;
  pageSize: number;
  skip: number;
}

export function paging(query: { page?: number; pageSize?: number }): Paging {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  return { page, pageSize, skip: (page - 1) * pageSize };
}

/** `%text%` for ILIKE, with the wildcards of the text escaped. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The PostgreSQL error code of a failed query (23505 unique, 23503 foreign key, 23P01 exclusion). */
export function pgCode(error: unknown): string | undefined {
  return error instanceof QueryFailedError
    ? (error.driverError as { code?: string } | undefined)?.code
    : undefined;
}

export async function mapPgErrors<T>(
  work: () => Promise<T>,
  map: Record<string, () => Error>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const code = pgCode(error);
    const replacement = code ? map[code] : undefined;
    throw replacement ? replacement() : error;
  }
}

/** Refuses with 403 unless the caller may do this to this record (and field). */
export function assertCan(
  access: RequestAccess,
  action: AccessAction,
  subject: AccessSubject,
  record: Record<string, unknown>,
  field?: string,
): void {
  if (!access.can(action, subject, record, field)) throw new ForbiddenError();
}

/** The fields of an entity that go into the audit log. */
export function pick<T extends object, K extends keyof T>(
  entity: T,
  fields: readonly K[],
): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, entity[f]]));
}

/** Names of people by id, in one query. */
export async function personNames(
  m: EntityManager,
  ids: (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const people = await m.find(Person, {
    select: { id: true, name: true },
    where: { id: In(wanted) },
  });
  return new Map(people.map((p) => [p.id, p.name]));
}

export function ref(
  names: Map<string, string>,
  id: string | null,
): { id: string; name: string } | null {
  return id ? { id, name: names.get(id) ?? '' } : null;
}

/**
 * Locks rows FOR UPDATE in one fixed order (by table rank, then id), so that two
 * transactions that lock overlapping sets never wait on each other in a cycle.
 */
const LOCK_ORDER = [
  'organisation',
  'tribe',
  'squad',
  'chapter',
  'guild',
  'department',
  'person',
] as const;
export type LockTable = (typeof LOCK_ORDER)[number];

export async function lockRows(
  m: EntityManager,
  rows: { table: LockTable; id: string }[],
): Promise<void> {
  for (const table of LOCK_ORDER) {
    const ids = [...new Set(rows.filter((r) => r.table === table).map((r) => r.id))].sort();
    if (!ids.length) continue;
    await m.query(`SELECT 1 FROM "${table}" WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      ids,
    ]);
  }
}
