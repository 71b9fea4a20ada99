import { NotFoundError } from '../src/errors';
import { fromGlobalId } from '../src/globalId';

/** The numeric id behind a global id of the expected type; NOT_FOUND otherwise. */
export function idOf(globalId: string, type: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw new NotFoundError(type);
  return parsed.id;
}

/** Like `idOf` for a list, without duplicates. */
export function idsOf(globalIds: readonly string[], type: string): number[] {
  return [...new Set(globalIds.map((id) => idOf(id, type)))];
}

/** `idOf` for an optional id. */
export function optionalIdOf(
  globalId: string | null | undefined,
  type: string,
): number | undefined {
  return globalId === null || globalId === undefined ? undefined : idOf(globalId, type);
}
