import { IsNull } from 'typeorm';
import { OrganizationMember } from '../../../../entities';
import { OrgRole } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer } from '../../context';
import { keepOneSuperAdmin, lockOrganization } from '../../organizations/seats';
import { notLinkable, notPartnerEmployee } from '../errors';
import {
  activePartnerEmployees,
  PartnerDeps,
  setToGrant,
  touchRelationship,
  verifiedDomains,
} from '../shared';
import { isVerifiedEmployee } from '../validators';

export interface PartnerEmployeeInput {
  clientOrganizationId: number;
  userId: number;
  permissionSetId: number;
}

/**
 * Links an existing user of the client account, who works for the viewer's partner, as a
 * partner employee with a permission set (R-PA-4). Caller holds
 * `organization.addPartnerEmployees`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function linkPartnerEmployee(
  { deps, members }: PartnerDeps,
  input: PartnerEmployeeInput,
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  const clientId = input.clientOrganizationId;
  await deps.access.require(mutationAction('linkPartnerEmployee'), [clientId]);
  const { partner, set } = await setToGrant(deps, clientId, input.permissionSetId);
  if (!(await activePartnerEmployees(deps, partner.id, [input.userId])).has(input.userId)) {
    throw notPartnerEmployee(partner.name, 'userId');
  }
  const user = (await deps.loaders.user.load(input.userId))!;
  const domains = await verifiedDomains(deps, partner.id);
  const linked = await runCommand(deps, async ({ em }) => {
    await lockOrganization(em, clientId);
    const member = await em.findOneBy(OrganizationMember, {
      organizationId: clientId,
      userId: input.userId,
      partnerOrganizationId: IsNull(),
    });
    if (!member) throw notLinkable();
    if (member.role === OrgRole.ADMIN)
      await keepOneSuperAdmin(em, member.organizationId, member.userId);
    const change = {
      role: OrgRole.PARTNER_ADMIN,
      partnerOrganizationId: partner.id,
      permissionSetId: set.id,
      verified: isVerifiedEmployee(user.email, domains),
    };
    await em.update(OrganizationMember, { id: member.id }, change);
    await touchRelationship(deps, em, partner.id, clientId);
    await recordAudit(em, deps.clock, [
      {
        organizationId: clientId,
        actorUserId: viewer.id,
        action: 'partner.employee.linked',
        targetType: 'User',
        targetId: input.userId,
        metadata: { permissionSet: set.name, verified: change.verified, before: member.role },
      },
    ]);
    return { ...member, ...change };
  });
  members.forget(clientId, input.userId);
  return linked;
}
