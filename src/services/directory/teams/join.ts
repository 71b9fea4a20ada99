import { TeamMember } from '../../../../entities';
import { TeamRole } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { mutationAction } from '../../../permissions/mutations';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { alreadyInTeam } from '../errors';
import { auditTeam, forgetTeamMemberships } from './shared';

/**
 * Joins an open team directly (R-DI-7). Caller holds `team.join`. Errors: NOT_FOUND,
 * FORBIDDEN (not open), CONFLICT (already a member).
 */
export async function joinTeam(deps: ServiceDeps, teamId: number): Promise<TeamMember> {
  const viewer = requireViewer(deps);
  const team = await deps.access.requireOne(mutationAction('joinTeam'), teamId);
  try {
    const member = await runCommand(deps, async ({ em }) => {
      await em.insert(TeamMember, {
        teamId: team.id,
        userId: viewer.id,
        organizationId: team.organizationId,
        role: TeamRole.MEMBER,
        createdAt: deps.clock.now(),
      });
      await auditTeam(deps, em, team, 'team.joined', viewer.id);
      return em.findOneByOrFail(TeamMember, { teamId: team.id, userId: viewer.id });
    });
    forgetTeamMemberships(deps, [viewer.id]);
    return member;
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyInTeam();
    throw error;
  }
}
