import type { MembershipChange } from '../../src/services/engagements/memberships/shared';
import { doneItem } from '../../src/services/common/bulk';
import { BulkItemResult, bulkFieldsOf } from './bulk';
import { DryRunnableInput } from './dryRun';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import {
  AccessRequest,
  ContentPackage,
  Engagement,
  Feedback,
  GroupMembership,
  Program,
  User,
} from '../../entities';
import { EngagementGroup, JoinPolicy, MembershipOutcome, ProgramGroup } from '../../entities/enums';

@ObjectType({ description: 'A user as shown on a record: id, name and email.' })
export class UserRef {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;
}

@ObjectType({ description: 'An organization as shown on a record: id and name.' })
export class OrganizationRef {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@InputType()
export class CreateProgramInput {
  @Field(() => ID, { description: 'The host organization.' })
  organizationId!: string;

  @Field()
  @MaxLength(1000)
  name!: string;

  @Field({ defaultValue: '' })
  @MaxLength(10000)
  description!: string;
}

@InputType()
export class UpdateProgramInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  name?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(10000)
  description?: string;
}

@ObjectType()
export class ProgramPayload {
  @Field(() => Program)
  program!: Program;
}

@InputType()
export class CreateEngagementInput {
  @Field(() => ID)
  programId!: string;

  @Field()
  @MaxLength(1000)
  name!: string;

  @Field(() => JoinPolicy, { description: 'Join directly, request access, or neither (R-EN-3).' })
  joinPolicy!: JoinPolicy;

  @Field(() => String, { nullable: true, description: 'Terms accepted on joining.' })
  @MaxLength(40000)
  termsOfUse?: string | null;

  @Field({ defaultValue: false })
  acceptsFeedback!: boolean;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Organizations the engagement is offered to (R-EN-2).',
  })
  audienceOrganizationIds!: string[];
}

@InputType()
export class UpdateEngagementInput {
  @Field(() => ID)
  engagementId!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  name?: string;

  @Field(() => JoinPolicy, { nullable: true })
  joinPolicy?: JoinPolicy;

  @Field(() => String, { nullable: true, description: 'Empty or null removes the terms.' })
  @MaxLength(40000)
  termsOfUse?: string | null;

  @Field(() => Boolean, { nullable: true })
  acceptsFeedback?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the organizations the engagement is offered to.',
  })
  audienceOrganizationIds?: string[];
}

@ObjectType()
export class EngagementPayload {
  @Field(() => Engagement)
  engagement!: Engagement;
}

@InputType()
export class JoinEngagementInput extends DryRunnableInput {
  @Field(() => ID)
  engagementId!: string;

  @Field({ description: 'Required true when the engagement has terms of use (R-EN-3).' })
  acceptTerms!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'Which of your organizations you act for, when several are in the audience.',
  })
  organizationId?: string | null;
}

@ObjectType()
export class JoinEngagementPayload {
  @Field(() => GroupMembership)
  membership!: GroupMembership;
}

@InputType()
export class RequestEngagementAccessInput {
  @Field(() => ID)
  engagementId!: string;

  @Field({ description: 'Why you need access; 1 to 2,000 characters.' })
  @MaxLength(4000)
  justification!: string;

  @Field({ description: 'Required true when the engagement has terms of use (R-EN-3).' })
  acceptTerms!: boolean;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}

@InputType()
export class DecideAccessRequestInput extends DryRunnableInput {
  @Field(() => ID)
  accessRequestId!: string;

  @Field(() => String, { nullable: true, description: 'Optional note to the requester.' })
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class CancelAccessRequestInput {
  @Field(() => ID)
  accessRequestId!: string;
}

@ObjectType()
export class AccessRequestPayload {
  @Field(() => AccessRequest)
  accessRequest!: AccessRequest;
}

@InputType()
export class AddEngagementMembersInput extends DryRunnableInput {
  @Field(() => ID)
  engagementId!: string;

  @Field(() => EngagementGroup)
  group!: EngagementGroup;

