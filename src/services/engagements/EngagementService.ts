import { Engagement, GroupMembership, Program } from '../../../entities';
import { GroupKind } from '../../../entities/enums';
import { scopeOf } from '../../permissions/access';
import type { PageFilter } from '../../loaders/pages';
import type { ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';

export class EngagementService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Engagements of a program; the caller holds `program.readEngagements`. */
  engagements(program: Program, args: PageArgs): Promise<Connection<Engagement>> {
    return loadPage(this.deps.loaders, 'programEngagements', program.id, args);
  }

  /**
   * Group members of an engagement with their last access date (R-IN-2); the caller holds
   * `engagement.readMembers`. Power Users see only their own organization's members (R-PU-1,
   * R-PU-3).
   */
  async members(
    engagement: Engagement,
    group: GroupKind | null,
    args: PageArgs,
  ): Promise<Connection<GroupMembership>> {
    const { loaders, access } = this.deps;
    const grants = await access.matched(
      'engagement.readMembers',
      scopeOf('Engagement', engagement),
    );
    const unrestricted = grants.some((g) => g.ownOrganizationId === undefined);
    const ownOrganizations = [...new Set(grants.map((g) => g.ownOrganizationId!))];
    const filter: PageFilter = {
      ...(group ? { eq: { group } } : {}),
      ...(unrestricted ? {} : { in: { memberOrganizationId: ownOrganizations } }),
    };
    return loadPage(loaders, 'engagementMembers', engagement.id, args, filter);
  }
}
