import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GroupKind } from '../../entities/enums';
import { toGlobalId } from '../../src/globalId';
import type { LiveEvent } from '../../src/pubsub/bus';
import type { AccessRequestEventPayload, MembershipEventPayload } from '../../src/pubsub/events';
import { UserRef } from './engagement';

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
  /** The membership's end date was set or cleared (issue 21). */
  EXPIRY_CHANGED = 'EXPIRY_CHANGED',
}

/** The `cursor` field of every event (issue 19). */
export const CURSOR =
  'Where this event stands in the stream: pass it as `after` when subscribing again to receive what followed it.';

registerEnumType(AccessRequestEventType, { name: 'AccessRequestEventType' });
registerEnumType(MembershipEventType, { name: 'MembershipEventType' });

/**
 * An access request was created, approved, denied or cancelled. Its object fields are the
 * `Node` types of queries (the resolvers in SubscriptionResolver.ts), as visible to the
 * subscriber now, so a normalized cache merges them into `AccessRequest:<id>`, `Engagement:<id>`.
 */
@ObjectType({
  description:
    'An access request was created, approved, denied or cancelled. The object fields are the Node types of queries, resolved and authorized as a query would: a normalized cache merges them.',
})
export class AccessRequestEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field(() => AccessRequestEventType)
  type!: AccessRequestEventType;

  @Field(() => ID, { description: 'Global id of the AccessRequest.' })
  accessRequestId!: string;

  @Field()
  occurredAt!: Date;

  /** The published payload the object fields resolve from (not a field). */
  payload!: AccessRequestEventPayload;
}

@ObjectType({
  description:
    'A program or engagement group membership changed. The object fields are the Node types of queries, resolved and authorized as a query would.',
})
export class MembershipEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field(() => MembershipEventType)
  type!: MembershipEventType;

  @Field(() => ID, {
    description:
      'Global id of the GroupMembership, also after REMOVED (then `membership` is null): a cache evicts `GroupMembership:<id>`.',
  })
  membershipId!: string;

  @Field(() => GroupKind)
  group!: GroupKind;

  @Field()
  occurredAt!: Date;

  /** The published payload the object fields resolve from (not a field). */
  payload!: MembershipEventPayload;
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

/**
 * Shapes an event's own fields (with its cursor, issue 19); its object fields resolve through
 * the event's loaders.
 */
export function toAccessRequestEvent(p: LiveEvent<'ACCESS_REQUEST'>): AccessRequestEvent {
  return {
    cursor: p.cursor,
    type: p.type as AccessRequestEventType,
    accessRequestId: toGlobalId('AccessRequest', p.accessRequestId),
    occurredAt: new Date(p.occurredAt),
    payload: p,
  };
}

export function toMembershipEvent(p: LiveEvent<'MEMBERSHIP'>): MembershipEvent {
  return {
    cursor: p.cursor,
    type: p.type as MembershipEventType,
    membershipId: toGlobalId('GroupMembership', p.membershipId),
    group: p.group,
    occurredAt: new Date(p.occurredAt),
    payload: p,
  };
}
