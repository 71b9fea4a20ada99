import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import {
  AccessReview,
  AccessReviewItem,
  Engagement,
  Organization,
  Program,
  User,
} from '../entities';
import { AccessReviewStatus } from '../entities/enums';
import type { Context } from '../src/context';
import { fromGlobalId, toGlobalId } from '../src/globalId';
import { NotFoundError } from '../src/errors';
import { scopeOf } from '../src/permissions/scope';
import type { Connection } from '../src/services/pagination';
import { itemScope } from '../src/services/reviews/scope';
import { scopeMatches, scopeTypeOf } from '../src/services/reviews/validators';
import { reviewScopeMismatch } from '../src/services/reviews/errors';
import type { DeliveredEvent } from '../src/services/subscriptions/SubscriptionService';
import { idOf } from './ids';
import { AFTER, COMPLETION, narrowingOf, NarrowingArgs } from './SubscriptionResolver';
import { PageArgs } from './types/args';
import { bulkFieldsOf } from './types/bulk';
import {
  AccessReviewConnection,
  AccessReviewEvent,
  AccessReviewEventType,
  AccessReviewItemConnection,
  AccessReviewItemPayload,
  AccessReviewItemViewerCan,
  AccessReviewPayload,
  CompleteAccessReviewInput,
  CompleteAccessReviewPayload,
  CreateAccessReviewInput,
  DecideAccessReviewItemsInput,
  DecideAccessReviewItemsPayload,
  AccessReviewDecisionInput,
} from './types/reviews';
import { VIEWER_CAN_TYPES } from './types/viewerCan';
import { visibleEngagement, visibleOrganization, visibleUser } from './visibility';
import type { SubscribeResolverData } from 'type-graphql';

const decisionOf = (d: AccessReviewDecisionInput) => ({
  itemId: idOf(d.itemId, 'AccessReviewItem'),
  decision: d.decision,
  justification: d.justification,
});

/** Access reviews (issue 21): thin; the commands live in src/services/reviews. */
@Resolver(() => AccessReview)
export class AccessReviewResolver {
  @Query(() => AccessReviewConnection, {
    description:
      'The access reviews of an engagement, a program or an organization that you may see (reviewers and who manages the scope).',
  })
  async accessReviews(
    @Arg('scopeId', () => ID) scopeId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessReview>> {
    const parsed = fromGlobalId(scopeId);
    const type = parsed?.type;
    if (!parsed || (type !== 'Engagement' && type !== 'Program' && type !== 'Organization')) {
      throw new NotFoundError('Node');
    }
    const read = { Engagement: 'engagement.read', Program: 'program.read' } as const;
    await ctx.access.require(type === 'Organization' ? 'organization.read' : read[type], [
      parsed.id,
    ]);
    return ctx.services.reviews.reviewsOf(type, parsed.id, page);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The host or the organization reviewed.',
  })
  organization(@Root() r: AccessReview, @Ctx() ctx: Context): Promise<Organization | null> {
    return visibleOrganization(ctx, r.organizationId);
  }

  @FieldResolver(() => Engagement, { nullable: true })
  engagement(@Root() r: AccessReview, @Ctx() ctx: Context): Promise<Engagement | null> {
    return r.engagementId === null ? Promise.resolve(null) : visibleEngagement(ctx, r.engagementId);
  }

  @FieldResolver(() => Program, { nullable: true })
  async program(@Root() r: AccessReview, @Ctx() ctx: Context): Promise<Program | null> {
    if (r.programId === null) return null;
    const program = await ctx.loaders.program.load(r.programId);
    return program && (await ctx.access.can('program.read', scopeOf('Program', program)))
      ? program
      : null;
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() r: AccessReview, @Ctx() ctx: Context): Promise<User | null> {
    return visibleUser(ctx, r.createdByUserId);
  }

