import { Team } from '../../../../entities';
import { TeamInvitePolicy, TeamPrivacy } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { mutationAction } from '../../../permissions/mutations';
import { runCommand } from '../../command';
import { boundedText } from '../../common/text';
import type { ServiceDeps } from '../../context';
import { teamNameTaken } from '../errors';
import { auditTeam } from './shared';

/**
 * Changes name, privacy (R-DI-7) or invite settings (R-DI-2). Caller holds `team.update`.
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT.
 */
export async function updateTeam(
  deps: ServiceDeps,
  input: {
    teamId: number;
    name?: string;
    privacy?: TeamPrivacy;
    invitePolicy?: TeamInvitePolicy;
  },
): Promise<Team> {
  const team = await deps.access.requireOne(mutationAction('updateTeam'), input.teamId);
  const change: Partial<Team> = {};
  if (input.name !== undefined) {
    change.name = boundedText(input.name, 'name', { max: 191, singleLine: true });
  }
  if (input.privacy !== undefined) change.privacy = input.privacy;
  if (input.invitePolicy !== undefined) change.invitePolicy = input.invitePolicy;
  try {
    const updated = await runCommand(deps, async ({ em }) => {
      if (Object.keys(change).length) await em.update(Team, { id: team.id }, change);
      await auditTeam(deps, em, team, 'team.updated', null, change);
      return em.findOneByOrFail(Team, { id: team.id });
    });
    deps.loaders.team.clear(team.id).prime(team.id, updated);
    return updated;
  } catch (error) {
    if (isUniqueViolation(error)) throw teamNameTaken();
    throw error;
  }
}
