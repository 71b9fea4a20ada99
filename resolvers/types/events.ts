import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AccessRequestStatus, GroupKind } from '../../entities/enums';
import { toGlobalId } from '../../src/globalId';
import type { LiveEvent } from '../../src/pubsub/bus';
import { EngagementRef, OrganizationRef, UserRef } from './engagement';

export enum AccessRequestEventType {
  CREATED = 'CREATED',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
  CANCELLED = 'CANCELLED',
}

export enum MembershipEventType {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  DEACTIVATED = 'DEACTIVATED',
}

/** The `cursor` field of every event (issue 19). */
export const CURSOR =
  'Where this event stands in the stream: pass it as `after` when subscribing again to receive what followed it.';

registerEnumType(AccessRequestEventType, { name: 'AccessRequestEventType' });
registerEnumType(MembershipEventType, { name: 'MembershipEventType' });

@ObjectType({ description: 'An access request was created, approved, denied or cancelled.' })
export class AccessRequestEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field(() => AccessRequestEventType)
  type!: AccessRequestEventType;

  @Field(() => ID, { description: 'Global id of the AccessRequest.' })
  accessRequestId!: string;

  @Field(() => AccessRequestStatus)
  status!: AccessRequestStatus;

  @Field()
  justification!: string;

  @Field(() => String, { nullable: true })
  decisionNote!: string | null;

  @Field(() => EngagementRef)
  engagement!: EngagementRef;

  @Field(() => UserRef)
  requester!: UserRef;

  @Field(() => OrganizationRef)
  requesterOrganization!: OrganizationRef;

  @Field()
  occurredAt!: Date;
}

@ObjectType({ description: 'A program or engagement group membership changed.' })
export class MembershipEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field(() => MembershipEventType)
  type!: MembershipEventType;

  @Field(() => ID, { description: 'Global id of the GroupMembership.' })
  membershipId!: string;

  @Field(() => GroupKind)
  group!: GroupKind;

  @Field(() => UserRef)
  user!: UserRef;

  @Field(() => OrganizationRef, { description: 'The organization the member acts for.' })
  memberOrganization!: OrganizationRef;

  @Field(() => ID, { description: 'Global id of the Program.' })
  programId!: string;

  @Field(() => EngagementRef, { nullable: true, description: 'Null for program-scope groups.' })
  engagement!: EngagementRef | null;

  @Field()
  occurredAt!: Date;
}

export const userRef = (u: { id: number; name: string; email: string }): UserRef => ({
  id: toGlobalId('User', u.id),
  name: u.name,
  email: u.email,
});
export const ref = (type: string, r: { id: number; name: string }) => ({
  id: toGlobalId(type, r.id),
  name: r.name,
});

/** Shapes an event payload for the API; no lookups, so delivery costs no query. */
export function toAccessRequestEvent(p: LiveEvent<'ACCESS_REQUEST'>): AccessRequestEvent {
  return {
    cursor: p.cursor,
    type: p.type as AccessRequestEventType,
    accessRequestId: toGlobalId('AccessRequest', p.accessRequestId),
    status: p.status,
    justification: p.justification,
    decisionNote: p.decisionNote,
    engagement: ref('Engagement', p.engagement),
    requester: userRef(p.requester),
    requesterOrganization: ref('Organization', p.requesterOrganization),
    occurredAt: new Date(p.occurredAt),
  };
}

export function toMembershipEvent(p: LiveEvent<'MEMBERSHIP'>): MembershipEvent {
  return {
    cursor: p.cursor,
    type: p.type as MembershipEventType,
    membershipId: toGlobalId('GroupMembership', p.membershipId),
    group: p.group,
    user: userRef(p.user),
    memberOrganization: ref('Organization', p.memberOrganization),
    programId: toGlobalId('Program', p.programId),
    engagement: p.engagement ? ref('Engagement', p.engagement) : null,
    occurredAt: new Date(p.occurredAt),
  };
}
