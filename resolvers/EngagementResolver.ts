import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import {
  AccessRequest,
  ContentPackage,
  Engagement,
  Feedback,
  GroupMembership,
  Program,
  User,
} from '../entities';
import { AccessRequestStatus, GroupKind } from '../entities/enums';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { ref } from './types/events';
import { idOf, idsOf, optionalIdOf } from './ids';
import { PageArgs } from './types/args';
import {
  AccessRequestConnection,
  ContentPackageConnection,
  FeedbackConnection,
  GroupMembershipConnection,
  UserConnection,
} from './types/connections';
import {
  AddEngagementMembersInput,
  SetEngagementMemberExpiryInput,
  CopyEngagementParticipantsInput,
  CreateEngagementInput,
  EngagementPayload,
  MembershipChangesPayload,
  membershipChangesOf,
  OrganizationRef,
  ReactivateMyAccessPayload,
  RemoveEngagementMembersInput,
  UpdateEngagementInput,
} from './types/engagement';

@Resolver(() => Engagement)
export class EngagementResolver {
  @FieldResolver(() => Program)
  async program(@Root() engagement: Engagement, @Ctx() ctx: Context): Promise<Program> {
    return (await ctx.loaders.program.load(engagement.programId))!;
  }

  @FieldResolver(() => GroupMembershipConnection, {
    nullable: true,
    description:
      'Group members with last access date (R-IN-2); Power Users see their own organization only.',
  })
  members(
    @Root() engagement: Engagement,
    @Arg('group', () => GroupKind, { nullable: true }) group: GroupKind | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<GroupMembership>> {
    return ctx.services.engagements.members(engagement, group, page);
  }

  @FieldResolver(() => [GroupKind], { description: "The viewer's groups in this engagement." })
  viewerGroups(@Root() engagement: Engagement, @Ctx() ctx: Context): Promise<GroupKind[]> {
    return ctx.services.engagements.viewerGroups(engagement);
  }

  @FieldResolver(() => AccessRequest, {
    nullable: true,
    description: "The viewer's latest access request here, with its outcome (R-AR-1).",
  })
  viewerAccessRequest(
    @Root() engagement: Engagement,
    @Ctx() ctx: Context,
  ): Promise<AccessRequest | null> {
    return ctx.services.accessRequests.latestOfViewer(engagement.id);
  }

  @FieldResolver(() => [OrganizationRef], {
    nullable: true,
    description: 'Organizations the engagement is offered to (engagement managers).',
  })
  async audience(@Root() engagement: Engagement, @Ctx() ctx: Context): Promise<OrganizationRef[]> {
    const organizations = await ctx.services.engagements.audience(engagement);
    return organizations.map((o) => ref('Organization', o));
  }

  @FieldResolver(() => AccessRequestConnection, {
    nullable: true,
    description:
      "Access requests, newest first; Power Users see their own organization's (R-AR-1, R-PU-1).",
  })
  accessRequests(
    @Root() engagement: Engagement,
    @Arg('status', () => AccessRequestStatus, { nullable: true })
    status: AccessRequestStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessRequest>> {
    return ctx.services.accessRequests.ofEngagement(engagement, status, page);
  }

  @FieldResolver(() => UserConnection, {
    nullable: true,
    description:
      'Users of one organization matching a partial name or email, to add as participants (R-MB-1). Power Users search their own organization only (R-PU-3).',
  })
  participantCandidates(
    @Root() engagement: Engagement,
    @Arg('search', () => String) search: string,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<User>> {
    return ctx.services.memberships.candidates(
      engagement.id,
      search.slice(0, 200),
      optionalIdOf(organizationId, 'Organization'),
      page,
    );
  }

  @FieldResolver(() => ContentPackageConnection, {
    nullable: true,
    description: 'Published content, newest first (R-EN-4).',
  })
  contentPackages(
    @Root() engagement: Engagement,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ContentPackage>> {
    return ctx.services.content.packages(engagement, page);
  }

  @FieldResolver(() => FeedbackConnection, {
    nullable: true,
    description: 'All feedback (engagement managers).',
  })
  feedback(
    @Root() engagement: Engagement,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Feedback>> {
    return ctx.services.content.feedback(engagement, page);
  }

  @FieldResolver(() => FeedbackConnection, { description: "The viewer's own feedback." })
  viewerFeedback(
    @Root() engagement: Engagement,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Feedback>> {
    return ctx.services.content.viewerFeedback(engagement, page);
  }

  @Mutation(() => EngagementPayload, {
    description: 'Create an engagement in a program; you become its Engagement Owner (R-EN-1).',
  })
  async createEngagement(
    @Arg('input') input: CreateEngagementInput,
    @Ctx() ctx: Context,
  ): Promise<EngagementPayload> {
    const engagement = await ctx.services.engagements.createEngagement({
      programId: idOf(input.programId, 'Program'),
      name: input.name,
      joinPolicy: input.joinPolicy,
      termsOfUse: input.termsOfUse,
      acceptsFeedback: input.acceptsFeedback,
      audienceOrganizationIds: idsOf(
        input.audienceOrganizationIds,
        'Organization',
        'audienceOrganizationIds',
      ),
    });
    return { engagement };
  }

  @Mutation(() => EngagementPayload, {
    description: "Change an engagement's settings, join policy, terms, feedback or audience.",
  })
  async updateEngagement(
    @Arg('input') input: UpdateEngagementInput,
    @Ctx() ctx: Context,
  ): Promise<EngagementPayload> {
    const engagement = await ctx.services.engagements.updateEngagement({
      engagementId: idOf(input.engagementId, 'Engagement'),
      name: input.name ?? undefined,
      joinPolicy: input.joinPolicy ?? undefined,
      termsOfUse: input.termsOfUse,
      acceptsFeedback: input.acceptsFeedback ?? undefined,
      audienceOrganizationIds: input.audienceOrganizationIds
        ? idsOf(input.audienceOrganizationIds, 'Organization', 'audienceOrganizationIds')
        : undefined,
    });
    return { engagement };
  }

  @Mutation(() => MembershipChangesPayload, {
    description:
      'Add users of one organization to an engagement group: participants (owners, and Power Users for their own organization, R-PU-1), Power Users (owners only, R-PU-2) or owners (host users, R-EN-1).',
  })
  async addEngagementMembers(
    @Arg('input') input: AddEngagementMembersInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipChangesPayload> {
    const results = await ctx.services.memberships.addEngagementMembers({
      engagementId: idOf(input.engagementId, 'Engagement'),
      group: input.group,
      organizationId: optionalIdOf(input.organizationId, 'Organization'),
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      allMatching: input.allMatching,
      sendInvitation: input.sendInvitation,
      expiresAt: input.expiresAt,
    });
    return membershipChangesOf(results);
  }

  @Mutation(() => MembershipChangesPayload, {
    description:
      'Set or clear the end of engagement group memberships (issue 21), with the rights of adding to the group (Power Users: own participants, R-PU-1).',
  })
  async setEngagementMemberExpiry(
    @Arg('input') input: SetEngagementMemberExpiryInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipChangesPayload> {
    const results = await ctx.services.memberships.setEngagementMemberExpiry({
      engagementId: idOf(input.engagementId, 'Engagement'),
      group: input.group,
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      expiresAt: input.expiresAt,
    });
    return membershipChangesOf(results);
  }

  @Mutation(() => MembershipChangesPayload, {
    description:
      'Remove users from an engagement group; their accounts and other engagements are untouched (R-MB-2).',
  })
  async removeEngagementMembers(
    @Arg('input') input: RemoveEngagementMembersInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipChangesPayload> {
    const results = await ctx.services.memberships.removeEngagementMembers({
      engagementId: idOf(input.engagementId, 'Engagement'),
      group: input.group,
      userIds: idsOf(input.userIds, 'User', 'userIds'),
    });
    return membershipChangesOf(results);
  }

  @Mutation(() => ReactivateMyAccessPayload, {
    description:
      'Restore your own program and engagement access that was deactivated after 180 days without access (R-IN-1).',
  })
  async reactivateMyAccess(
    @Ctx() ctx: Context,
    @Arg('dryRun', {
      defaultValue: false,
      description: 'Report what would be restored; write nothing.',
    }) // Read by the dry-run wrapper of every mutation (src/schema.ts), not here.
    _dryRun: boolean,
  ): Promise<ReactivateMyAccessPayload> {
    return { memberships: await ctx.services.memberships.reactivateMyAccess() };
  }

  @Mutation(() => MembershipChangesPayload, {
    description: 'Copy participants from another engagement (R-MB-4).',
  })
  async copyEngagementParticipants(
    @Arg('input') input: CopyEngagementParticipantsInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipChangesPayload> {
    const results = await ctx.services.memberships.copyEngagementParticipants({
      engagementId: idOf(input.engagementId, 'Engagement'),
      sourceEngagementId: idOf(input.sourceEngagementId, 'Engagement'),
      userIds: idsOf(input.userIds, 'User', 'userIds'),
    });
    return membershipChangesOf(results);
  }
}
