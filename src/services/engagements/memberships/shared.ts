import { In } from 'typeorm';
import { Engagement, Organization, OrganizationMember, Program, User } from '../../../../entities';
import { GroupKind, MembershipOutcome, MemberStatus } from '../../../../entities/enums';
import type { GroupMembership } from '../../../../entities';
import { scopeOf } from '../../../permissions/scope';
import type { Action } from '../../../permissions/matrix';
import { like, likePattern } from '../../common/text';
import { isDryRun, ServiceDeps } from '../../context';
import { notOrganizationUsers } from '../errors';
import {
  memberOrganizationId,
  missingFrom,
  ownOrganizationsOf,
  requireAddCount,
} from '../validators';

/** What a group change did to one user. */
export interface MembershipChange {
  user: User;
  outcome: MembershipOutcome;
  membership: GroupMembership | null;
}

/** Where a group lives: a program scope, or one engagement of it. */
export interface GroupTarget {
  programId: number;
  hostOrganizationId: number;
  engagement: Engagement | null;
}

/** A user to add, with the organization they act for in the group. */
export interface AddEntry {
  user: User;
  organization: Organization;
}

export function targetOfEngagement(engagement: Engagement): GroupTarget {
  return {
    programId: engagement.programId,
    hostOrganizationId: engagement.hostOrganizationId,
    engagement,
  };
}

export function targetOfProgram(program: Program): GroupTarget {
  return {
    programId: program.id,
    hostOrganizationId: program.hostOrganizationId,
    engagement: null,
  };
}

/** The viewer's own organizations `action` on the engagement is limited to; null: any (owners). */
export async function managedOrganizations(
  deps: ServiceDeps,
  action: Action,
  engagement: Engagement,
): Promise<number[] | null> {
  return ownOrganizationsOf(await deps.access.matched(action, scopeOf('Engagement', engagement)));
}

/** The organization whose users are managed (`memberOrganizationId`, R-PU-1, R-EN-1). */
export async function organizationFor(
  deps: ServiceDeps,
  engagement: Engagement,
  own: number[] | null,
  requested: number | undefined,
  group: GroupKind,
): Promise<Organization> {
  const audience = own ? [] : await deps.loaders.audienceOfEngagement.load(engagement.id);
  const organizationId = memberOrganizationId(
    own,
    requested,
    {
      hostOrganizationId: engagement.hostOrganizationId,
      audienceOrganizationIds: audience.map((a) => a.organizationId),
    },
    group,
  );
  return (await deps.loaders.organization.load(organizationId))!;
}

/** Active members of `organizationId` among `userIds`. */
export async function activeMemberIds(
  deps: ServiceDeps,
  organizationId: number,
  userIds: number[],
): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows = await deps.db.getRepository(OrganizationMember).find({
    select: { userId: true },
    where: { organizationId, userId: In(userIds), status: MemberStatus.ACTIVE },
  });
  return new Set(rows.map((r) => r.userId));
}

/** Active members of one organization whose name or email contains `search` (none: all). */
export function memberSearch(deps: ServiceDeps, organizationId: number, search: string) {
  const qb = deps.db
    .getRepository(User)
    .createQueryBuilder('u')
    .innerJoin(
      OrganizationMember,
      'm',
      'm.userId = u.id AND m.organizationId = :organizationId AND m.status = :active',
      { organizationId, active: MemberStatus.ACTIVE },
    );
  const trimmed = search.trim();
  if (trimmed) {
    qb.andWhere(`(${like('u.name')} OR ${like('u.email')})`, {
      pattern: likePattern(trimmed.toLowerCase()),
    });
  }
  return qb;
}

/** The users `userIds`, all active members of the organization (R-US-1), else BAD_USER_INPUT. */
export async function usersOf(
  deps: ServiceDeps,
  organizationId: number,
  userIds: number[],
): Promise<User[]> {
  requireAddCount(userIds);
  const strangers = missingFrom(userIds, await activeMemberIds(deps, organizationId, userIds));
  if (strangers.length) throw notOrganizationUsers(strangers);
  return (await deps.loaders.user.loadMany(userIds)) as User[];
}

/**
 * After a committed change of users' groups: drops the request's cached memberships and tells
 * live subscriptions of those users to check their access and subject again (issue 15).
 */
export function forgetMemberships(deps: ServiceDeps, userIds: number[]): void {
  for (const id of userIds) deps.loaders.groupMembershipsOfUser.clear(id);
  if (deps.viewer && userIds.includes(deps.viewer.id)) deps.access.refresh();
  // A dry run changed nothing: no subscription has anything to check again.
  if (userIds.length && !isDryRun(deps)) {
    void deps.events.publish(
      userIds.map((userId) => ({ topic: 'ACCESS_CHANGED' as const, payload: { userId } })),
    );
  }
}
