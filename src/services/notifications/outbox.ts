import { EntityManager } from 'typeorm';
import { Notification } from '../../../entities';
import { NotificationKind, NotificationStatus } from '../../../entities/enums';
import type { Clock } from '../../clock';
import { insertValues } from '../../db/insertRows';

export interface NotificationDraft {
  recipientUserId: number;
  kind: NotificationKind;
  data: Record<string, unknown>;
}

/** The columns an outbox row is written with; the others keep their defaults (NULL, 0). */
const COLUMNS = [
  'recipientUserId',
  'kind',
  'data',
  'status',
  'attempts',
  'nextAttemptAt',
  'createdAt',
] as const;

/**
 * Records notifications in the caller's transaction (the transactional outbox): they exist if
 * and only if the command committed. The delivery job sends them. Written as raw multi-row inserts
 * of at most ROWS_PER_INSERT rows: one access request notifies 10,000 Power Users (R-AR-1).
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
    data: d.data,
    status: NotificationStatus.PENDING,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  }));
  await insertValues(em, Notification, COLUMNS, rows);
}
