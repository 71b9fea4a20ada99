import { Team, TeamMember } from '../../../entities';
import type { ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';

export class TeamService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Members of a team; the caller holds `team.read`. */
  members(team: Team, args: PageArgs): Promise<Connection<TeamMember>> {
    return loadPage(this.deps.loaders, 'teamMembers', team.id, args);
  }
}
