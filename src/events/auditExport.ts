import { DataSource } from 'typeorm';
import { AuditEvent } from '../../entities';
import { toGlobalId } from '../globalId';
import type { AuditEventFilter } from '../services/organizations/OrganizationService';

/** The columns of the event log export, in order (CSV header, JSON Lines keys). */
export const AUDIT_COLUMNS = [
  'id',
  'createdAt',
  'action',
  'actorId',
  'targetType',
  'targetId',
  'metadata',
];

/**
 * An organization's event log, oldest first, with the connection's filters, read a page at a time
 * by id (keyset): memory stays flat however long the log. The caller holds
 * `organization.readEventLog`.
 */
export async function* auditRows(
  db: DataSource,
  organizationId: number,
  f: AuditEventFilter,
  pageSize = 500,
): AsyncGenerator<Record<string, unknown>> {
  for (let after = 0; ;) {
    const query = db
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.organizationId = :organizationId AND e.id > :after', { organizationId, after })
      .orderBy('e.id', 'ASC')
      .take(pageSize);
    if (f.action) query.andWhere('e.action = :action', { action: f.action });
    if (f.actorUserId) query.andWhere('e.actorUserId = :actor', { actor: f.actorUserId });
    if (f.since) query.andWhere('e.createdAt >= :since', { since: f.since });
    if (f.until) query.andWhere('e.createdAt < :until', { until: f.until });
    const page = await query.getMany();
    for (const e of page) {
      yield {
        id: toGlobalId('AuditEvent', e.id),
        createdAt: e.createdAt,
        action: e.action,
        actorId: e.actorUserId === null ? null : toGlobalId('User', e.actorUserId),
        targetType: e.targetType,
        targetId: toGlobalId(e.targetType, e.targetId),
        metadata: JSON.stringify(e.metadata ?? {}),
      };
    }
    if (page.length < pageSize) return;
    after = page[page.length - 1].id;
  }
}
