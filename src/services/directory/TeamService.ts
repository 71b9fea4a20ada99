import { OrganizationMember, Team, TeamJoinRequest, TeamMember } from '../../../entities';
import { JoinRequestStatus } from '../../../entities/enums';
import type { ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';
import { createTeam } from './teams/create';
import { decideTeamJoinRequest } from './teams/decideJoinRequest';
import { inviteToTeam } from './teams/invite';
import { joinTeam } from './teams/join';
import { removeTeamMember } from './teams/removeMember';
import { requestToJoinTeam } from './teams/requestJoin';
import { setTeamMembers } from './teams/setMembers';
import { updateTeam } from './teams/update';

/**
 * Teams (R-DI-2, R-DI-7): creation, privacy and invite settings, members and team admins, open
 * joins and join requests for discoverable teams. A facade: each command is a file in `teams/`.
 */
export class TeamService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Members of a team; the caller holds `team.read`. */
  members(team: Team, args: PageArgs): Promise<Connection<TeamMember>> {
    return loadPage(this.deps.loaders, 'teamMembers', team.id, args);
  }

  /** Pending join requests of a team; the caller holds `team.decideJoinRequests`. */
  joinRequests(team: Team, args: PageArgs): Promise<Connection<TeamJoinRequest>> {
    return loadPage(this.deps.loaders, 'teamJoinRequests', team.id, args, {
      eq: { status: JoinRequestStatus.PENDING },
    });
  }

  createTeam(input: Parameters<typeof createTeam>[1]): Promise<Team> {
    return createTeam(this.deps, input);
  }

  updateTeam(input: Parameters<typeof updateTeam>[1]): Promise<Team> {
    return updateTeam(this.deps, input);
  }

  setTeamMembers(input: Parameters<typeof setTeamMembers>[1]): ReturnType<typeof setTeamMembers> {
    return setTeamMembers(this.deps, input);
  }

  removeTeamMember(input: { teamId: number; userId: number }): Promise<void> {
    return removeTeamMember(this.deps, input);
  }

  joinTeam(teamId: number): Promise<TeamMember> {
    return joinTeam(this.deps, teamId);
  }

  requestToJoinTeam(teamId: number): Promise<TeamJoinRequest> {
    return requestToJoinTeam(this.deps, teamId);
  }

  approveTeamJoinRequest(requestId: number): Promise<TeamJoinRequest> {
    return decideTeamJoinRequest(this.deps, requestId, true);
  }

  denyTeamJoinRequest(requestId: number): Promise<TeamJoinRequest> {
    return decideTeamJoinRequest(this.deps, requestId, false);
  }

  inviteToTeam(input: {
    teamId: number;
    email: string;
    name: string;
  }): Promise<OrganizationMember> {
    return inviteToTeam(this.deps, input);
  }
}
