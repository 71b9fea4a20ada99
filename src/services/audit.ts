import { EntityManager } from 'typeorm';
import { AuditEvent } from '../../entities';
import type { Clock } from '../clock';
import { stageEvent } from '../events/record';

export interface AuditEntry {
  organizationId: number;
  /** Null for the system actor. */
  actorUserId: number | null;
  action: string;
  targetType: string;
  targetId: number;
  metadata?: Record<string, unknown>;
}

/**
 * Writes audit events inside the caller's transaction (DESIGN §3.5), each also staged as a live
 * `AUDIT` event of that transaction (the `auditEvents` subscription, issue 19).
 */
export async function recordAudit(
  em: EntityManager,
  clock: Clock,
  entries: AuditEntry[],
): Promise<void> {
  const now = clock.now();
  for (const e of entries) {
    const row = { ...e, metadata: e.metadata ?? {}, createdAt: now };
    const { identifiers } = await em.insert(AuditEvent, row as never);
    stageEvent(em, {
      topic: 'AUDIT',
      payload: {
        ...row,
        id: Number(identifiers[0].id),
        createdAt: now.toISOString(),
      },
    });
  }
}
