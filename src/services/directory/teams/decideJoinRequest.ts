import { TeamJoinRequest, TeamMember } from '../../../../entities';
import { JoinRequestStatus, TeamRole } from '../../../../entities/enums';
import { NotFoundError } from '../../../errors';
import { mutationAction } from '../../../permissions/mutations';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { joinRequestDecided } from '../errors';
import { auditTeam, forgetTeamMemberships } from './shared';

/**
 * Approves (the requester joins) or denies a pending join request. Caller holds
 * `team.decideJoinRequests` on the request's team (`approveTeamJoinRequest`,
 * `denyTeamJoinRequest`). Errors: NOT_FOUND, FORBIDDEN, CONFLICT (decided).
 */
export async function decideTeamJoinRequest(
  deps: ServiceDeps,
  requestId: number,
  approve: boolean,
): Promise<TeamJoinRequest> {
  const viewer = requireViewer(deps);
  const request = await deps.db.getRepository(TeamJoinRequest).findOneBy({ id: requestId });
  if (!request) throw new NotFoundError('TeamJoinRequest');
  const action = mutationAction(approve ? 'approveTeamJoinRequest' : 'denyTeamJoinRequest');
  const team = await deps.access.requireOne(action, request.teamId);
  const decided = await runCommand(deps, async ({ em }) => {
    const now = deps.clock.now();
    const result = await em
      .createQueryBuilder()
      .update(TeamJoinRequest)
      .set({
        status: approve ? JoinRequestStatus.APPROVED : JoinRequestStatus.DENIED,
        pendingKey: null,
        decidedByUserId: viewer.id,
        decidedAt: now,
      })
      .where('id = :id AND status = :pending', {
        id: request.id,
        pending: JoinRequestStatus.PENDING,
      })
      .execute();
    if (!result.affected) throw joinRequestDecided();
    if (approve) {
      const present = await em.countBy(TeamMember, { teamId: team.id, userId: request.userId });
      if (!present) {
        await em.insert(TeamMember, {
          teamId: team.id,
          userId: request.userId,
          organizationId: team.organizationId,
          role: TeamRole.MEMBER,
          createdAt: now,
        });
      }
    }
    const audited = approve ? 'team.join.approved' : 'team.join.denied';
    await auditTeam(deps, em, team, audited, request.userId);
    return em.findOneByOrFail(TeamJoinRequest, { id: request.id });
  });
  if (approve) forgetTeamMemberships(deps, [request.userId]);
  return decided;
}
