import { defineError } from '../../errors';

/** Named errors of the helpers every service shares (text, pages, idempotency, id lists). */

export const textLengthOutOfRange = defineError(
  'BAD_USER_INPUT',
  'TEXT_LENGTH_OUT_OF_RANGE',
  'A text argument is empty after trimming or longer than its limit; `field` names it.',
  (field: string, min: number, max: number) => ({
    message: `${field} must have ${min} to ${max} characters.`,
    details: { field },
  }),
);

export const idempotencyKeyInvalid = defineError(
  'BAD_USER_INPUT',
  'IDEMPOTENCY_KEY_INVALID',
  '`idempotencyKey` is shorter than 8 or longer than 100 characters.',
  () => ({
    message: 'idempotencyKey must have 8 to 100 characters.',
    details: { field: 'idempotencyKey' },
  }),
);

export const idempotencyKeyReused = defineError(
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'The idempotency key was used before with a different input.',
  () => 'This idempotency key was already used with a different input; use a new key.',
);

export const idempotencyKeyInUse = defineError(
  'CONFLICT',
  'IDEMPOTENCY_KEY_IN_USE',
  'A call with the same idempotency key is still running; retry after `retryAfterSeconds`.',
  () => ({
    message: 'A call with this idempotency key is still running; retry later.',
    details: { retryAfterSeconds: 1 },
  }),
);

export const invalidPageCursor = defineError(
  'BAD_USER_INPUT',
  'INVALID_PAGE_CURSOR',
  'An `after` or `before` cursor was not made by this list.',
  (field: string) => ({ message: 'Invalid cursor.', details: { field } }),
);

export const pageDirectionsMixed = defineError(
  'BAD_USER_INPUT',
  'PAGE_DIRECTIONS_MIXED',
  'A page asks for `first`/`after` and `last`/`before` at once.',
  (field: string) => ({
    message: 'Page forward with first/after or backward with last/before, not both.',
    details: { field },
  }),
);

export const pageSizeOutOfRange = defineError(
  'BAD_USER_INPUT',
  'PAGE_SIZE_OUT_OF_RANGE',
  '`first` or `last` is below 0 or above the largest page.',
  (field: string, max: number) => ({
    message: `${field} must be between 0 and ${max}.`,
    details: { field },
  }),
);

export const sinceNotBeforeUntil = defineError(
  'BAD_USER_INPUT',
  'SINCE_NOT_BEFORE_UNTIL',
  'An event log filter whose `since` is not before its `until`.',
  () => ({ message: 'since must be before until.', details: { field: 'since' } }),
);

export const tooManyNodeIds = defineError(
  'BAD_USER_INPUT',
  'TOO_MANY_NODE_IDS',
  '`nodes(ids)` asks for more ids than one call serves.',
  (max: number) => ({ message: `At most ${max} ids per call.`, details: { field: 'ids' } }),
);

export const membershipExpiryOutOfRange = defineError(
  'BAD_USER_INPUT',
  'MEMBERSHIP_EXPIRY_OUT_OF_RANGE',
  'A membership ends in the future and at most MAX_MEMBERSHIP_DAYS ahead (issue 21); `field` names the input.',
  (maxDays: number, field: string) => ({
    message: `A membership ends in the future and at most ${maxDays} days ahead (MAX_MEMBERSHIP_DAYS).`,
    details: { field },
  }),
);
