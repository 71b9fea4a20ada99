import { EntityManager } from 'typeorm';
import { AuditEvent } from '../../entities';
import type { Clock } from '../clock';

export interface AuditEntry {
  organizationId: number;
  /** Null for the system actor. */
  actorUserId: number | null;
  action: string;
  targetType: string;
  targetId: number;
  metadata?: Record<string, unknown>;
}

/** Writes audit events inside the caller's transaction (DESIGN §3.5). */
export async function recordAudit(
  em: EntityManager,
  clock: Clock,
  entries: AuditEntry[],
): Promise<void> {
  const now = clock.now();
  await em.insert(
    AuditEvent,
    entries.map((e) => ({ ...e, metadata: (e.metadata ?? {}) as never, createdAt: now })),
  );
}
