import { In } from 'typeorm';
import { Engagement, GroupMembership } from '../../../../entities';
import { GroupKind, GroupMembershipStatus } from '../../../../entities/enums';
import { scopeOfGroup } from '../../../../entities/GroupMembership';
import { scopeOf } from '../../../permissions/scope';
import { mutationAction } from '../../../permissions/mutations';
import type { ServiceDeps } from '../../context';
import { leftOrganization, notSourceParticipants } from '../errors';
import { missingFrom, selection } from '../validators';
import { addMembers } from './add';
import {
  activeMemberIds,
  AddEntry,
  managedOrganizations,
  MembershipChange,
  organizationFor,
  targetOfEngagement,
} from './shared';

export interface CopyEngagementParticipantsInput {
  engagementId: number;
  sourceEngagementId: number;
  userIds: number[];
}

/**
 * Copies participants from another engagement (R-MB-4): the chosen users must be participants
 * of the source the viewer may see (Power Users: their own organization's), and each joins with
 * the organization they act for there. Caller holds `engagement.readMembers` on the source and
 * `engagement.addParticipants` on the target. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function copyEngagementParticipants(
  deps: ServiceDeps,
  input: CopyEngagementParticipantsInput,
): Promise<MembershipChange[]> {
  const action = mutationAction('copyEngagementParticipants');
  const [source] = await deps.access.require('engagement.readMembers', [input.sourceEngagementId]);
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  const userIds = selection(input.userIds);
  const visible = await visibleParticipants(deps, source, userIds);
  const missing = missingFrom(userIds, new Set(visible.keys()));
  if (missing.length) throw notSourceParticipants(missing);
  const own = await managedOrganizations(deps, action, engagement);
  const entries: AddEntry[] = [];
  for (const userId of userIds) {
    const requested = visible.get(userId)!.memberOrganizationId;
    const organization = await organizationFor(
      deps,
      engagement,
      own,
      requested,
      GroupKind.PARTICIPANT,
    );
    const stillMember = await activeMemberIds(deps, organization.id, [userId]);
    if (!stillMember.has(userId)) throw leftOrganization(userId, organization.name);
    entries.push({ user: (await deps.loaders.user.load(userId))!, organization });
  }
  return addMembers(deps, targetOfEngagement(engagement), GroupKind.PARTICIPANT, entries, {
    sendInvitation: false,
  });
}

/** The active participants of `source` among `userIds` whose membership the viewer may see. */
async function visibleParticipants(
  deps: ServiceDeps,
  source: Engagement,
  userIds: number[],
): Promise<Map<number, GroupMembership>> {
  const memberships = await deps.db.getRepository(GroupMembership).findBy({
    scopeKey: scopeOfGroup(source.programId, source.id),
    group: GroupKind.PARTICIPANT,
    status: GroupMembershipStatus.ACTIVE,
    userId: In(userIds),
  });
  const scope = scopeOf('Engagement', source);
  const { allowed } = await deps.access.filterTargets(
    'engagement.readMembers',
    memberships.map((m) => ({
      id: m.userId,
      membership: m,
      scope: { ...scope, memberOrganizationId: m.memberOrganizationId },
    })),
  );
  return new Map(allowed.map((t) => [t.id, t.membership]));
}
