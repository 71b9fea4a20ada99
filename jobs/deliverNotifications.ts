import { In, LessThanOrEqual } from 'typeorm';
import { Notification, User } from '../entities';
import { NotificationStatus } from '../entities/enums';
import { renderNotification } from '../src/notifications/templates';
import { JobDefinition, JobDeps, JobSummary } from './types';

/** Attempts before a notification is marked FAILED. */
export const MAX_ATTEMPTS = 5;
/** First retry delay; each further one doubles. */
export const RETRY_BASE_MS = 60 * 1000;
/** How long a claim holds: a deliverer that crashed mid-send lets another retry after it. */
export const CLAIM_MS = 10 * 60 * 1000;
const BATCH = 100;

/**
 * Delivers the outbox (DESIGN §1): each due notification is claimed by a conditional update
 * (so two deliverers never send the same one), sent through the mailer with a Message-ID fixed
 * at the first claim (kept across retries), then marked SENT; a failure is retried with
 * exponential backoff and becomes FAILED after MAX_ATTEMPTS.
 */
export async function runDelivery(deps: JobDeps): Promise<JobSummary> {
  const summary = { sent: 0, retried: 0, failed: 0 };
  const now = deps.clock.now();
  const repo = deps.db.getRepository(Notification);
  const due = await repo.find({
    select: { id: true },
    where: {
      status: In([NotificationStatus.PENDING, NotificationStatus.SENDING]),
      nextAttemptAt: LessThanOrEqual(now),
    },
    order: { id: 'ASC' },
    take: BATCH,
  });
  for (const { id } of due) {
    const claimed = await deps.transact(async (em) => {
      const result = await em
        .createQueryBuilder()
        .update(Notification)
        .set({
          status: NotificationStatus.SENDING,
          attempts: () => 'attempts + 1',
          nextAttemptAt: new Date(now.getTime() + CLAIM_MS),
          messageId: () => `COALESCE(messageId, '<notification-${id}@accessgraph>')`,
        })
        .where('id = :id AND status IN (:...open) AND nextAttemptAt <= :now', {
          id,
          open: [NotificationStatus.PENDING, NotificationStatus.SENDING],
          now,
        })
        .execute();
      return result.affected ? em.findOneByOrFail(Notification, { id }) : null;
    });
    if (!claimed) continue; // another deliverer has it
    const recipient = await deps.db.getRepository(User).findOneBy({ id: claimed.recipientUserId });
    try {
      if (!recipient) throw new Error('recipient no longer exists');
      const mail = renderNotification(claimed.kind, claimed.data, recipient.name);
      await deps.mailer.send({ to: recipient.email, ...mail, messageId: claimed.messageId! });
      await repo.update(
        { id, status: NotificationStatus.SENDING },
        { status: NotificationStatus.SENT, sentAt: deps.clock.now(), lastError: null },
      );
      summary.sent++;
    } catch (error) {
      const terminal = claimed.attempts >= MAX_ATTEMPTS || !recipient;
      await repo.update(
        { id, status: NotificationStatus.SENDING },
        {
          status: terminal ? NotificationStatus.FAILED : NotificationStatus.PENDING,
          nextAttemptAt: new Date(
            deps.clock.now().getTime() + RETRY_BASE_MS * 2 ** (claimed.attempts - 1),
          ),
          lastError: String((error as Error)?.message ?? error).slice(0, 1000),
        },
      );
      if (terminal) summary.failed++;
      else summary.retried++;
    }
  }
  return summary;
}

export const deliveryJob: JobDefinition = {
  name: 'notifications',
  description: 'Send the notification outbox through SMTP (or the log), with retries.',
  everyMs: 10 * 1000,
  run: runDelivery,
};
