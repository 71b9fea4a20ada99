import { EntityManager } from 'typeorm';
import { AuditEvent } from '../../entities';
import type { Clock } from '../clock';
import { insertAtCommit } from '../db/insertRows';
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
 * `AUDIT` event of that transaction (the `auditEvents` subscription, issue 19). In the
 * transactor's transactions they are written at commit, all entries of the transaction in one
 * multi-row insert (issue 17).
 */
export async function recordAudit(
  em: EntityManager,
  clock: Clock,
  entries: AuditEntry[],
): Promise<void> {
  if (!entries.length) return;
  const now = clock.now();
  const rows = entries.map((e) => ({ ...e, metadata: e.metadata ?? {}, createdAt: now }));
  await insertAtCommit(em, AuditEvent, rows, (identifiers) =>
    rows.forEach((row, i) =>
      stageEvent(em, {
        topic: 'AUDIT',
        payload: { ...row, id: Number(identifiers[i].id), createdAt: now.toISOString() },
      }),
    ),
  );
}
