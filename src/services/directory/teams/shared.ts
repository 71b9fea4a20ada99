import { Team } from '../../../../entities';
import { recordAudit } from '../../audit';
import { requireViewer, ServiceDeps } from '../../context';
import { unknownTeam } from '../errors';

/** Helpers the team commands share. */

/** Teams of the organization by id; BAD_USER_INPUT naming `field` when one is not among them. */
export async function teamsOfOrganization(
  deps: ServiceDeps,
  organizationId: number,
  teamIds: number[],
  field = 'teamIds',
): Promise<Team[]> {
  if (!teamIds.length) return [];
  const teams = (await deps.loaders.team.loadMany(teamIds)).filter(
    (t): t is Team => t instanceof Team && t.organizationId === organizationId,
  );
  if (teams.length !== new Set(teamIds).size) throw unknownTeam(field);
  return teams;
}

/** The audit entry of a team change by the viewer, on the team or on one of its users. */
export function auditTeam(
  deps: ServiceDeps,
  em: Parameters<typeof recordAudit>[0],
  team: Team,
  action: string,
  targetUserId: number | null,
  metadata: Record<string, unknown> = {},
) {
  return recordAudit(em, deps.clock, [
    {
      organizationId: team.organizationId,
      actorUserId: requireViewer(deps).id,
      action,
      targetType: targetUserId === null ? 'Team' : 'User',
      targetId: targetUserId ?? team.id,
      metadata: { teamId: team.id, team: team.name, ...metadata },
    },
  ]);
}

/** Drops the request's cached team memberships of changed users. */
export function forgetTeamMemberships(deps: ServiceDeps, userIds: number[]): void {
  for (const id of userIds) deps.loaders.teamMembershipsOfUser.clear(id);
  deps.loaders.teamCountOfMember.clearAll();
  if (deps.viewer && userIds.includes(deps.viewer.id)) deps.access.refresh();
}
