import type { AccessReview } from '../../../entities';
import type { ResourceScope } from '../../permissions/scope';
import type {
  AccessReviewEventPayload,
  AccessReviewEventType,
  PendingEvent,
} from '../../pubsub/events';

/** The `ACCESS_REVIEW` event of a change to `review`, from the row the command holds. */
export function reviewEvent(
  type: AccessReviewEventType,
  review: AccessReview,
  itemCount: number,
  actorUserId: number | null,
  at: Date,
): PendingEvent {
  return {
    topic: 'ACCESS_REVIEW',
    payload: {
      type,
      accessReviewId: review.id,
      kind: review.kind,
      status: review.status,
      name: review.name,
      organizationId: review.organizationId,
      programId: review.programId,
      engagementId: review.engagementId,
      itemCount,
      actorUserId,
      occurredAt: at.toISOString(),
    },
  };
}

/** The matrix scope of a review event, as `scopeOf('AccessReview', …)` of its review. */
export function reviewEventScope(e: AccessReviewEventPayload): ResourceScope {
  return {
    organizationId: e.organizationId,
    ...(e.programId === null ? {} : { programId: e.programId }),
    ...(e.engagementId === null ? {} : { engagementId: e.engagementId }),
    reviewKind: e.kind,
  };
}
