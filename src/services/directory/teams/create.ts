import { Team, TeamMember } from '../../../../entities';
import { TeamInvitePolicy, TeamPrivacy, TeamRole } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { mutationAction } from '../../../permissions/mutations';
import { runCommand } from '../../command';
import { boundedText } from '../../common/text';
import { requireViewer, ServiceDeps } from '../../context';
import { teamNameTaken } from '../errors';
import { auditTeam, forgetTeamMemberships } from './shared';

/**
 * Creates a team; the creator becomes its admin. Caller holds `organization.createTeam`.
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (name taken).
 */
export async function createTeam(
  deps: ServiceDeps,
  input: {
    organizationId: number;
    name: string;
    privacy: TeamPrivacy;
    invitePolicy: TeamInvitePolicy;
  },
): Promise<Team> {
  const viewer = requireViewer(deps);
  const action = mutationAction('createTeam');
  const org = await deps.access.requireOne(action, input.organizationId);
  const name = boundedText(input.name, 'name', { max: 191, singleLine: true });
  try {
    const team = await runCommand(deps, async ({ em }) => {
      const now = deps.clock.now();
      const created = await em.save(
        em.create(Team, {
          organizationId: org.id,
          name,
          privacy: input.privacy,
          invitePolicy: input.invitePolicy,
          createdAt: now,
        }),
      );
      await em.insert(TeamMember, {
        teamId: created.id,
        userId: viewer.id,
        organizationId: org.id,
        role: TeamRole.ADMIN,
        createdAt: now,
      });
      await auditTeam(deps, em, created, 'team.created', null, { privacy: input.privacy });
      return created;
    });
    forgetTeamMemberships(deps, [viewer.id]);
    return team;
  } catch (error) {
    if (isUniqueViolation(error)) throw teamNameTaken(name);
    throw error;
  }
}
