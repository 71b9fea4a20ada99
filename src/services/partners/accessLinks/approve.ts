import { EntityManager, Not } from 'typeorm';
import {
  AccessLink,
  ManagedRelationship,
  Organization,
  PermissionSet,
  User,
} from '../../../../entities';
import { NotificationKind, RelationshipStatus } from '../../../../entities/enums';
import { toGlobalId } from '../../../globalId';
import { mutationAction } from '../../../permissions/mutations';
import { ServiceDeps } from '../../context';
import { recordNotifications } from '../../notifications/outbox';
import {
  checkExpiry,
  insertEmployees,
  PartnerDeps,
  touchRelationship,
  verifiedDomains,
} from '../shared';
import { recordDecision, refuseIfLapsed } from './decide';

interface Admission {
  link: AccessLink;
  employee: User;
  partner: Organization;
  set: PermissionSet;
  domains: Set<string>;
  relationshipExpiresAt: Date | null;
}

/** The employee joins the client as partner admin, the relationship is touched, and notified. */
async function admit(deps: ServiceDeps, em: EntityManager, a: Admission): Promise<void> {
  const clientId = a.link.clientOrganizationId;
  const { partner, set, domains } = a;
  await insertEmployees(deps, em, clientId, { partner, employees: [a.employee], set, domains });
  await touchRelationship(deps, em, a.partner.id, clientId);
  if (a.relationshipExpiresAt) {
    await em.update(
      ManagedRelationship,
      {
        managerOrganizationId: a.partner.id,
        clientOrganizationId: clientId,
        status: Not(RelationshipStatus.ENDED),
      },
      { expiresAt: a.relationshipExpiresAt, expiryWarnedDays: null },
    );
  }
  await recordNotifications(em, deps.clock, [
    {
      recipientUserId: a.employee.id,
      kind: NotificationKind.ACCESS_LINK_APPROVED,
      data: {
        clientName: (await em.findOneByOrFail(Organization, { id: clientId })).name,
        permissionSet: a.set.name,
        link: `${deps.publicUrl}/organizations/${toGlobalId('Organization', clientId)}`,
      },
    },
  ]);
}

/**
 * Approves a pending link before it expires: the employee becomes a partner admin of the client
 * and is notified (R-PA-2); `relationshipExpiresAt` sets when the relationship expires (issue 21).
 * Caller holds `accessLink.decide` (client super admins). Errors: NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT, CONFLICT (decided or expired), SEAT_LIMIT_REACHED.
 */
export async function approveAccessLink(
  { deps, members }: PartnerDeps,
  accessLinkId: number,
  relationshipExpiresAt: Date | null = null,
): Promise<AccessLink> {
  await deps.access.require(mutationAction('approveAccessLink'), [accessLinkId]);
  const link = (await deps.loaders.accessLink.load(accessLinkId))!;
  const now = deps.clock.now();
  if (relationshipExpiresAt) checkExpiry(deps, relationshipExpiresAt, 'relationshipExpiresAt');
  await refuseIfLapsed(deps, link, now);
  const [employee, partner, set] = await Promise.all([
    deps.loaders.user.load(link.employeeUserId),
    deps.loaders.organization.load(link.partnerOrganizationId),
    deps.loaders.permissionSet.load(link.permissionSetId),
  ]);
  const domains = await verifiedDomains(deps, link.partnerOrganizationId);
  const admission = {
    link,
    employee: employee!,
    partner: partner!,
    set: set!,
    domains,
    relationshipExpiresAt,
  };
  const decided = await recordDecision(deps, link, now, true, (em) => admit(deps, em, admission));
  members.forget(link.clientOrganizationId, link.employeeUserId);
  return decided;
}
