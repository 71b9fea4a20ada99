import { In } from 'typeorm';
import { GroupMembership, Organization, User } from '../../../../entities';
import { GroupKind, MembershipOutcome } from '../../../../entities/enums';
import { scopeOfGroup } from '../../../../entities/GroupMembership';
import { recordAudit } from '../../audit';
import { runCommand, Tx } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { membershipEvent } from '../events';
import { forgetMemberships, GroupTarget, MembershipChange } from './shared';

/**
 * Removes users from a group in one transaction: REMOVED for members, NOT_A_MEMBER for the
 * others. The users' accounts and other groups are untouched (R-MB-2). The caller has checked
 * the access.
 */
export async function removeMembers(
  deps: ServiceDeps,
  target: GroupTarget,
  group: GroupKind,
  userIds: number[],
): Promise<MembershipChange[]> {
  const viewer = requireViewer(deps);
  const changes = await runCommand(deps, (tx) =>
    removeMembersIn(deps, tx, { target, group, userIds, actorUserId: viewer.id }),
  );
  forgetMemberships(deps, userIds);
  return changes;
}

/**
 * The removal itself, in the caller's transaction (also applied by access reviews, issue 21):
 * memberships deleted, audited and published. The caller forgets the memberships after commit.
 */
export async function removeMembersIn(
  deps: ServiceDeps,
  { em, emit }: Tx,
  removal: { target: GroupTarget; group: GroupKind; userIds: number[]; actorUserId: number | null },
): Promise<MembershipChange[]> {
  const { target, group, userIds, actorUserId } = removal;
  const engagementId = target.engagement?.id ?? null;
  const users = (await deps.loaders.user.loadMany(userIds)).filter(
    (u): u is User => u instanceof User,
  );
  const now = deps.clock.now();
  const memberships = await em.findBy(GroupMembership, {
    scopeKey: scopeOfGroup(target.programId, engagementId),
    group,
    userId: In(userIds),
  });
  const byUser = new Map(memberships.map((m) => [m.userId, m]));
  if (memberships.length) {
    await em.delete(GroupMembership, { id: In(memberships.map((m) => m.id)) });
  }
  await recordAudit(
    em,
    deps.clock,
    memberships.map((m) => ({
      organizationId: target.hostOrganizationId,
      actorUserId,
      action: engagementId === null ? 'program.member.removed' : 'engagement.member.removed',
      targetType: 'GroupMembership',
      targetId: m.id,
      metadata: {
        group,
        userId: m.userId,
        memberOrganizationId: m.memberOrganizationId,
        programId: target.programId,
        engagementId,
      },
    })),
  );
  const organizations = await deps.loaders.organization.loadMany(
    memberships.map((m) => m.memberOrganizationId),
  );
  memberships.forEach((m, i) => {
    const names = {
      user: users.find((u) => u.id === m.userId)!,
      organization: organizations[i] as Organization,
      engagement: target.engagement,
      hostOrganizationId: target.hostOrganizationId,
    };
    emit(membershipEvent('REMOVED', m, names, actorUserId, now));
  });
  return users.map((user) => ({
    user,
    outcome: byUser.has(user.id) ? MembershipOutcome.REMOVED : MembershipOutcome.NOT_A_MEMBER,
    membership: byUser.get(user.id) ?? null,
  }));
}
