import { Organization, ScimToken } from '../../../entities';
import type { ServiceDeps } from '../context';
import type { MemberService } from '../organizations/MemberService';
import { ScimGroups } from './groups';
import { ScimUsers } from './users';

export type { ScimGroupInput, ScimGroupRow, ScimQuery, ScimUserInput, ScimUserRow } from './scope';
export { MAX_GROUP_MEMBERS } from './scope';

/**
 * SCIM 2.0 provisioning of one organization (R-DI-1), on behalf of one SCIM token (R-PA-10). It
 * works through the same services as GraphQL: a provisioned user takes a seat through
 * `MemberService.create` (SEAT_LIMIT_REACHED when none is left, R-PR-4), deactivation frees it,
 * deletion removes only this organization's membership (R-MB-2). The actor is the system (null)
 * and every audit event names the token (`via: scim`). Partner employees are not SCIM-managed
 * (R-PA-7): they are not listed and cannot be reached.
 */
export class ScimService {
  readonly users: ScimUsers;
  readonly groups: ScimGroups;

  constructor(deps: ServiceDeps, members: MemberService, org: Organization, token: ScimToken) {
    this.users = new ScimUsers(deps, members, org, token);
    this.groups = new ScimGroups(deps, members, org, token);
  }

  listUsers: ScimUsers['listUsers'] = (...args) => this.users.listUsers(...args);
  getUser: ScimUsers['getUser'] = (...args) => this.users.getUser(...args);
  createUser: ScimUsers['createUser'] = (...args) => this.users.createUser(...args);
  replaceUser: ScimUsers['replaceUser'] = (...args) => this.users.replaceUser(...args);
  setActive: ScimUsers['setActive'] = (...args) => this.users.setActive(...args);
  deleteUser: ScimUsers['deleteUser'] = (...args) => this.users.deleteUser(...args);
  listGroups: ScimGroups['listGroups'] = (...args) => this.groups.listGroups(...args);
  getGroup: ScimGroups['getGroup'] = (...args) => this.groups.getGroup(...args);
  createGroup: ScimGroups['createGroup'] = (...args) => this.groups.createGroup(...args);
  replaceGroup: ScimGroups['replaceGroup'] = (...args) => this.groups.replaceGroup(...args);
  deleteGroup: ScimGroups['deleteGroup'] = (...args) => this.groups.deleteGroup(...args);
}
