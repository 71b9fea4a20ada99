import { OrganizationMember } from '../../../../entities';
import { NotFoundError } from '../../../errors';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requestedExpiry } from '../../common/expiry';
import { requireViewer, ServiceDeps } from '../../context';
import { partnerEmployeeNotRemovable } from '../errors';
import { forgetMembership, memberOf, requireRoleChange } from './shared';

/**
 * Sets or clears (null) the end of an organization membership (issue 21): at most
 * MAX_MEMBERSHIP_DAYS ahead; the warnings start again. Caller holds `organization.manageMembers`
 * (and `manageSuperAdmins` for a super admin). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT
 * (MEMBERSHIP_EXPIRY_OUT_OF_RANGE), CONFLICT (a partner employee).
 */
export async function setOrganizationMemberExpiry(
  deps: ServiceDeps,
  input: { organizationId: number; userId: number; expiresAt: Date | null },
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  const action = mutationAction('setOrganizationMemberExpiry');
  await deps.access.require(action, [input.organizationId]);
  const current = await memberOf(deps.db.manager, input.organizationId, input.userId);
  // A partner employee's access ends with its relationship (R-PA-7, relationship expiry).
  if (current.partnerOrganizationId !== null) throw partnerEmployeeNotRemovable();
  await requireRoleChange(deps, action, input.organizationId, [current.role]);
  const expiresAt = requestedExpiry(deps, input.expiresAt);
  const updated = await runCommand(deps, async ({ em }) => {
    const member = await memberOf(em, input.organizationId, input.userId);
    const change = { expiresAt, expiryWarnedDays: null };
    // The expiry job may have removed the member meanwhile: then NOT_FOUND, nothing audited.
    const { affected } = await em.update(OrganizationMember, { id: member.id }, change);
    if (!affected) throw new NotFoundError('OrganizationMember');
    await recordAudit(em, deps.clock, [
      {
        organizationId: member.organizationId,
        actorUserId: viewer.id,
        action: 'member.expiry.set',
        targetType: 'User',
        targetId: member.userId,
        metadata: {
          before: member.expiresAt?.toISOString() ?? null,
          after: expiresAt?.toISOString() ?? null,
        },
      },
    ]);
    return { ...member, ...change };
  });
  forgetMembership(deps, input.organizationId, input.userId);
  return updated;
}
