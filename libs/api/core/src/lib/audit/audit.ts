import type { EntityManager } from 'typeorm';
import { currentContext } from '../context/request-context';
import { type AuditAction, AuditLog, type FieldChange } from './audit-log.entity';

export const REDACTED = '[redacted]';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Field values before the change (absent for a create). */
  before?: Record<string, unknown>;
  /** Field values after the change (absent for a delete). */
  after?: Record<string, unknown>;
  /** Fields whose values never reach the log (passwords, token hashes). */
  redact?: string[];
  /** Who acted, when not the caller of the request (a login, before the session exists). */
  actor?: { userId: string; email: string };
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  return value ?? null;
}

/** The fields whose values differ between before and after, with both values. */
export function diffFields(
  before: Record<string, unknown> = {},
  after: Record<string, unknown> = {},
  redact: string[] = [],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = normalise(before[field]);
    const a = normalise(after[field]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    changes[field] = redact.includes(field)
      ? { before: b === null ? null : REDACTED, after: a === null ? null : REDACTED }
      : { before: b, after: a };
  }
  return changes;
}

/**
 * Writes one audit row with the same entity manager as the change, so that both commit or
 * neither does. Who and from where come from the request (or job) context.
 */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  const context = currentContext();
  const row = manager.create(AuditLog, {
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: diffFields(entry.before, entry.after, entry.redact),
    actorUserId: entry.actor?.userId ?? context.userId ?? null,
    actorEmail: entry.actor?.email ?? context.userEmail ?? null,
    requestId: context.requestId ?? null,
    ip: context.ip ?? null,
  });
  await manager.save(AuditLog, row);
}
