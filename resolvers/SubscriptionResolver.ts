import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import {
  AccessRequest,
  Engagement,
  GroupMembership,
  Organization,
  Program,
  User,
} from '../entities';
import type { Context } from '../src/context';
import { scopeOf } from '../src/permissions/scope';
import type {
  DeliveredEvent,
  EventNarrowing,
} from '../src/services/subscriptions/SubscriptionService';
import { optionalIdOf } from './ids';
import {
  AccessRequestEvent,
  MembershipEvent,
  toAccessRequestEvent,
  toMembershipEvent,
} from './types/events';
import { visibleEngagement, visibleOrganization, visibleUser } from './visibility';

export interface NarrowingArgs {
  engagementId?: string | null;
  programId?: string | null;
  organizationId?: string | null;
  after?: string | null;
}

export function narrowingOf(args: NarrowingArgs): EventNarrowing {
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

export const COMPLETION =
  ' Completed with a NOT_FOUND error once the subscriber can no longer see the engagement, program or organization it is narrowed to, and with FORBIDDEN once it holds no organization, team or group any more.';

/** Live events; authorized when subscribing and for every event (SubscriptionService). */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => AccessRequestEvent, {
    description:
      'Access requests created, approved, denied or cancelled that you may see: your own, and those you may decide. Optionally narrowed by engagement, program or organization.' +
      COMPLETION,
    subscribe: ({ args, context }: Data) =>
      context.services.subscriptions.accessRequestEvents(narrowingOf(args)),
  })
  accessRequestEvents(
    @Root() event: DeliveredEvent<'ACCESS_REQUEST'>,
    @Ctx() ctx: Context,
    @Arg('engagementId', () => ID, { nullable: true }) _engagementId?: string,
    @Arg('programId', () => ID, { nullable: true }) _programId?: string,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId?: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): AccessRequestEvent {
    ctx.bindEvent(event.loaders, event.access);
    return toAccessRequestEvent(event.payload);
  }

  @Subscription(() => MembershipEvent, {
    description:
      'Program and engagement membership changes you may see: your own, and those of member lists you may read (Power Users: their own organization). Optionally narrowed.' +
      COMPLETION,
    subscribe: ({ args, context }: Data) =>
      context.services.subscriptions.membershipEvents(narrowingOf(args)),
  })
  membershipEvents(
    @Root() event: DeliveredEvent<'MEMBERSHIP'>,
    @Ctx() ctx: Context,
    @Arg('engagementId', () => ID, { nullable: true }) _engagementId?: string,
    @Arg('programId', () => ID, { nullable: true }) _programId?: string,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId?: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): MembershipEvent {
    ctx.bindEvent(event.loaders, event.access);
    return toMembershipEvent(event.payload);
  }
}

/** The Node fields of an access-request event, visible as on `AccessRequest` in queries. */
@Resolver(() => AccessRequestEvent)
export class AccessRequestEventResolver {
  @FieldResolver(() => AccessRequest, {
    nullable: true,
    description: 'The request as it is now; null when the subscriber may no longer see it.',
  })
  async accessRequest(
    @Root() e: AccessRequestEvent,
    @Ctx() ctx: Context,
  ): Promise<AccessRequest | null> {
    const request = await ctx.loaders.accessRequest.load(e.payload.accessRequestId);
    return request &&
      (await ctx.access.can('accessRequest.read', scopeOf('AccessRequest', request)))
      ? request
      : null;
  }

  @FieldResolver(() => Engagement, {
    nullable: true,
    description: 'Null when the subscriber may no longer see the engagement.',
  })
  engagement(@Root() e: AccessRequestEvent, @Ctx() ctx: Context): Promise<Engagement | null> {
    return visibleEngagement(ctx, e.payload.engagement.id);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Null when the subscriber may not read the user (as `node(id)`); deciders see name and email on `accessRequest.requester`.',
  })
  requester(@Root() e: AccessRequestEvent, @Ctx() ctx: Context): Promise<User | null> {
    return visibleUser(ctx, e.payload.requester.id);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization the requester acts for; null when not visible.',
  })
  requesterOrganization(
    @Root() e: AccessRequestEvent,
    @Ctx() ctx: Context,
  ): Promise<Organization | null> {
    return visibleOrganization(ctx, e.payload.requesterOrganization.id);
  }
}

/** The Node fields of a membership event, visible as on `GroupMembership` in queries. */
@Resolver(() => MembershipEvent)
export class MembershipEventResolver {
  @FieldResolver(() => GroupMembership, {
    nullable: true,
    description: 'The membership as it is now; null once removed.',
  })
  async membership(
    @Root() e: MembershipEvent,
    @Ctx() ctx: Context,
  ): Promise<GroupMembership | null> {
    const membership = await ctx.loaders.groupMembership.load(e.payload.membershipId);
    return membership && (await ctx.access.canSeeGroupMembership(membership)) ? membership : null;
  }

  @FieldResolver(() => User)
  async user(@Root() e: MembershipEvent, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(e.payload.user.id))!;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization the member acts for; null when not visible.',
  })
  memberOrganization(
    @Root() e: MembershipEvent,
    @Ctx() ctx: Context,
  ): Promise<Organization | null> {
    return visibleOrganization(ctx, e.payload.memberOrganization.id);
  }

  @FieldResolver(() => Program)
  async program(@Root() e: MembershipEvent, @Ctx() ctx: Context): Promise<Program> {
    return (await ctx.loaders.program.load(e.payload.programId))!;
  }

  @FieldResolver(() => Engagement, {
    nullable: true,
    description: 'Null for program-scope groups.',
  })
  engagement(@Root() e: MembershipEvent, @Ctx() ctx: Context): Promise<Engagement | null> {
    const id = e.payload.engagement?.id;
    return id === undefined ? Promise.resolve(null) : ctx.loaders.engagement.load(id);
  }
}
