import { EntityManager } from 'typeorm';
import { Notification } from '../../../entities';
import { NotificationKind, NotificationStatus } from '../../../entities/enums';
import type { Clock } from '../../clock';
import { insertPerId, insertValues } from '../../db/insertRows';

/** What a notification says. */
export interface NotificationContent {
  kind: NotificationKind;
  data: Record<string, unknown>;
}

/** A notification to one recipient. */
export interface NotificationDraft extends NotificationContent {
  recipientUserId: number;
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
 * and only if the command committed. The delivery job sends them. Each draft says its own
 * content (the jobs' reminders); written as raw multi-row inserts of at most ROWS_PER_INSERT rows.
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
    ...pending(now),
  }));
  await insertValues(em, Notification, COLUMNS, rows);
}

/**
 * `recordNotifications` of one content to every recipient of `recipientUserIds`. One access
 * request notifies 10,000 Power Users (R-AR-1): their rows are one INSERT … SELECT over the
 * recipients' ids (`insertPerId`), the content sent to the database once, not 10,000 times.
 */
export async function recordNotificationFor(
  em: EntityManager,
  clock: Clock,
  recipientUserIds: readonly number[],
  content: NotificationContent,
): Promise<void> {
  if (recipientUserIds.length === 0) return;
  await insertPerId(em, Notification, 'recipientUserId', recipientUserIds, {
    kind: content.kind,
    data: content.data,
    ...pending(clock.now()),
  });
}

/** A new outbox row's delivery state: pending, due now. */
function pending(now: Date) {
  return {
    status: NotificationStatus.PENDING,
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
  };
}
