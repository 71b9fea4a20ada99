import { EntityManager } from 'typeorm';
import { OrganizationMember, PermissionSet } from '../../../entities';
import { ClientPermission, OrgRole } from '../../../entities/enums';
import { mutationAction } from '../../permissions/mutations';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { requireViewer, ServiceDeps } from '../context';
import { keepOneSuperAdmin, lockOrganization } from '../organizations/seats';
import { PartnerDeps, touchRelationship, verifiedDomains, viewerPartnerOf } from './shared';
import { FULL_ACCESS_SET, isVerifiedEmployee } from './validators';

export interface SwitchToPartnerAdminInput {
  organizationId: number;
  partnerOrganizationId?: number;
  keepBilling: boolean;
}

/** The client's "Full access" set, created with every permission the first time it is needed. */
async function fullAccessSet(
  deps: ServiceDeps,
  em: EntityManager,
  clientId: number,
): Promise<PermissionSet> {
  const found = await em.findOneBy(PermissionSet, {
    clientOrganizationId: clientId,
    name: FULL_ACCESS_SET,
  });
  return (
    found ??
    em.save(
      em.create(PermissionSet, {
        clientOrganizationId: clientId,
        name: FULL_ACCESS_SET,
        permissions: Object.values(ClientPermission),
        createdAt: deps.clock.now(),
      }),
    )
  );
}

/**
 * A super admin of the client switches itself to partner admin for a partner it works for,
 * optionally keeping billing permission; the last super admin cannot (R-PA-8, checked under a
 * row lock). Caller holds `organization.switchToPartnerAdmin`. Errors: NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT, CONFLICT.
 */
export async function switchToPartnerAdmin(
  { deps, members }: PartnerDeps,
  input: SwitchToPartnerAdminInput,
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  const clientId = input.organizationId;
  await deps.access.require(mutationAction('switchToPartnerAdmin'), [clientId]);
  const switched = await runCommand(deps, async ({ em }) => {
    // The last super admin is refused first, whoever it works for (R-PA-8).
    await lockOrganization(em, clientId);
    await keepOneSuperAdmin(em, clientId, viewer.id);
    const partner = await viewerPartnerOf(deps, clientId, input.partnerOrganizationId);
    const domains = await verifiedDomains(deps, partner.id);
    const member = await em.findOneByOrFail(OrganizationMember, {
      organizationId: clientId,
      userId: viewer.id,
    });
    const full = await fullAccessSet(deps, em, clientId);
    const change = {
      role: OrgRole.PARTNER_ADMIN,
      partnerOrganizationId: partner.id,
      permissionSetId: full.id,
      billingPermission: input.keepBilling,
      // A super admin held reports access; switching keeps it (R-PA-9).
      reportsAccess: true,
      verified: isVerifiedEmployee(viewer.email, domains),
    };
    await em.update(OrganizationMember, { id: member.id }, change);
    await touchRelationship(deps, em, partner.id, clientId);
    await recordAudit(em, deps.clock, [
      {
        organizationId: clientId,
        actorUserId: viewer.id,
        action: 'member.switchedToPartnerAdmin',
        targetType: 'User',
        targetId: viewer.id,
        metadata: { partnerOrganizationId: partner.id, keepBilling: input.keepBilling },
      },
    ]);
    return { ...member, ...change };
  });
  members.forget(clientId, viewer.id);
  return switched;
}
