import { BulkItemResult } from './bulk';
import { DryRunnableInput } from './dryRun';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Team, TeamJoinRequest, TeamMember } from '../../entities';
import { TeamInvitePolicy, TeamPrivacy, TeamRole } from '../../entities/enums';

@InputType()
export class CreateTeamInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  @MaxLength(400)
  name!: string;

  @Field(() => TeamPrivacy, { defaultValue: TeamPrivacy.DISCOVERABLE })
  privacy!: TeamPrivacy;

  @Field(() => TeamInvitePolicy, { defaultValue: TeamInvitePolicy.ADMINS })
  invitePolicy!: TeamInvitePolicy;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID)
  teamId!: string;

  @Field(() => String, { nullable: true })
  @MaxLength(400)
  name?: string | null;

  @Field(() => TeamPrivacy, { nullable: true })
  privacy?: TeamPrivacy | null;

  @Field(() => TeamInvitePolicy, { nullable: true })
  invitePolicy?: TeamInvitePolicy | null;
}

@ObjectType()
export class TeamPayload {
  @Field(() => Team)
  team!: Team;
}

@InputType()
export class SetTeamMembersInput extends DryRunnableInput {
  @Field(() => ID)
  teamId!: string;

  @Field(() => [ID])
  userIds!: string[];

  @Field(() => TeamRole, {
    defaultValue: TeamRole.MEMBER,
    description: 'MEMBER adds (or revokes team admin); ADMIN adds or promotes.',
  })
  role!: TeamRole;
}

@ObjectType({
  implements: BulkItemResult,
  description:
    'What the change did to one user (`id`): CHANGED (added, role changed) or UNCHANGED; all or nothing.',
})
export class TeamMemberResult extends BulkItemResult {
  @Field(() => TeamMember, { description: 'The team membership as the change left it.' })
  member!: TeamMember;
}

@ObjectType()
export class TeamMembersPayload {
  @Field(() => [TeamMemberResult], { description: 'One per user, in input order.' })
  results!: TeamMemberResult[];

  @Field(() => [TeamMember], { deprecationReason: 'Use `results { member }`.' })
  members!: TeamMember[];
}

@InputType()
export class TeamUserInput extends DryRunnableInput {
  @Field(() => ID)
  teamId!: string;

  @Field(() => ID)
  userId!: string;
}

@InputType()
export class TeamRefInput extends DryRunnableInput {
  @Field(() => ID)
  teamId!: string;
}

@ObjectType()
export class TeamMemberPayload {
  @Field(() => TeamMember)
  member!: TeamMember;
}

@InputType()
export class DecideTeamJoinRequestInput extends DryRunnableInput {
  @Field(() => ID)
  requestId!: string;
}

@ObjectType()
export class TeamJoinRequestPayload {
  @Field(() => TeamJoinRequest)
  request!: TeamJoinRequest;
}

@InputType()
export class InviteToTeamInput extends DryRunnableInput {
  @Field(() => ID)
  teamId!: string;

  @Field()
  @MaxLength(400)
  email!: string;

  @Field()
  @MaxLength(1000)
  name!: string;
}

@ObjectType()
export class RemovedPayload {
  @Field()
  removed!: boolean;
}
