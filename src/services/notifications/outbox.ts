import { EntityManager } from 'typeorm';
import { Notification } from '../../../entities';
import { NotificationKind, NotificationStatus } from '../../../entities/enums';
import type { Clock } from '../../clock';

export interface NotificationDraft {
  recipientUserId: number;
  kind: NotificationKind;
  data: Record<string, unknown>;
}

/** Rows per INSERT: one statement per chunk keeps a 10,000-recipient event within packet limits. */
const ROWS_PER_INSERT = 500;

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
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await em.insert(Notification, rows.slice(start, start + ROWS_PER_INSERT));
  }
}
