import { GroupMembership, OrganizationMember, TeamMember, User } from '../../../entities';
import { scopeOf } from '../../permissions/scope';
import type { ServiceDeps } from '../context';
import { Connection, connectionOfList, PageArgs } from '../pagination';

/** Reads of a user's own graph, limited to what the viewer may see. */
export class UserService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The user's organization memberships the viewer may see (own, or where it lists members). */
  async memberships(user: User, args: PageArgs): Promise<Connection<OrganizationMember>> {
    const all = await this.deps.loaders.membershipsOfUser.load(user.id);
    const visible = await Promise.all(all.map((m) => this.deps.access.canSeeMember(m)));
    return connectionOfList(
      all.filter((_, i) => visible[i]),
      args,
    );
  }

  /** The user's team memberships in teams the viewer may see. */
  async teams(user: User, args: PageArgs): Promise<Connection<TeamMember>> {
    const all = await this.deps.loaders.teamMembershipsOfUser.load(user.id);
    const teams = await this.deps.loaders.team.loadMany(all.map((t) => t.teamId));
    const visible = await Promise.all(
      teams.map((team) =>
        team instanceof Error || !team
          ? false
          : this.deps.access.can('team.read', scopeOf('Team', team)),
      ),
    );
    return connectionOfList(
      all.filter((_, i) => visible[i]),
      args,
    );
  }

  /** The user's group memberships the viewer may see. */
  async groups(user: User, args: PageArgs): Promise<Connection<GroupMembership>> {
    const all = await this.deps.loaders.groupMembershipsOfUser.load(user.id);
    const visible = await Promise.all(all.map((g) => this.deps.access.canSeeGroupMembership(g)));
    return connectionOfList(
      all.filter((_, i) => visible[i]),
      args,
    );
  }
}
