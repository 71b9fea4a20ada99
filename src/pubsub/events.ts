import {
  AccessRequestStatus,
  AccessReviewKind,
  AccessReviewStatus,
  GroupKind,
} from '../../entities/enums';

/**
 * Typed subscription topics (DESIGN §4). Payloads carry ids, the scope they belong to and the
 * names a subscriber displays, so delivering an event needs no query per subscriber. Dates are
 * ISO strings: payloads cross gateway instances as JSON.
 */
export const TOPICS = {
  ACCESS_REQUEST: 'ACCESS_REQUEST',
  MEMBERSHIP: 'MEMBERSHIP',
  ACCESS_CHANGED: 'ACCESS_CHANGED',
  AUDIT: 'AUDIT',
  ACCESS_REVIEW: 'ACCESS_REVIEW',
} as const;

export type AccessRequestEventType = 'CREATED' | 'APPROVED' | 'DENIED' | 'CANCELLED';
export type MembershipEventType =
  'ADDED' | 'REMOVED' | 'ROLE_CHANGED' | 'DEACTIVATED' | 'EXPIRY_CHANGED';

export interface NamedRef {
  id: number;
  name: string;
}

export interface AccessRequestEventPayload {
  type: AccessRequestEventType;
  accessRequestId: number;
  status: AccessRequestStatus;
  justification: string;
  decisionNote: string | null;
  engagement: NamedRef;
  programId: number;
  hostOrganizationId: number;
  requester: NamedRef & { email: string };
  requesterOrganization: NamedRef;
  actorUserId: number | null;
  occurredAt: string;
}

export interface MembershipEventPayload {
  type: MembershipEventType;
  membershipId: number;
  group: GroupKind;
  user: NamedRef & { email: string };
  memberOrganization: NamedRef;
  programId: number;
  /** Null for program-scope groups. */
  engagement: NamedRef | null;
  hostOrganizationId: number;
  actorUserId: number | null;
  occurredAt: string;
}

/**
 * Internal: a user's organization-level access changed (membership, role, permission set). Not
 * a subscription of the API; it only tells live subscriptions to recompute that user's access.
 */
export interface AccessChangedPayload {
  userId: number;
}

/** An entry of an organization's event log, as written (the `auditEvents` subscription). */
export interface AuditEventPayload {
  id: number;
  organizationId: number;
  actorUserId: number | null;
  action: string;
  targetType: string;
  targetId: number;
  metadata: Record<string, unknown>;
  createdAt: string;
}

export type AccessReviewEventType = 'CREATED' | 'DECIDED' | 'APPLIED';

/** A review opened, decided on, or applied (issue 21; the `accessReviewEvents` subscription). */
export interface AccessReviewEventPayload {
  type: AccessReviewEventType;
  accessReviewId: number;
  kind: AccessReviewKind;
  status: AccessReviewStatus;
  name: string;
  organizationId: number;
  programId: number | null;
  engagementId: number | null;
  /** Items decided (DECIDED) or removed (APPLIED) by this change. */
  itemCount: number;
  actorUserId: number | null;
  occurredAt: string;
}

export interface EventMap {
  ACCESS_REQUEST: AccessRequestEventPayload;
  MEMBERSHIP: MembershipEventPayload;
  ACCESS_CHANGED: AccessChangedPayload;
  AUDIT: AuditEventPayload;
  ACCESS_REVIEW: AccessReviewEventPayload;
}

export type Topic = keyof EventMap;

/** An event recorded in its transaction and relayed once that transaction has committed. */
export type PendingEvent = {
  [T in Topic]: { topic: T; payload: EventMap[T] };
}[Topic];
