import { EntityManager } from 'typeorm';
import { Organization, OrganizationDomain, OrganizationMember, Team } from '../../../../entities';
import { MemberStatus, OrgRole } from '../../../../entities/enums';
import { NotFoundError } from '../../../errors';
import { toGlobalId } from '../../../globalId';
import type { ActionOn } from '../../../permissions/matrix';
import { isDryRun, ServiceDeps } from '../../context';
import { domainOf, INVITATION_DAYS } from '../validators';

/** Helpers the member commands share. */

/**
 * The organization, once the viewer holds `action` on it, and `organization.manageSuperAdmins`
 * too when one of `roles` is super admin.
 */
export async function requireRoleChange(
  deps: ServiceDeps,
  action: ActionOn<'Organization'>,
  organizationId: number,
  roles: OrgRole[],
): Promise<Organization> {
  const org = await deps.access.requireOne(action, organizationId);
  if (roles.includes(OrgRole.ADMIN)) {
    await deps.access.require('organization.manageSuperAdmins', [organizationId]);
  }
  return org;
}

export async function memberOf(
  em: EntityManager,
  organizationId: number,
  userId: number,
): Promise<OrganizationMember> {
  const member = await em.findOneBy(OrganizationMember, { organizationId, userId });
  if (!member) throw new NotFoundError('OrganizationMember');
  return member;
}

/** The pending invitation of a user to the organization; NOT_FOUND when there is none. */
export async function invitedMember(
  em: EntityManager,
  organizationId: number,
  userId: number,
): Promise<OrganizationMember> {
  const member = await em.findOneBy(OrganizationMember, {
    organizationId,
    userId,
    status: MemberStatus.INVITED,
  });
  if (!member) throw new NotFoundError('Invitation');
  return member;
}

/** Whether the email's domain is one the organization verified: a managed user (R-DI-1). */
export function isManagedEmail(
  deps: ServiceDeps,
  organizationId: number,
  email: string,
): Promise<boolean> {
  return deps.db
    .getRepository(OrganizationDomain)
    .existsBy({ organizationId, domain: domainOf(email) });
}

/** The data of an ORGANIZATION_INVITATION notification. */
export function invitationData(
  deps: ServiceDeps,
  org: Organization,
  invitedBy: string,
  teams: Team[],
) {
  return {
    organizationName: org.name,
    invitedBy,
    teams: teams.map((t) => t.name),
    expiresInDays: INVITATION_DAYS,
    link: `${deps.publicUrl}/invitations/${toGlobalId('Organization', org.id)}`,
  };
}

/**
 * After a committed change of a user's membership: drops the request's cached memberships and
 * tells live subscriptions (on every instance) to recompute that user's access.
 */
export function forgetMembership(
  deps: ServiceDeps,
  organizationIds: number | number[],
  userId: number,
): void {
  deps.loaders.membershipsOfUser.clear(userId);
  for (const id of [organizationIds].flat()) {
    deps.loaders.organization.clear(id);
    deps.loaders.managersOfClient.clear(id);
  }
  if (deps.viewer?.id === userId) deps.access.refresh();
  if (!isDryRun(deps)) {
    void deps.events.publish([{ topic: 'ACCESS_CHANGED', payload: { userId } }]);
  }
}
