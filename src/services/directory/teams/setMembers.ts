import { In } from 'typeorm';
import { OrganizationMember, TeamMember } from '../../../../entities';
import { MemberStatus, TeamRole } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { ItemWithRecord, resultsInOrder } from '../../common/bulk';
import { runCommand } from '../../command';
import type { ServiceDeps } from '../../context';
import { teamMemberNotInOrganization } from '../errors';
import { validateTeamUserIds } from '../validators';
import { auditTeam, forgetTeamMemberships } from './shared';

/**
 * Adds users of the organization to a team, or changes their team role (promote to or revoke
 * team admin). Caller holds `team.manageMembers` (team admins, company admins; R-DI-2).
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function setTeamMembers(
  deps: ServiceDeps,
  input: { teamId: number; userIds: number[]; role: TeamRole },
): Promise<ItemWithRecord<TeamMember>[]> {
  const team = await deps.access.requireOne(mutationAction('setTeamMembers'), input.teamId);
  const userIds = validateTeamUserIds(input.userIds);
  const members = await deps.db.getRepository(OrganizationMember).findBy({
    organizationId: team.organizationId,
    userId: In(userIds),
    status: In([MemberStatus.ACTIVE, MemberStatus.INVITED]),
  });
  const present = new Set(members.map((m) => m.userId));
  if (userIds.some((id) => !present.has(id))) throw teamMemberNotInOrganization();
  const results = await runCommand(deps, async ({ em }) => {
    const now = deps.clock.now();
    const existing = new Map(
      (await em.findBy(TeamMember, { teamId: team.id, userId: In(userIds) })).map((m) => [
        m.userId,
        m,
      ]),
    );
    const changed = new Set<number>();
    for (const userId of userIds) {
      const current = existing.get(userId);
      if (!current || current.role !== input.role) changed.add(userId);
      if (!current) {
        await em.insert(TeamMember, {
          teamId: team.id,
          userId,
          organizationId: team.organizationId,
          role: input.role,
          createdAt: now,
        });
        await auditTeam(deps, em, team, 'team.member.added', userId, { role: input.role });
      } else if (current.role !== input.role) {
        await em.update(TeamMember, { id: current.id }, { role: input.role });
        await auditTeam(deps, em, team, 'team.member.role.changed', userId, {
          before: current.role,
          after: input.role,
        });
      }
    }
    const rows = await em.findBy(TeamMember, { teamId: team.id, userId: In(userIds) });
    return resultsInOrder(userIds, new Map(rows.map((m) => [m.userId, m])), changed);
  });
  forgetTeamMemberships(deps, userIds);
  return results;
}
