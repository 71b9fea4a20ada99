import { IsNull, LessThanOrEqual } from 'typeorm';
import { AccessReview, AccessReviewItem } from '../entities';
import { AccessReviewStatus, NotificationKind, UndecidedOutcome } from '../entities/enums';
import { toGlobalId } from '../src/globalId';
import { runCommand } from '../src/services/command';
import { recordNotifications } from '../src/services/notifications/outbox';
import { applyReviewIn, forgetApplied } from '../src/services/reviews/applyReview';
import { reviewersOf } from '../src/services/reviews/reviewers';
import { systemDeps } from '../src/services/reviews/system';
import { REMINDER_DAYS, reminderDue } from '../src/services/reviews/validators';
import { DAY_MS, JobDefinition, JobDeps, JobSummary } from './types';

/** Reviews applied or reminded per run and step; the next run continues. */
export const REVIEWS_PER_RUN = 100;

/**
 * Access reviews at their due date (issue 21): each due review applies in one transaction (the
 * same step as `completeAccessReview`, with the system as actor); a review completed meanwhile
 * is skipped by the conditional claim. Then reminders 7 and 1 days ahead to the reviewers of
 * undecided items, through the outbox, each once.
 */
export async function runAccessReviews(deps: JobDeps): Promise<JobSummary> {
  const now = deps.clock.now();
  const due = await deps.db.getRepository(AccessReview).find({
    where: { status: AccessReviewStatus.OPEN, dueAt: LessThanOrEqual(now) },
    order: { id: 'ASC' },
    take: REVIEWS_PER_RUN,
  });
  let applied = 0;
  for (const review of due) {
    const system = systemDeps(deps);
    const done = await runCommand(system, (tx) => applyReviewIn(system, tx, review.id, null, now));
    if (!done) continue;
    forgetApplied(system, done);
    applied++;
  }
  return { reviewsApplied: applied, reviewReminders: await remind(deps) };
}

async function remind(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  const soon = await deps.db.getRepository(AccessReview).find({
    where: {
      status: AccessReviewStatus.OPEN,
      dueAt: LessThanOrEqual(new Date(now.getTime() + REMINDER_DAYS[0] * DAY_MS)),
    },
    order: { id: 'ASC' },
    take: REVIEWS_PER_RUN,
  });
  let sent = 0;
  for (const review of soon) {
    const threshold = reminderDue(review.dueAt, now, review.remindedDays);
    if (threshold === null) continue;
    sent += await runCommand(deps, async ({ em }) => {
      const claimed = await em
        .createQueryBuilder()
        .update(AccessReview)
        .set({ remindedDays: threshold })
        .where('id = :id AND status = :open AND (remindedDays IS NULL OR remindedDays > :t)', {
          id: review.id,
          open: AccessReviewStatus.OPEN,
          t: threshold,
        })
        .execute();
      if (!claimed.affected) return 0;
      const undecided = await em.findBy(AccessReviewItem, {
        reviewId: review.id,
        decision: IsNull(),
      });
      if (!undecided.length) return 0;
      const recipients = await reviewersOf(em, review, undecided);
      await recordNotifications(
        em,
        deps.clock,
        recipients.map((recipientUserId) => ({
          recipientUserId,
          kind: NotificationKind.ACCESS_REVIEW_REMINDER,
          data: {
            reviewName: review.name,
            undecided: undecided.length,
            undecidedOutcome: review.undecided === UndecidedOutcome.REMOVE ? 'removed' : 'kept',
            dueAt: review.dueAt.toISOString().slice(0, 10),
            daysLeft: threshold,
            link: `${deps.publicUrl}/access-reviews/${toGlobalId('AccessReview', review.id)}`,
          },
        })),
      );
      return recipients.length;
    });
  }
  return sent;
}

export const accessReviewJob: JobDefinition = {
  name: 'access-reviews',
  description:
    'Apply access reviews at their due date and remind reviewers of undecided items 7 and 1 days ahead (issue 21).',
  everyMs: 60 * 60 * 1000,
  run: runAccessReviews,
};
