import { OrganizationMember } from '../../../../entities';
import { OrgRole } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import type { ServiceDeps } from '../../context';
import { createMember } from '../../organizations/members/add';

/**
 * Invites a new person into the organization and the team (R-DI-2): team admins always,
 * members when the invite settings allow. Caller holds `team.invite`. Errors: as inviting a
 * member.
 */
export async function inviteToTeam(
  deps: ServiceDeps,
  input: { teamId: number; email: string; name: string },
): Promise<OrganizationMember> {
  const team = await deps.access.requireOne(mutationAction('inviteToTeam'), input.teamId);
  return createMember(deps, {
    organizationId: team.organizationId,
    email: input.email,
    name: input.name,
    role: OrgRole.MEMBER,
    invite: true,
    teamIds: [team.id],
  });
}
