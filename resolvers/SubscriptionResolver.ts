import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../src/context';
import type { AccessRequestEventPayload, MembershipEventPayload } from '../src/pubsub/events';
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
}

function narrowingOf(args: NarrowingArgs): EventNarrowing {
  return {
    engagementId: optionalIdOf(args.engagementId, 'Engagement'),
    programId: optionalIdOf(args.programId, 'Program'),
    organizationId: optionalIdOf(args.organizationId, 'Organization'),
  };
}

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
    @Root() payload: AccessRequestEventPayload,
    @Arg('engagementId', () => ID, { nullable: true }) _engagementId?: string,
    @Arg('programId', () => ID, { nullable: true }) _programId?: string,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId?: string,
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
    @Root() payload: MembershipEventPayload,
    @Arg('engagementId', () => ID, { nullable: true }) _engagementId?: string,
    @Arg('programId', () => ID, { nullable: true }) _programId?: string,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId?: string,
  ): MembershipEvent {
    return toMembershipEvent(payload);
  }
}
