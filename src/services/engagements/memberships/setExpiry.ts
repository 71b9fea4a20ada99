import { In } from 'typeorm';
import { GroupMembership, Organization, User } from '../../../../entities';
import {
  EngagementGroup,
  GroupKind,
  groupKindOf,
  MembershipOutcome,
  ProgramGroup,
} from '../../../../entities/enums';
import { scopeOfGroup } from '../../../../entities/GroupMembership';
import { engagementGroupAction } from '../../../permissions/groupActions';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requestedExpiry } from '../../common/expiry';
import { requireViewer, ServiceDeps } from '../../context';
import { membershipEvent } from '../events';
import { selection } from '../validators';
import { requireOwnSelection } from './removeEngagementMembers';
import {
  forgetMemberships,
  GroupTarget,
  MembershipChange,
  targetOfEngagement,
  targetOfProgram,
} from './shared';

export interface SetGroupExpiryInput<G> {
  group: G;
  userIds: number[];
  /** The new end (at most MAX_MEMBERSHIP_DAYS ahead); null: the memberships no longer end. */
  expiresAt: Date | null;
}

/**
 * Sets or clears the end of engagement group memberships (issue 21), with the rights of adding
 * to the group (Power Users: own organization's participants, R-PU-1). Members are
 * END_DATE_SET with the new end, others NOT_A_MEMBER. Errors: NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT (MEMBERSHIP_EXPIRY_OUT_OF_RANGE).
 */
export async function setEngagementMemberExpiry(
  deps: ServiceDeps,
  input: SetGroupExpiryInput<EngagementGroup> & { engagementId: number },
): Promise<MembershipChange[]> {
  const action = engagementGroupAction(input.group, 'add');
  const expiresAt = requestedExpiry(deps, input.expiresAt);
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  const userIds = selection(input.userIds);
  const group = groupKindOf(input.group);
  await requireOwnSelection(deps, action, engagement, group, userIds);
  return setExpiry(deps, targetOfEngagement(engagement), group, userIds, expiresAt);
}

/** The same for a program-scope group; caller holds `program.manageGroups`. */
export async function setProgramMemberExpiry(
  deps: ServiceDeps,
  input: SetGroupExpiryInput<ProgramGroup> & { programId: number },
): Promise<MembershipChange[]> {
  const expiresAt = requestedExpiry(deps, input.expiresAt);
  const action = mutationAction('setProgramMemberExpiry');
  const [program] = await deps.access.require(action, [input.programId]);
  const group = groupKindOf(input.group);
  return setExpiry(deps, targetOfProgram(program), group, selection(input.userIds), expiresAt);
}

/** Writes the end on the group's memberships of the users, audited, EXPIRY_CHANGED published. */
async function setExpiry(
  deps: ServiceDeps,
  target: GroupTarget,
  group: GroupKind,
  userIds: number[],
  expiresAt: Date | null,
): Promise<MembershipChange[]> {
  const viewer = requireViewer(deps);
  const engagementId = target.engagement?.id ?? null;
  const users = (await deps.loaders.user.loadMany(userIds)).filter(
    (u): u is User => u instanceof User,
  );
  const changes = await runCommand(deps, async ({ em, emit }) => {
    const memberships = await em.findBy(GroupMembership, {
      scopeKey: scopeOfGroup(target.programId, engagementId),
      group,
      userId: In(userIds),
    });
    if (memberships.length) {
      await em.update(
        GroupMembership,
        { id: In(memberships.map((m) => m.id)) },
        { expiresAt, expiryWarnedDays: null },
      );
    }
    await recordAudit(
      em,
      deps.clock,
      memberships.map((m) => ({
        organizationId: target.hostOrganizationId,
        actorUserId: viewer.id,
        action:
          engagementId === null ? 'program.member.expiry.set' : 'engagement.member.expiry.set',
        targetType: 'GroupMembership',
        targetId: m.id,
        metadata: {
          group,
          userId: m.userId,
          before: m.expiresAt?.toISOString() ?? null,
          after: expiresAt?.toISOString() ?? null,
        },
      })),
    );
    const organizations = await deps.loaders.organization.loadMany(
      memberships.map((m) => m.memberOrganizationId),
    );
    const byUser = new Map<number, GroupMembership>();
    memberships.forEach((m, i) => {
      Object.assign(m, { expiresAt, expiryWarnedDays: null });
      byUser.set(m.userId, m);
      const names = {
        user: users.find((u) => u.id === m.userId)!,
        organization: organizations[i] as Organization,
        engagement: target.engagement,
        hostOrganizationId: target.hostOrganizationId,
      };
      emit(membershipEvent('EXPIRY_CHANGED', m, names, viewer.id, deps.clock.now()));
    });
    return users.map((user) => ({
      user,
      outcome: byUser.has(user.id)
        ? MembershipOutcome.END_DATE_SET
        : MembershipOutcome.NOT_A_MEMBER,
      membership: byUser.get(user.id) ?? null,
    }));
  });
  forgetMemberships(deps, userIds);
  return changes;
}
