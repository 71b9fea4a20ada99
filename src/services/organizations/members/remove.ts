import { OrgRole } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { partnerEmployeeNotRemovable } from '../errors';
import { keepOneSuperAdmin, lockOrganization } from '../seats';
import { removeMembership } from './removeMembership';
import { forgetMembership, memberOf, requireRoleChange } from './shared';

/**
 * Offboards a user: the membership, its team memberships and the engagement groups it held for
 * the organization go; the seat is freed. Never the last super admin (R-PA-8). Partner
 * employees leave through `removePartnerEmployees` (R-PA-7). Caller holds
 * `organization.manageMembers` (and `manageSuperAdmins` for a super admin). Errors: NOT_FOUND,
 * FORBIDDEN, BAD_USER_INPUT, CONFLICT.
 */
export async function removeOrganizationMember(
  deps: ServiceDeps,
  input: { organizationId: number; userId: number },
): Promise<void> {
  const viewer = requireViewer(deps);
  const action = mutationAction('removeOrganizationMember');
  await deps.access.require(action, [input.organizationId]);
  const current = await memberOf(deps.db.manager, input.organizationId, input.userId);
  if (current.partnerOrganizationId !== null) throw partnerEmployeeNotRemovable();
  await requireRoleChange(deps, action, input.organizationId, [current.role]);
  await runCommand(deps, async (tx) => {
    const { em } = tx;
    await lockOrganization(em, input.organizationId);
    const member = await memberOf(em, input.organizationId, input.userId);
    if (member.role === OrgRole.ADMIN) {
      await keepOneSuperAdmin(em, member.organizationId, member.userId);
    }
    await removeMembership(deps, tx, member);
    await recordAudit(em, deps.clock, [
      {
        organizationId: member.organizationId,
        actorUserId: viewer.id,
        action: 'member.removed',
        targetType: 'User',
        targetId: member.userId,
        metadata: { role: member.role, status: member.status },
      },
    ]);
  });
  forgetMembership(deps, input.organizationId, input.userId);
}
