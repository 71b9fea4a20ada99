import { TeamMember } from '../../../../entities';
import { NotFoundError } from '../../../errors';
import { mutationAction } from '../../../permissions/mutations';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { auditTeam, forgetTeamMemberships } from './shared';

/**
 * Removes a user from a team. The viewer leaving needs only to see the team (the declared
 * action); removing someone else needs `team.manageMembers`. Errors: NOT_FOUND, FORBIDDEN.
 */
export async function removeTeamMember(
  deps: ServiceDeps,
  input: { teamId: number; userId: number },
): Promise<void> {
  const viewer = requireViewer(deps);
  const action =
    input.userId === viewer.id ? mutationAction('removeTeamMember') : 'team.manageMembers';
  const team = await deps.access.requireOne(action, input.teamId);
  await runCommand(deps, async ({ em }) => {
    const result = await em.delete(TeamMember, { teamId: team.id, userId: input.userId });
    if (!result.affected) throw new NotFoundError('TeamMember');
    await auditTeam(deps, em, team, 'team.member.removed', input.userId);
  });
  forgetTeamMemberships(deps, [input.userId]);
}
