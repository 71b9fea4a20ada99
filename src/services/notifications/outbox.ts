import { EntityManager } from 'typeorm';
import { Notification } from '../../../entities';
import { NotificationKind, NotificationStatus } from '../../../entities/enums';
import type { Clock } from '../../clock';
import { insertRows } from '../../db/insertRows';

export interface NotificationDraft {
  recipientUserId: number;
  kind: NotificationKind;
  data: Record<string, unknown>;
}

/**
 * Records notifications in the caller's transaction (the transactional outbox): they exist if
 * and only if the command committed. The delivery job sends them. Written as multi-row inserts
 * of at most ROWS_PER_INSERT rows.
 */
export async function recordNotifications(
  em: EntityManager,
  clock: Clock,
  drafts: NotificationDraft[],
): Promise<void> {
  if (drafts.length === 0) return;
  const now = clock.now();
  const rows = drafts.map((d) => ({
    recipientUserId: d.recipientUserId,
    kind: d.kind,
    data: d.data as never,
    status: NotificationStatus.PENDING,
    attempts: 0,
    nextAttemptAt: now,
    messageId: null,
    lastError: null,
    sentAt: null,
    createdAt: now,
  }));
  await insertRows(em, Notification, rows);
}