  @Field(() => ID, {
    nullable: true,
    description:
      "The users' organization. Power Users: their own (the default). Owners: the host or an audience organization.",
  })
  organizationId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Users picked from a search.' })
  userIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Also add every user of the organization matching this search ("select all").',
  })
  @MaxLength(200)
  allMatching?: string | null;

  @Field({ defaultValue: false, description: 'Email each added user the engagement link.' })
  sendInvitation!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the new memberships end, at most MAX_MEMBERSHIP_DAYS ahead (issue 21).',
  })
  expiresAt?: Date | null;
}

@InputType()
export class RemoveEngagementMembersInput extends DryRunnableInput {
  @Field(() => ID)
  engagementId!: string;

  @Field(() => EngagementGroup)
  group!: EngagementGroup;

  @Field(() => [ID])
  userIds!: string[];
}

@InputType()
export class CopyEngagementParticipantsInput extends DryRunnableInput {
  @Field(() => ID, { description: 'The engagement to add the participants to.' })
  engagementId!: string;

  @Field(() => ID, { description: 'The engagement to copy from (find it by name).' })
  sourceEngagementId!: string;

  @Field(() => [ID], { description: 'Participants of the source to copy.' })
  userIds!: string[];
}

@InputType()
export class RemoveProgramMembersInput extends DryRunnableInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => ProgramGroup)
  group!: ProgramGroup;

  @Field(() => [ID])
  userIds!: string[];
}

@InputType()
export class AddProgramMembersInput extends RemoveProgramMembersInput {
  @Field(() => Date, {
    nullable: true,
    description: 'When the new memberships end, at most MAX_MEMBERSHIP_DAYS ahead (issue 21).',
  })
  expiresAt?: Date | null;
}

const NEW_END =
  'The new end, at most MAX_MEMBERSHIP_DAYS ahead; null: the memberships no longer end.';

@InputType()
export class SetEngagementMemberExpiryInput extends RemoveEngagementMembersInput {
  @Field(() => Date, { nullable: true, description: NEW_END })
  expiresAt!: Date | null;
}

@InputType()
export class SetProgramMemberExpiryInput extends RemoveProgramMembersInput {
  @Field(() => Date, { nullable: true, description: NEW_END })
  expiresAt!: Date | null;
}

@ObjectType({
  implements: BulkItemResult,
  description:
    'What happened to one user (`id`) of a membership change: CHANGED (added, reactivated or removed) or UNCHANGED (already a member, or not one).',
})
export class MembershipChangeResult extends BulkItemResult {
  @Field(() => User)
  user!: User;

  @Field(() => GroupMembership, { nullable: true })
  membership!: GroupMembership | null;
}

@ObjectType()
export class MembershipChangesPayload {
  @Field(() => [MembershipChangeResult], { description: 'One per user, in input order.' })
  results!: MembershipChangeResult[];
}

const UNCHANGED: readonly MembershipOutcome[] = [
  MembershipOutcome.ALREADY_MEMBER,
  MembershipOutcome.NOT_A_MEMBER,
];

/** A membership change's payload: each user's change as a bulk item. */
export function membershipChangesOf(changes: MembershipChange[]): MembershipChangesPayload {
  return {
    results: changes.map((c) => ({
      ...bulkFieldsOf(doneItem(c.user.id, !UNCHANGED.includes(c.outcome)), 'User'),
      user: c.user,
      membership: c.membership,
    })),
  };
}

@InputType()
export class PublishContentPackageInput {
  @Field(() => ID)
  engagementId!: string;

  @Field()
  @MaxLength(1000)
  title!: string;

  @Field()
  @MaxLength(200000)
  body!: string;
}

@ObjectType()
export class ContentPackagePayload {
  @Field(() => ContentPackage)
  contentPackage!: ContentPackage;
}

@InputType()
export class SubmitFeedbackInput {
  @Field(() => ID)
  engagementId!: string;

  @Field()
  @MaxLength(10000)
  body!: string;
}

@InputType()
export class UpdateFeedbackInput {
  @Field(() => ID)
  feedbackId!: string;

  @Field()
  @MaxLength(10000)
  body!: string;
}

@ObjectType()
export class FeedbackPayload {
  @Field(() => Feedback)
  feedback!: Feedback;
}

@ObjectType()
export class ReactivateMyAccessPayload {
  @Field(() => [GroupMembership], { description: 'The memberships restored.' })
  memberships!: GroupMembership[];
}
