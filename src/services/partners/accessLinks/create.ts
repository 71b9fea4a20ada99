import { AccessLink, Organization, OrganizationMember } from '../../../../entities';
import { AccessLinkStatus } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { grantedBySet } from '../../../permissions/access';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import {
  accessLinkAlreadyPending,
  accessLinkEmployeeInClient,
  notPartnerEmployee,
} from '../errors';
import {
  activePartnerEmployees,
  PartnerDeps,
  partnerOfPartnerAdmin,
  permissionSetOf,
  requireHeld,
  viewerPartnerOf,
} from '../shared';
import { accessLinkExpiresAt } from '../validators';

export interface CreateAccessLinkInput {
  clientOrganizationId: number;
  permissionSetId: number;
  employeeUserId?: number;
  partnerOrganizationId?: number;
}

/** The partner the link is sent for: the viewer's own, or the partner admin's for an employee. */
async function partnerSending(
  deps: ServiceDeps,
  input: CreateAccessLinkInput,
  forSelf: boolean,
): Promise<Organization> {
  const clientId = input.clientOrganizationId;
  if (forSelf) {
    await deps.access.require(mutationAction('createAccessLink'), [clientId]);
    return viewerPartnerOf(deps, clientId, input.partnerOrganizationId);
  }
  await deps.access.require('organization.addPartnerEmployees', [clientId]);
  return partnerOfPartnerAdmin(deps, clientId);
}

/**
 * Creates an expiring access link for the viewer, or (a partner admin of the client) for
 * another employee of the partner (R-PA-2). Caller holds `organization.requestPartnerAccess`
 * (and `addPartnerEmployees` on behalf of someone, with R-PA-5 on the set). Errors: NOT_FOUND,
 * FORBIDDEN, BAD_USER_INPUT, CONFLICT (already in the account, or a link is pending).
 */
export async function createAccessLink(
  { deps }: PartnerDeps,
  input: CreateAccessLinkInput,
): Promise<AccessLink> {
  const viewer = requireViewer(deps);
  const clientId = input.clientOrganizationId;
  const employeeId = input.employeeUserId ?? viewer.id;
  const partner = await partnerSending(deps, input, employeeId === viewer.id);
  const set = await permissionSetOf(deps, clientId, input.permissionSetId);
  if (employeeId !== viewer.id) await requireHeld(deps, clientId, grantedBySet(set));
  if (!(await activePartnerEmployees(deps, partner.id, [employeeId])).has(employeeId)) {
    throw notPartnerEmployee(partner.name, 'employeeUserId');
  }
  const already = await deps.db.getRepository(OrganizationMember).findOneBy({
    organizationId: clientId,
    userId: employeeId,
  });
  if (already) throw accessLinkEmployeeInClient();
  const now = deps.clock.now();
  try {
    return await runCommand(deps, async ({ em }) => {
      const link = await em.save(
        em.create(AccessLink, {
          partnerOrganizationId: partner.id,
          clientOrganizationId: clientId,
          employeeUserId: employeeId,
          createdByUserId: viewer.id,
          permissionSetId: set.id,
          status: AccessLinkStatus.PENDING,
          pendingKey: `${clientId}:${employeeId}`,
          expiresAt: accessLinkExpiresAt(now),
          decidedByUserId: null,
          decidedAt: null,
          createdAt: now,
        }),
      );
      const entry = {
        actorUserId: viewer.id,
        action: 'accessLink.created',
        targetType: 'AccessLink',
        targetId: link.id,
        metadata: { employeeUserId: employeeId, permissionSet: set.name },
      };
      await recordAudit(em, deps.clock, [
        { ...entry, organizationId: clientId },
        { ...entry, organizationId: partner.id },
      ]);
      return link;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw accessLinkAlreadyPending();
    throw error;
  }
}
