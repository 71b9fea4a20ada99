import { accessReviewJob } from './accessReviews';
import { deliveryJob } from './deliverNotifications';
import { eventRetentionJob } from './eventRetention';
import { inactivityJob } from './inactivity';
import { invitationExpiryJob } from './invitationExpiry';
import { relationshipEndJob } from './relationshipEnd';
import type { JobDefinition } from './types';

/** Every scheduled job, by name (`npm run job -- <name>`). */
export const JOBS: Record<string, JobDefinition> = Object.fromEntries(
  [
    inactivityJob,
    invitationExpiryJob,
    relationshipEndJob,
    accessReviewJob,
    deliveryJob,
    eventRetentionJob,
  ].map((j) => [j.name, j]),
);