  @FieldResolver(() => AccessReviewItemConnection, {
    description:
      "The items you review, with each person's last access date (R-IN-2; Power Users: their own organization's, R-PU-1).",
  })
  items(
    @Root() r: AccessReview,
    @Args() page: PageArgs,
    @Arg('undecidedOnly', { nullable: true, defaultValue: false }) undecidedOnly: boolean,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessReviewItem>> {
    return ctx.services.reviews.items(r, { ...page, undecidedOnly });
  }

  @FieldResolver(() => VIEWER_CAN_TYPES.AccessReview, {
    description: 'What you may do here: one Boolean per action of the permission matrix.',
  })
  viewerCan(@Root() r: AccessReview, @Ctx() ctx: Context): object {
    return ctx.services.viewerCan.forResource('AccessReview', scopeOf('AccessReview', r));
  }

  @Mutation(() => AccessReviewPayload, {
    description:
      'Open an access review of a scope you manage, with a due date and what happens to undecided items (issue 21).',
  })
  async createAccessReview(
    @Arg('input') input: CreateAccessReviewInput,
    @Ctx() ctx: Context,
  ): Promise<AccessReviewPayload> {
    const type = scopeTypeOf(input.kind);
    const parsed = fromGlobalId(input.scopeId);
    if (parsed && !scopeMatches(input.kind, parsed.type)) throw reviewScopeMismatch(type);
    const accessReview = await ctx.services.reviews.create({
      kind: input.kind,
      scopeId: idOf(input.scopeId, type),
      name: input.name,
      dueAt: input.dueAt,
      undecided: input.undecided,
    });
    return { accessReview };
  }

  @Mutation(() => AccessReviewItemPayload, {
    description: 'Decide one item: APPROVE or REMOVE, with a justification; final (issue 21).',
  })
  async decideAccessReviewItem(
    @Arg('input') input: AccessReviewDecisionInput,
    @Ctx() ctx: Context,
  ): Promise<AccessReviewItemPayload> {
    return { item: await ctx.services.reviews.decide(decisionOf(input)) };
  }

  @Mutation(() => DecideAccessReviewItemsPayload, {
    description: 'Decide 1 to 50 items at once; one result per item (issue 21).',
  })
  async decideAccessReviewItems(
    @Arg('input') input: DecideAccessReviewItemsInput,
    @Ctx() ctx: Context,
  ): Promise<DecideAccessReviewItemsPayload> {
    const results = await ctx.services.reviews.decideMany(input.decisions.map(decisionOf));
    return {
      results: results.map((r) => ({ ...bulkFieldsOf(r, 'AccessReviewItem'), item: r.item })),
    };
  }

  @Mutation(() => CompleteAccessReviewPayload, {
    description:
      'Complete a review now: its decisions (undecided items as the review says) apply in one audited step; dryRun shows what would change (issue 21).',
  })
  async completeAccessReview(
    @Arg('input') input: CompleteAccessReviewInput,
    @Ctx() ctx: Context,
  ): Promise<CompleteAccessReviewPayload> {
    const applied = await ctx.services.reviews.complete(idOf(input.accessReviewId, 'AccessReview'));
    return { accessReview: applied.review, items: applied.items };
  }

  @Subscription(() => AccessReviewEvent, {
    description:
      'Access reviews opened, decided on or applied that you may see (issue 21). Optionally narrowed.' +
      COMPLETION,
    subscribe: ({ args, context }: SubscribeResolverData<unknown, NarrowingArgs, Context>) =>
      context.services.subscriptions.accessReviewEvents(narrowingOf(args)),
  })
  accessReviewEvents(
    @Root() event: DeliveredEvent<'ACCESS_REVIEW'>,
    @Ctx() ctx: Context,
    @Arg('engagementId', () => ID, { nullable: true }) _engagementId?: string,
    @Arg('programId', () => ID, { nullable: true }) _programId?: string,
    @Arg('organizationId', () => ID, { nullable: true }) _organizationId?: string,
    @Arg('after', () => String, { nullable: true, description: AFTER }) _after?: string,
  ): AccessReviewEvent {
    ctx.bindEvent(event.loaders, event.access);
    const p = event.payload;
    return {
      cursor: p.cursor,
      type: p.type as AccessReviewEventType,
      accessReviewId: toGlobalId('AccessReview', p.accessReviewId),
      status: p.status,
      itemCount: p.itemCount,
      occurredAt: new Date(p.occurredAt),
      payload: p,
    };
  }
}

@Resolver(() => AccessReviewItem)
export class AccessReviewItemResolver {
  @FieldResolver(() => User, {
    description:
      'The person whose access is reviewed: shown to its reviewers also once the access is gone.',
  })
  async user(@Root() i: AccessReviewItem, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(i.userId))!;
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization they act for.',
  })
  memberOrganization(
    @Root() i: AccessReviewItem,
    @Ctx() ctx: Context,
  ): Promise<Organization | null> {
    return visibleOrganization(ctx, i.memberOrganizationId);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() i: AccessReviewItem, @Ctx() ctx: Context): Promise<User | null> {
    return i.decidedByUserId === null ? Promise.resolve(null) : visibleUser(ctx, i.decidedByUserId);
  }

  @FieldResolver(() => AccessReviewItemViewerCan)
  async viewerCan(
    @Root() i: AccessReviewItem,
    @Ctx() ctx: Context,
  ): Promise<AccessReviewItemViewerCan> {
    const review = await ctx.loaders.accessReview.load(i.reviewId);
    const decide =
      !!review &&
      review.status === AccessReviewStatus.OPEN &&
      i.decision === null &&
      (await ctx.access.can('accessReview.decide', itemScope(review, i)));
    return { decide };
  }
}

@Resolver(() => AccessReviewEvent)
export class AccessReviewEventResolver {
  @FieldResolver(() => AccessReview, {
    nullable: true,
    description: 'The review as it is now; null when the subscriber may no longer see it.',
  })
  async accessReview(
    @Root() e: AccessReviewEvent,
    @Ctx() ctx: Context,
  ): Promise<AccessReview | null> {
    const review = await ctx.loaders.accessReview.load(e.payload.accessReviewId);
    return review && (await ctx.access.can('accessReview.read', scopeOf('AccessReview', review)))
      ? review
      : null;
  }
}

export const ACCESS_REVIEW_RESOLVERS = [
  AccessReviewResolver,
  AccessReviewItemResolver,
  AccessReviewEventResolver,
] as const;
