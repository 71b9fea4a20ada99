import { AccessRequest, Engagement, GroupMembership, Organization, User } from '../../../entities';
import type {
  AccessRequestEventPayload,
  AccessRequestEventType,
  MembershipEventPayload,
  MembershipEventType,
  PendingEvent,
} from '../../pubsub/events';

/** The event payloads of this area, built from rows the command already holds. */
export function accessRequestEvent(
  type: AccessRequestEventType,
  request: AccessRequest,
  names: { engagement: Engagement; requester: User; organization: Organization },
  actorUserId: number,
  at: Date,
): PendingEvent {
  const payload: AccessRequestEventPayload = {
    type,
    accessRequestId: request.id,
    status: request.status,
    justification: request.justification,
    decisionNote: request.decisionNote,
    engagement: { id: names.engagement.id, name: names.engagement.name },
    programId: request.programId,
    hostOrganizationId: request.hostOrganizationId,
    requester: { id: names.requester.id, name: names.requester.name, email: names.requester.email },
    requesterOrganization: { id: names.organization.id, name: names.organization.name },
    actorUserId,
    occurredAt: at.toISOString(),
  };
  return { topic: 'ACCESS_REQUEST', payload };
}

export function membershipEvent(
  type: MembershipEventType,
  membership: GroupMembership,
  names: {
    user: User;
    organization: Organization;
    engagement: Engagement | null;
    hostOrganizationId: number;
  },
  actorUserId: number | null,
  at: Date,
): PendingEvent {
  const payload: MembershipEventPayload = {
    type,
    membershipId: membership.id,
    group: membership.group,
    user: { id: names.user.id, name: names.user.name, email: names.user.email },
    memberOrganization: { id: names.organization.id, name: names.organization.name },
    programId: membership.programId,
    engagement: names.engagement ? { id: names.engagement.id, name: names.engagement.name } : null,
    hostOrganizationId: names.hostOrganizationId,
    actorUserId,
    occurredAt: at.toISOString(),
  };
  return { topic: 'MEMBERSHIP', payload };
}
