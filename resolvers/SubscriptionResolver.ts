import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../src/context';
import type { LiveEvent } from '../src/pubsub/bus';
import type { EventNarrowing } from '../src/services/subscriptions/SubscriptionService';
import { optionalIdOf } from './ids';
import {
  AccessRequestEvent,
  MembershipEvent,
  toAccessRequestEvent,
  toMembershipEvent,
} from './types/events';

interface NarrowingArgs {
  engagementId?: string | null;
  programId?: string | null;
  organizationId?: string | null;
  after?: string | null;
}

function narrowingOf(args: NarrowingArgs): EventNarrowing {
  return {
    engagementId: optionalIdOf(args.engagementId, 'Engagement'),
    programId: optionalIdOf(args.programId, 'Program'),
    organizationId: optionalIdOf(args.organizationId, 'Organization'),
    after: args.after,
  };
}

/** The `after` argument of every subscription (issue 19). */
export const AFTER =
  'Resume after this cursor (the `cursor` of the last event you received): the events you missed within the retention window are replayed in order, then live ones follow. An older cursor fails with CURSOR_EXPIRED.';

type Data = SubscribeResolverData<unknown, NarrowingArgs, Context>;

/** Live events; authorized when subscribing and for every event (SubscriptionService). */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => AccessRequestEvent, {
    description:
      'Access requests created, approved, denied or cancelled that you may see: your own, and those you may decide. Optionally narrowed by engagement, program or organization.',
    subscribe: ({ args, context }: Data) =>
      context.services.subscriptions.accessRequestEvents(narrowingOf(args)),
  })
  accessRequestEvents(
    @Root() payload: LiveEvent<'ACCESS_REQUEST'>,
    @Arg('engagementId', () => ID, { nullable: true }) _engagementId?: string,
    @Arg('programId', () => ID, { nullable: true }) _programId?: string,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId?: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): AccessRequestEvent {
    return toAccessRequestEvent(payload);
  }

  @Subscription(() => MembershipEvent, {
    description:
      'Program and engagement membership changes you may see: your own, and those of member lists you may read (Power Users: their own organization). Optionally narrowed.',
    subscribe: ({ args, context }: Data) =>
      context.services.subscriptions.membershipEvents(narrowingOf(args)),
  })
  membershipEvents(
    @Root() payload: LiveEvent<'MEMBERSHIP'>,
    @Arg('engagementId', () => ID, { nullable: true }) _engagementId?: string,
    @Arg('programId', () => ID, { nullable: true }) _programId?: string,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId?: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): MembershipEvent {
    return toMembershipEvent(payload);
  }
}
