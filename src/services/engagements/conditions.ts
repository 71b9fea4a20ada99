import { Engagement } from '../../../entities';
import {
  AccessRequestStatus,
  GroupKind,
  GroupMembershipStatus,
  JoinPolicy,
} from '../../../entities/enums';
import type { Action } from '../../permissions/matrix';
import type { ServiceDeps } from '../context';
import { alreadyParticipant, feedbackClosed, requestAlreadyPending } from './errors';
import { policyRefusal } from './validators';

/** The engagement actions whose mutation applies rules beyond the grant (`engagementRefusal`). */
export const CONDITIONAL_ACTIONS: readonly Action[] = [
  'engagement.join',
  'engagement.requestAccess',
  'engagement.submitFeedback',
];

/**
 * The rules beyond the grant that decide an engagement action's outcome (R-EN-3, R-EN-4, R-AR-1):
 * its join policy, whether it accepts feedback, whether the viewer already participates or
 * already waits for a decision. The mutation throws the refusal; `viewerCan` answers false when
 * there is one, so the two never disagree. Input mistakes (terms not accepted, a missing
 * justification) are not refusals: the viewer can fix them.
 */
export async function engagementRefusal(
  deps: ServiceDeps,
  action: Action,
  engagement: Engagement,
): Promise<Error | null> {
  switch (action) {
    case 'engagement.join':
      return (
        policyRefusal(engagement.joinPolicy, JoinPolicy.OPEN) ??
        (await participantRefusal(deps, engagement))
      );
    case 'engagement.requestAccess':
      return (
        policyRefusal(engagement.joinPolicy, JoinPolicy.APPROVAL) ??
        (await participantRefusal(deps, engagement)) ??
        (await pendingRefusal(deps, engagement))
      );
    case 'engagement.submitFeedback':
      return engagement.acceptsFeedback ? null : feedbackClosed();
    default:
      return null;
  }
}

/** Throws the refusal of `engagementRefusal`, if any. */
export async function requireConditions(
  deps: ServiceDeps,
  action: Action,
  engagement: Engagement,
): Promise<void> {
  const refusal = await engagementRefusal(deps, action, engagement);
  if (refusal) throw refusal;
}

/** CONFLICT when the viewer already participates. */
async function participantRefusal(
  deps: ServiceDeps,
  engagement: Engagement,
): Promise<Error | null> {
  if (!deps.viewer) return null;
  const mine = await deps.loaders.groupMembershipsOfUser.load(deps.viewer.id);
  const participating = mine.some(
    (m) =>
      m.engagementId === engagement.id &&
      m.group === GroupKind.PARTICIPANT &&
      m.status === GroupMembershipStatus.ACTIVE,
  );
  return participating ? alreadyParticipant() : null;
}

/** CONFLICT when the viewer's earlier request still waits for a decision (R-AR-1). */
async function pendingRefusal(deps: ServiceDeps, engagement: Engagement): Promise<Error | null> {
  if (!deps.viewer) return null;
  const mine = await deps.loaders.accessRequestsOfUser.load(deps.viewer.id);
  const pending = mine.some(
    (r) => r.engagementId === engagement.id && r.status === AccessRequestStatus.PENDING,
  );
  return pending ? requestAlreadyPending() : null;
}
