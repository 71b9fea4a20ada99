import { EntityManager, In, Not } from 'typeorm';
import {
  ManagedRelationship,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  PermissionSet,
  User,
} from '../../../entities';
import {
  ClientPermission,
  License,
  MemberStatus,
  OrgRole,
  RelationshipStatus,
} from '../../../entities/enums';
import { grantedBySet } from '../../permissions/access';
import { requireViewer, ServiceDeps } from '../context';
import type { MemberService } from '../organizations/MemberService';
import { occupySeats } from '../organizations/seats';
import { partnerAdminRequired, permissionSetUnknown } from './errors';
import {
  choosePartner,
  DEFAULT_MAX_RELATIONSHIP_DAYS,
  isVerifiedEmployee,
  requireAllHeld,
  validateRelationshipExpiry,
} from './validators';

/** What every partner command works with: the request's deps and the members' cache. */
export interface PartnerDeps {
  deps: ServiceDeps;
  members: MemberService;
}

/** R-PA-5: FORBIDDEN unless the viewer holds every permission in `permissions` (super admins hold all). */
export async function requireHeld(
  deps: ServiceDeps,
  clientId: number,
  permissions: ClientPermission[],
): Promise<void> {
  const roles = await deps.access.organizationRoles();
  if (roles.get(clientId) === OrgRole.ADMIN) return;
  requireAllHeld(await deps.access.permissionsIn(clientId), permissions);
}

/** A permission set of the client, else BAD_USER_INPUT on `permissionSetId`. */
export async function permissionSetOf(
  deps: ServiceDeps,
  clientId: number,
  permissionSetId: number,
): Promise<PermissionSet> {
  const set = await deps.loaders.permissionSet.load(permissionSetId);
  if (!set || set.clientOrganizationId !== clientId) throw permissionSetUnknown();
  return set;
}

/**
 * For a partner admin granting a set to employees: the partner it acts for (R-PA-7) and the
 * client's set, which it must fully hold (R-PA-5).
 */
export async function setToGrant(
  deps: ServiceDeps,
  clientId: number,
  permissionSetId: number,
): Promise<{ partner: Organization; set: PermissionSet }> {
  const partner = await partnerOfPartnerAdmin(deps, clientId);
  const set = await permissionSetOf(deps, clientId, permissionSetId);
  await requireHeld(deps, clientId, grantedBySet(set));
  return { partner, set };
}

/** The partner organization the viewer works for that manages the client (active relationship). */
export async function viewerPartnerOf(
  deps: ServiceDeps,
  clientId: number,
  requested?: number,
): Promise<Organization> {
  const roles = await deps.access.organizationRoles();
  const managers = await deps.loaders.managersOfClient.load(clientId);
  const partnerId = choosePartner(
    managers.map((r) => r.managerOrganizationId),
    roles,
    requested,
  );
  return (await deps.loaders.organization.load(partnerId))!;
}

/** The partner a partner admin acts for in a client account (from its membership there, R-PA-7). */
export async function partnerOfPartnerAdmin(
  deps: ServiceDeps,
  clientId: number,
): Promise<Organization> {
  const viewer = requireViewer(deps);
  const mine = await deps.loaders.membershipsOfUser.load(viewer.id);
  const membership = mine.find(
    (m) => m.organizationId === clientId && m.partnerOrganizationId !== null,
  );
  if (!membership) throw partnerAdminRequired();
  return (await deps.loaders.organization.load(membership.partnerOrganizationId!))!;
}

/** Those of `userIds` who are active members of the partner. */
export async function activePartnerEmployees(
  deps: ServiceDeps,
  partnerId: number,
  userIds: number[],
): Promise<Set<number>> {
  if (!userIds.length) return new Set();
  const rows = await deps.db.getRepository(OrganizationMember).findBy({
    organizationId: partnerId,
    userId: In(userIds),
    status: MemberStatus.ACTIVE,
  });
  return new Set(rows.map((r) => r.userId));
}

/** The partner's email domains, lowercased: their employees are marked verified (R-PA-3). */
export async function verifiedDomains(deps: ServiceDeps, partnerId: number): Promise<Set<string>> {
  const domains = await deps.db
    .getRepository(OrganizationDomain)
    .findBy({ organizationId: partnerId });
  return new Set(domains.map((d) => d.domain.toLowerCase()));
}

/** BAD_USER_INPUT unless `expiresAt` is ahead and within MAX_RELATIONSHIP_DAYS (issue 21). */
export function checkExpiry(deps: ServiceDeps, expiresAt: Date, field: string): void {
  const maxDays = deps.maxRelationshipDays ?? DEFAULT_MAX_RELATIONSHIP_DAYS;
  validateRelationshipExpiry(expiresAt, deps.clock.now(), maxDays, field);
}

/** Partner admins of the client, in seats, verified by the partner's domains (R-PA-3). */
export async function insertEmployees(
  deps: ServiceDeps,
  em: EntityManager,
  clientId: number,
  hire: { partner: Organization; employees: User[]; set: PermissionSet; domains: Set<string> },
): Promise<void> {
  await occupySeats(em, clientId, hire.employees.length);
  const now = deps.clock.now();
  await em.insert(
    OrganizationMember,
    hire.employees.map((user) => ({
      organizationId: clientId,
      userId: user.id,
      role: OrgRole.PARTNER_ADMIN,
      license: License.FULL,
      status: MemberStatus.ACTIVE,
      lastActivityAt: null,
      partnerOrganizationId: hire.partner.id,
      permissionSetId: hire.set.id,
      verified: isVerifiedEmployee(user.email, hire.domains),
      billingPermission: false,
      reportsAccess: false, // R-PA-9: a permission set never grants reports access
      createdAt: now,
    })),
  );
}

/** Partner activity in a client account keeps (or brings back) the relationship active. */
export async function touchRelationship(
  deps: ServiceDeps,
  em: EntityManager,
  partnerId: number,
  clientId: number,
): Promise<void> {
  await em.update(
    ManagedRelationship,
    {
      managerOrganizationId: partnerId,
      clientOrganizationId: clientId,
      status: Not(RelationshipStatus.ENDED),
    },
    {
      lastPartnerActivityAt: deps.clock.now(),
      status: RelationshipStatus.ACTIVE,
      endsAt: null,
    },
  );
}
