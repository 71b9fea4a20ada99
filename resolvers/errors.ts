import { defineError } from '../src/errors';

/** Named errors the resolvers raise while reading arguments. */

export const duplicateIds = defineError(
  'BAD_USER_INPUT',
  'DUPLICATE_IDS',
  'A list argument names the same id more than once; `field` names the list.',
  (field: string) => ({ message: `${field} lists an id more than once.`, details: { field } }),
);

export const participantExportFilter = defineError(
  'BAD_USER_INPUT',
  'PARTICIPANT_EXPORT_FILTER',
  'A participant export link was asked with a directory filter.',
  () => ({ message: 'Participant exports take no filter.', details: { field: 'filter' } }),
);
