import { Organization, Team } from '../../../entities';
import { Action, definitionOf } from '../../permissions/matrix';
import type { ServiceDeps } from '../context';

interface Entities {
  Organization: Organization;
  Team: Team;
}

/**
 * The `resource` with id `id`, once the viewer holds `action` on it (NOT_FOUND or FORBIDDEN
 * otherwise), typed as that resource: for actions read from the mutation table
 * (`mutationAction`), whose type no longer says which resource they apply to.
 */
export async function requireOne<R extends keyof Entities>(
  deps: ServiceDeps,
  resource: R,
  action: Action,
  id: number,
): Promise<Entities[R]> {
  if (definitionOf(action).resource !== resource) {
    throw new Error(`${action} is not an action on a ${resource}.`);
  }
  const [entity] = await deps.access.require(action, [id]);
  return entity as Entities[R];
}
