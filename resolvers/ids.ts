import { NotFoundError } from '../src/errors';
import { fromGlobalId } from '../src/globalId';

/** The numeric id behind a global id of the expected type; NOT_FOUND otherwise. */
export function idOf(globalId: string, type: string): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw new NotFoundError(type);
  return parsed.id;
}
