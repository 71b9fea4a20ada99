import { defineError } from '../errors';

/** Past this many events waiting for one subscriber, its subscription ends (it cannot keep up). */
export const MAX_WAITING = 1024;

/** Named errors of the event bus's subscriber streams (`EventStream`). */
export const subscriberTooSlow = defineError(
  'SERVICE_UNAVAILABLE',
  'SUBSCRIBER_TOO_SLOW',
  `More than ${MAX_WAITING} events waited for one subscriber (it does not read its socket): the subscription ends.`,
  () =>
    'This subscription fell too far behind its events and was ended; subscribe again with the cursor of the last event received to resume.',
);
