import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Feedback } from '../entities';
import type { Context } from '../src/context';
import { idOf } from './ids';
import {
  ContentPackagePayload,
  FeedbackPayload,
  PublishContentPackageInput,
  SubmitFeedbackInput,
  UpdateFeedbackInput,
  UserRef,
} from './types/engagement';
import { userRef } from './types/events';

@Resolver(() => Feedback)
export class ContentResolver {
  @FieldResolver(() => UserRef)
  async author(@Root() feedback: Feedback, @Ctx() ctx: Context): Promise<UserRef> {
    return userRef((await ctx.loaders.user.load(feedback.authorUserId))!);
  }

  @Mutation(() => ContentPackagePayload, {
    description: 'Publish a content package to an engagement (Package Publishers, R-EN-1).',
  })
  async publishContentPackage(
    @Arg('input') input: PublishContentPackageInput,
    @Ctx() ctx: Context,
  ): Promise<ContentPackagePayload> {
    const contentPackage = await ctx.services.content.publishContentPackage({
      engagementId: idOf(input.engagementId, 'Engagement'),
      title: input.title,
      body: input.body,
    });
    return { contentPackage };
  }

  @Mutation(() => FeedbackPayload, {
    description: 'Submit feedback as a participant, where the engagement accepts it (R-EN-4).',
  })
  async submitFeedback(
    @Arg('input') input: SubmitFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackPayload> {
    const feedback = await ctx.services.content.submitFeedback({
      engagementId: idOf(input.engagementId, 'Engagement'),
      body: input.body,
    });
    return { feedback };
  }

  @Mutation(() => FeedbackPayload, { description: 'Edit your own feedback (R-EN-4).' })
  async updateFeedback(
    @Arg('input') input: UpdateFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackPayload> {
    const feedback = await ctx.services.content.updateFeedback({
      feedbackId: idOf(input.feedbackId, 'Feedback'),
      body: input.body,
    });
    return { feedback };
  }
}
