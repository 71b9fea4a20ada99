import { Team, TeamMember } from '../../../entities';
import type { ServiceDeps } from '../context';
import { Connection, PageArgs, parsePage, toConnection } from '../pagination';

export class TeamService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Members of a team; the caller holds `team.read`. */
  async members(team: Team, args: PageArgs): Promise<Connection<TeamMember>> {
    const { first, afterId } = parsePage(args);
    const { loaders } = this.deps;
    const page = await loaders.pages.teamMembers.load({ parentId: team.id, first, afterId });
    return toConnection(page.rows as TeamMember[], page.hasNextPage, afterId, () =>
      loaders.counts.teamMembers.load({ parentId: team.id }),
    );
  }
}
