import { definitionOf, type ActionOn, type ResourceType } from '../../permissions/matrix';
import { mutationAction } from '../../permissions/mutations';

type DeclaredMutation = Parameters<typeof mutationAction>[0];

/**
 * The action `mutation` declares (src/permissions/mutations.ts), typed by the resource it acts
 * on so `access.require` returns that resource's rows; throws when the declaration names an
 * action on another resource (a programming error the tests meet first).
 */
export function declaredAction<R extends ResourceType>(
  mutation: DeclaredMutation,
  resource: R,
): ActionOn<R> {
  const action = mutationAction(mutation);
  if (definitionOf(action).resource !== resource) {
    throw new Error(`${mutation} declares ${action}, not an action on ${resource}`);
  }
  return action as ActionOn<R>;
}
