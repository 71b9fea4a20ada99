import { GroupMembership, OrganizationMember, TeamMember, User } from '../../../entities';
import type { ServiceDeps } from '../context';
import { Connection, connectionOfList, PageArgs } from '../pagination';

/** Reads of a user's own graph, limited to what the viewer may see. */
export class UserService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The user's organization memberships the viewer may see (own, or where it lists members). */
  async memberships(user: User, args: PageArgs): Promise<Connection<OrganizationMember>> {
    const all = await this.deps.loaders.membershipsOfUser.load(user.id);
    return connectionOfList(await this.deps.access.visibleMembers(all), args);
  }

  /** The user's team memberships in teams the viewer may see. */
  async teams(user: User, args: PageArgs): Promise<Connection<TeamMember>> {
    return connectionOfList(await this.deps.access.visibleTeamMembershipsOf(user.id), args);
  }

  /** The user's group memberships the viewer may see. */
  async groups(user: User, args: PageArgs): Promise<Connection<GroupMembership>> {
    return connectionOfList(await this.deps.access.visibleGroupMembershipsOf(user.id), args);
  }
}
