import { defineError } from '../../errors';

/** The named failures of access reviews (issue 21). */
export const reviewDueDateInvalid = defineError(
  'BAD_USER_INPUT',
  'REVIEW_DUE_DATE_INVALID',
  "An access review's due date must be in the future and at most MAX_REVIEW_DAYS ahead.",
  (maxDays: number) => ({
    message: `The due date must be in the future and at most ${maxDays} days ahead.`,
    details: { field: 'dueAt', maxDays },
  }),
);

export const reviewScopeMismatch = defineError(
  'BAD_USER_INPUT',
  'REVIEW_SCOPE_MISMATCH',
  "The scope id does not name what the review's kind covers (an engagement, a program, an organization).",
  (expected: string) => ({
    message: `This kind of review covers a ${expected}; give a ${expected} id.`,
    details: { field: 'scopeId' },
  }),
);

export const reviewEmpty = defineError(
  'BAD_USER_INPUT',
  'REVIEW_EMPTY',
  'The scope has nobody to review.',
  () => ({
    message: 'Nobody holds the access this review would cover.',
    details: { field: 'kind' },
  }),
);

export const reviewDecisionsInvalid = defineError(
  'BAD_USER_INPUT',
  'REVIEW_DECISIONS_INVALID',
  'A bulk decision names 1 to 50 distinct items.',
  (max: number) => ({
    message: `Decide 1 to ${max} distinct items per call.`,
    details: { field: 'decisions', max },
  }),
);

export const reviewJustificationRequired = defineError(
  'BAD_USER_INPUT',
  'REVIEW_JUSTIFICATION_REQUIRED',
  'A decision needs a justification of 1 to 500 characters.',
  (max: number) => ({
    message: `Give a justification of 1 to ${max} characters.`,
    details: { field: 'justification', max },
  }),
);

export const reviewClosed = defineError(
  'CONFLICT',
  'REVIEW_CLOSED',
  'The access review was already applied; its decisions can no longer change.',
  () => 'This access review was already applied.',
);

export const reviewItemDecided = defineError(
  'CONFLICT',
  'REVIEW_ITEM_DECIDED',
  'Another reviewer (or you) already decided this item; a decision is final.',
  () => 'This item was already decided.',
);
