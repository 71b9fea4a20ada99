import { defineError } from '../../errors';

/** Named errors that end a live subscription (`LiveAccess`). */

export const subscriberHoldsNothing = defineError(
  'FORBIDDEN',
  'SUBSCRIBER_HOLDS_NOTHING',
  'The subscriber lost its last organization, team or group: the subscription ends.',
  () =>
    'Not allowed: you are no longer an active member of any organization, team or group, so this subscription can deliver nothing.',
);
