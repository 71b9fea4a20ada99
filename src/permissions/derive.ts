import { OrgRole } from '../../entities/enums';
import { Action, definitionOf } from './matrix';

/** Organization roles that grant `action` at one organization-level scope, read off the matrix. */
export function rolesGranting(
  action: Action,
  scope: 'organization' | 'manager' | 'audience',
): OrgRole[] {
  return definitionOf(action).grants.flatMap((g) => (g.scope === scope ? [...g.roles] : []));
}
