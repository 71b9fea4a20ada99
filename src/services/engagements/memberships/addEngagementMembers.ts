import { EngagementGroup, groupKindOf } from '../../../../entities/enums';
import { engagementGroupAction } from '../../../permissions/groupActions';
import { requestedExpiry } from '../../common/expiry';
import type { ServiceDeps } from '../../context';
import { MAX_MEMBERS_PER_CALL } from '../validators';
import { addMembers } from './add';
import {
  managedOrganizations,
  MembershipChange,
  memberSearch,
  organizationFor,
  targetOfEngagement,
  usersOf,
} from './shared';

export interface AddEngagementMembersInput {
  engagementId: number;
  group: EngagementGroup;
  organizationId?: number;
  userIds: number[];
  allMatching?: string | null;
  sendInvitation: boolean;
  expiresAt?: Date | null;
}

/**
 * Adds users of one organization to an engagement group, by id and/or every user matching a
 * search ("select all", R-MB-1), optionally sending each an invitation with the engagement
 * link. Caller: `engagement.addParticipants` (Power Users: own organization, R-PU-1),
 * `engagement.addPowerUsers` (owners only, R-PU-2) or `engagement.manageOwners`. Every user
 * must be an active member of the organization (R-US-1), else nothing changes.
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT.
 */
export async function addEngagementMembers(
  deps: ServiceDeps,
  input: AddEngagementMembersInput,
): Promise<MembershipChange[]> {
  const action = engagementGroupAction(input.group, 'add');
  const expiresAt = requestedExpiry(deps, input.expiresAt);
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  const own = await managedOrganizations(deps, action, engagement);
  const group = groupKindOf(input.group);
  const organization = await organizationFor(deps, engagement, own, input.organizationId, group);
  const ids = new Set(input.userIds);
  if (input.allMatching !== undefined && input.allMatching !== null) {
    const matching = await memberSearch(deps, organization.id, input.allMatching)
      .select('u.id', 'id')
      .orderBy('u.id', 'ASC')
      .limit(MAX_MEMBERS_PER_CALL + 1)
      .getRawMany<{ id: number }>();
    for (const row of matching) ids.add(Number(row.id));
  }
  const users = await usersOf(deps, organization.id, [...ids]);
  return addMembers(
    deps,
    targetOfEngagement(engagement),
    group,
    users.map((user) => ({ user, organization })),
    { sendInvitation: input.sendInvitation, expiresAt },
  );
}
