import { In } from 'typeorm';
import { Engagement, GroupMembership } from '../../../../entities';
import { EngagementGroup, GroupKind, groupKindOf } from '../../../../entities/enums';
import { scopeOfGroup } from '../../../../entities/GroupMembership';
import { engagementGroupAction } from '../../../permissions/groupActions';
import type { Action } from '../../../permissions/matrix';
import type { ServiceDeps } from '../../context';
import { powerUserOtherOrganization } from '../errors';
import { reachesBeyondOwn, selection } from '../validators';
import { removeMembers } from './remove';
import {
  activeMemberIds,
  managedOrganizations,
  MembershipChange,
  targetOfEngagement,
} from './shared';

export interface RemoveEngagementMembersInput {
  engagementId: number;
  group: EngagementGroup;
  userIds: number[];
}

/**
 * Removes users from an engagement group; the users' accounts and other engagements are
 * untouched (R-MB-2). Power Users remove only their own organization's participants (R-PU-1)
 * and never Power Users (R-PU-2). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function removeEngagementMembers(
  deps: ServiceDeps,
  input: RemoveEngagementMembersInput,
): Promise<MembershipChange[]> {
  const action = engagementGroupAction(input.group, 'remove');
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  const userIds = selection(input.userIds);
  const group = groupKindOf(input.group);
  await requireOwnSelection(deps, action, engagement, group, userIds);
  return removeMembers(deps, targetOfEngagement(engagement), group, userIds);
}

/**
 * Power Users change only their own organization's members of the group (R-PU-1):
 * FORBIDDEN when the selection reaches beyond; owners pass.
 */
export async function requireOwnSelection(
  deps: ServiceDeps,
  action: Action,
  engagement: Engagement,
  group: GroupKind,
  userIds: number[],
): Promise<void> {
  const own = await managedOrganizations(deps, action, engagement);
  if (!own) return;
  const ownMembers = await Promise.all(own.map((org) => activeMemberIds(deps, org, userIds)));
  const memberships = await deps.db.getRepository(GroupMembership).findBy({
    scopeKey: scopeOfGroup(engagement.programId, engagement.id),
    group,
    userId: In(userIds),
  });
  if (reachesBeyondOwn(own, userIds, ownMembers, memberships)) {
    throw powerUserOtherOrganization();
  }
}
