import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditLog } from '@tribeworks/api-core';
import { Repository } from 'typeorm';
import type { AuditEntryDto, AuditPageDto, AuditQueryDto } from './dto/audit.dto';

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly audit: Repository<AuditLog>) {}

  /** Newest first, filtered by entity, actor and time range. */
  async search(query: AuditQueryDto): Promise<AuditPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const qb = this.audit.createQueryBuilder('a');
    if (query.entityType)
      qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.userId) qb.andWhere('a.actorUserId = :userId', { userId: query.userId });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at < :to', { to: query.to });
    const [rows, total] = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toDto), total, page, pageSize };
  }
}

function toDto(row: AuditLog): AuditEntryDto {
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actorUserId: row.actorUserId,
    actorEmail: row.actorEmail,
    changes: row.changes,
    requestId: row.requestId,
    ip: row.ip,
  };
}
