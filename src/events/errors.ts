import { defineError } from '../errors';

/** Named errors of event cursors (`after` of the subscriptions). */

export const unknownEventCursor = defineError(
  'BAD_USER_INPUT',
  'UNKNOWN_EVENT_CURSOR',
  'An `after` cursor that no recorded event has (malformed, or past the newest event).',
  () => ({ message: 'Unknown cursor.', details: { field: 'after' } }),
);
