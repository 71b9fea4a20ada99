import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AccessRequest, Engagement } from '../entities';
import type { Context } from '../src/context';
import { scopeOf } from '../src/permissions/scope';
import { idOf, optionalIdOf } from './ids';
import {
  AccessRequestPayload,
  CancelAccessRequestInput,
  DecideAccessRequestInput,
  JoinEngagementInput,
  JoinEngagementPayload,
  OrganizationRef,
  RequestEngagementAccessInput,
  UserRef,
} from './types/engagement';
import { ref, userRef } from './types/events';

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @FieldResolver(() => Engagement, {
    nullable: true,
    description: 'Null when the viewer may no longer see the engagement.',
  })
  async engagement(@Root() r: AccessRequest, @Ctx() ctx: Context): Promise<Engagement | null> {
    const engagement = await ctx.loaders.engagement.load(r.engagementId);
    return engagement &&
      (await ctx.access.can('engagement.read', scopeOf('Engagement', engagement)))
      ? engagement
      : null;
  }

  @FieldResolver(() => UserRef, { description: 'Who asked: shown to whoever may decide.' })
  async requester(@Root() r: AccessRequest, @Ctx() ctx: Context): Promise<UserRef> {
    return userRef((await ctx.loaders.user.load(r.requesterUserId))!);
  }

  @FieldResolver(() => OrganizationRef, { description: 'The organization the requester acts for.' })
  async requesterOrganization(
    @Root() r: AccessRequest,
    @Ctx() ctx: Context,
  ): Promise<OrganizationRef> {
    return ref('Organization', (await ctx.loaders.organization.load(r.requesterOrganizationId))!);
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'Who decided or cancelled.' })
  async decidedBy(@Root() r: AccessRequest, @Ctx() ctx: Context): Promise<UserRef | null> {
    if (r.decidedByUserId === null) return null;
    return userRef((await ctx.loaders.user.load(r.decidedByUserId))!);
  }

  @Mutation(() => JoinEngagementPayload, {
    description:
      'Join an open engagement offered to your organization, accepting its terms (R-EN-3).',
  })
  async joinEngagement(
    @Arg('input') input: JoinEngagementInput,
    @Ctx() ctx: Context,
  ): Promise<JoinEngagementPayload> {
    const membership = await ctx.services.joins.joinEngagement({
      engagementId: idOf(input.engagementId, 'Engagement'),
      acceptTerms: input.acceptTerms,
      organizationId: optionalIdOf(input.organizationId, 'Organization'),
    });
    return { membership };
  }

  @Mutation(() => AccessRequestPayload, {
    description:
      'Request access to an engagement that asks for approval, with a justification (R-EN-3, R-AR-1).',
  })
  async requestEngagementAccess(
    @Arg('input') input: RequestEngagementAccessInput,
    @Ctx() ctx: Context,
  ): Promise<AccessRequestPayload> {
    const accessRequest = await ctx.services.accessRequests.requestEngagementAccess({
      engagementId: idOf(input.engagementId, 'Engagement'),
      justification: input.justification,
      acceptTerms: input.acceptTerms,
      organizationId: optionalIdOf(input.organizationId, 'Organization'),
    });
    return { accessRequest };
  }

  @Mutation(() => AccessRequestPayload, {
    description: 'Approve a pending request: the requester becomes a participant (R-AR-1).',
  })
  async approveAccessRequest(
    @Arg('input') input: DecideAccessRequestInput,
    @Ctx() ctx: Context,
  ): Promise<AccessRequestPayload> {
    const accessRequest = await ctx.services.accessRequests.approveAccessRequest(decision(input));
    return { accessRequest };
  }

  @Mutation(() => AccessRequestPayload, { description: 'Deny a pending request (R-AR-1).' })
  async denyAccessRequest(
    @Arg('input') input: DecideAccessRequestInput,
    @Ctx() ctx: Context,
  ): Promise<AccessRequestPayload> {
    const accessRequest = await ctx.services.accessRequests.denyAccessRequest(decision(input));
    return { accessRequest };
  }

  @Mutation(() => AccessRequestPayload, { description: 'Cancel your own pending request.' })
  async cancelAccessRequest(
    @Arg('input') input: CancelAccessRequestInput,
    @Ctx() ctx: Context,
  ): Promise<AccessRequestPayload> {
    const accessRequest = await ctx.services.accessRequests.cancelAccessRequest(
      idOf(input.accessRequestId, 'AccessRequest'),
    );
    return { accessRequest };
  }
}

function decision(input: DecideAccessRequestInput) {
  return { accessRequestId: idOf(input.accessRequestId, 'AccessRequest'), note: input.note };
}
