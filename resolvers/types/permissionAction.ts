import { registerEnumType } from 'type-graphql';
import { Action, ACTIONS, definitionOf } from '../../src/permissions/matrix';

/** The GraphQL name of a matrix action: `organization.changeSeats` → `ORGANIZATION_CHANGE_SEATS`. */
export const enumNameOf = (action: Action): string =>
  action
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace('.', '_')
    .toUpperCase();

/**
 * The matrix's actions as a GraphQL enum: the enum names are `enumNameOf`, the internal values
 * the matrix keys, so resolvers and services keep working with `Action` strings.
 */
export const PermissionAction = Object.fromEntries(
  ACTIONS.map((action) => [enumNameOf(action), action]),
) as Record<string, Action>;

registerEnumType(PermissionAction, {
  name: 'PermissionAction',
  description:
    'An action of the permission matrix (docs/permissions.md): `organization.changeSeats` is ORGANIZATION_CHANGE_SEATS.',
  valuesConfig: Object.fromEntries(
    ACTIONS.map((action) => [
      enumNameOf(action),
      { description: `${action}: ${definitionOf(action).description}` },
    ]),
  ),
});
