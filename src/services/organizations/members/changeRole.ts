import { OrganizationMember } from '../../../../entities';
import { OrgRole } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { keepOneSuperAdmin, lockOrganization } from '../seats';
import { licenseAfterRoleChange, validateNewRole } from '../validators';
import { forgetMembership, memberOf, requireRoleChange } from './shared';

/**
 * Changes a member's role (R-PR-3); a guest's full license becomes free (R-DI-5). Never
 * demotes the last super admin (R-PA-8). Caller holds `organization.manageMembers` (and
 * `manageSuperAdmins` when a super admin is involved). Errors: NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT, CONFLICT.
 */
export async function changeMemberRole(
  deps: ServiceDeps,
  input: { organizationId: number; userId: number; role: OrgRole },
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  validateNewRole(input.role);
  const action = mutationAction('changeMemberRole');
  await deps.access.require(action, [input.organizationId]);
  const current = await memberOf(deps.db.manager, input.organizationId, input.userId);
  await requireRoleChange(deps, action, input.organizationId, [current.role, input.role]);
  const updated = await runCommand(deps, async ({ em }) => {
    await lockOrganization(em, input.organizationId);
    const member = await memberOf(em, input.organizationId, input.userId);
    if (member.role === input.role) return member;
    if (member.role === OrgRole.ADMIN) {
      await keepOneSuperAdmin(em, member.organizationId, member.userId);
    }
    const license = licenseAfterRoleChange(input.role, member.license);
    await em.update(OrganizationMember, { id: member.id }, { role: input.role, license });
    await recordAudit(em, deps.clock, [
      {
        organizationId: member.organizationId,
        actorUserId: viewer.id,
        action: 'member.role.changed',
        targetType: 'User',
        targetId: member.userId,
        metadata: { before: member.role, after: input.role, license },
      },
    ]);
    return { ...member, role: input.role, license };
  });
  forgetMembership(deps, input.organizationId, input.userId);
  return updated;
}
