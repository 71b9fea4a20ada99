import { GroupMembership } from '../../../../entities';
import { GroupKind } from '../../../../entities/enums';
import { requireViewer, ServiceDeps } from '../../context';
import { requireConditions } from '../conditions';
import { addMembers } from '../memberships/add';
import { targetOfEngagement } from '../memberships/shared';
import { mutationAction } from '../../../permissions/mutations';
import { organizationOfViewer, termsAcceptedAt } from './shared';

export interface JoinEngagementInput {
  engagementId: number;
  acceptTerms: boolean;
  organizationId?: number;
}

/**
 * Joins an open engagement offered to one of the viewer's organizations, accepting its terms
 * (R-EN-3). Caller holds `engagement.join`. Errors: NOT_FOUND, FORBIDDEN (closed),
 * BAD_USER_INPUT (not open, terms not accepted), CONFLICT (already a participant).
 */
export async function joinEngagement(
  deps: ServiceDeps,
  input: JoinEngagementInput,
): Promise<GroupMembership> {
  const viewer = requireViewer(deps);
  const action = mutationAction('joinEngagement');
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  await requireConditions(deps, action, engagement);
  const terms = termsAcceptedAt(deps, engagement, input.acceptTerms);
  const organization = await organizationOfViewer(deps, engagement, input.organizationId);
  const [change] = await addMembers(
    deps,
    targetOfEngagement(engagement),
    GroupKind.PARTICIPANT,
    [{ user: viewer, organization }],
    { sendInvitation: false, termsAcceptedAt: terms },
  );
  return change.membership!;
}
