import { TeamJoinRequest, TeamMember } from '../../../../entities';
import { JoinRequestStatus } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { mutationAction } from '../../../permissions/mutations';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { alreadyInTeam, joinRequestPending } from '../errors';
import { auditTeam } from './shared';

/**
 * Asks to join a discoverable team; its admins decide (R-DI-7). Caller holds
 * `team.requestJoin`. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (member, or pending request).
 */
export async function requestToJoinTeam(
  deps: ServiceDeps,
  teamId: number,
): Promise<TeamJoinRequest> {
  const viewer = requireViewer(deps);
  const team = await deps.access.requireOne(mutationAction('requestToJoinTeam'), teamId);
  const member = await deps.db
    .getRepository(TeamMember)
    .countBy({ teamId: team.id, userId: viewer.id });
  if (member) throw alreadyInTeam();
  try {
    return await runCommand(deps, async ({ em }) => {
      const request = await em.save(
        em.create(TeamJoinRequest, {
          teamId: team.id,
          organizationId: team.organizationId,
          userId: viewer.id,
          status: JoinRequestStatus.PENDING,
          pendingKey: `${team.id}:${viewer.id}`,
          decidedByUserId: null,
          decidedAt: null,
          createdAt: deps.clock.now(),
        }),
      );
      await auditTeam(deps, em, team, 'team.join.requested', viewer.id);
      return request;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw joinRequestPending();
    throw error;
  }
}
