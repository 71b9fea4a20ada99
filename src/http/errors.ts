import { defineError } from '../errors';

/** Named errors of the CSV / JSON Lines downloads under `/exports` and their links. */

export const exportFilterUnknownValue = defineError(
  'BAD_USER_INPUT',
  'EXPORT_FILTER_UNKNOWN_VALUE',
  'A download filter parameter (`role`, `license`) with a value the filter does not know.',
  (name: string, value: string) => ({
    message: `Unknown ${name} "${value}".`,
    details: { field: name },
  }),
);

export const exportDateInvalid = defineError(
  'BAD_USER_INPUT',
  'EXPORT_DATE_INVALID',
  'A download parameter (`since`, `until`) that is not an ISO date.',
  (name: string) => ({ message: `${name} must be an ISO date.`, details: { field: name } }),
);

export const exportLinkInvalid = defineError(
  'UNAUTHENTICATED',
  'EXPORT_LINK_INVALID',
  'An export link token that is invalid, expired, or made for another export or other filters.',
  () => 'The export link is invalid or expired, or was made for another export.',
);
