import { NotFoundError } from '../src/errors';
import { fromGlobalId } from '../src/globalId';
import { duplicateIds } from './errors';

/** The numeric id behind a global id of the expected type; NOT_FOUND otherwise. */
export function idOf(globalId: string, type: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw new NotFoundError(type);
  return parsed.id;
}

/**
 * Like `idOf` for a list, taken as sent: an id listed twice is BAD_USER_INPUT naming `field`, so
 * a limit on the list's length (R-BK-1) counts what the client sent.
 */
export function idsOf(globalIds: readonly string[], type: string, field: string): number[] {
  const ids = globalIds.map((id) => idOf(id, type));
  if (new Set(ids).size !== ids.length) {
    throw duplicateIds(field);
  }
  return ids;
}

/** `idOf` for an optional id. */
export function optionalIdOf(
  globalId: string | null | undefined,
  type: string,
): number | undefined {
  return globalId === null || globalId === undefined ? undefined : idOf(globalId, type);
}
