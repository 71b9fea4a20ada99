import { BulkItemResult } from './bulk';
import { DryRunnableInput } from './dryRun';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Team, User } from '../../entities';
import { License, OrgRole } from '../../entities/enums';

export enum ActivityWindow {
  LAST_30_DAYS = 30,
  LAST_60_DAYS = 60,
  LAST_90_DAYS = 90,
  LAST_180_DAYS = 180,
}

export enum BatchOperation {
  ADD_TO_TEAMS = 'ADD_TO_TEAMS',
  ADD_TO_NEW_TEAM = 'ADD_TO_NEW_TEAM',
  REMOVE_FROM_TEAM = 'REMOVE_FROM_TEAM',
  SWITCH_LICENSE = 'SWITCH_LICENSE',
  DEACTIVATE = 'DEACTIVATE',
  REACTIVATE = 'REACTIVATE',
}

export enum LicenseSwitch {
  TO_FULL = 'TO_FULL',
  TO_GUEST = 'TO_GUEST',
  TO_RESTRICTED_FREE = 'TO_RESTRICTED_FREE',
  REVOKE_RESTRICTED_FREE = 'REVOKE_RESTRICTED_FREE',
}

registerEnumType(ActivityWindow, { name: 'ActivityWindow' });
registerEnumType(BatchOperation, { name: 'BatchOperation' });
registerEnumType(LicenseSwitch, {
  name: 'LicenseSwitch',
  description:
    'A license change (R-DI-5, R-BK-1), named TO_ or REVOKE_ followed by the License or OrgRole value it leads to or takes away: TO_FULL gives a FULL license (a GUEST becomes a MEMBER); TO_GUEST makes a GUEST with a FREE license; TO_RESTRICTED_FREE changes the license only; REVOKE_RESTRICTED_FREE gives back the license the role allows (FULL for a member, FREE for a guest).',
});

@InputType({ description: 'Directory filters (R-DI-4).' })
export class DirectoryFilterInput {
  @Field(() => [OrgRole], { nullable: true })
  roles?: OrgRole[] | null;

  @Field(() => [License], { nullable: true })
  licenses?: License[] | null;

  @Field(() => ID, { nullable: true })
  teamId?: string | null;

  @Field(() => ActivityWindow, {
    nullable: true,
    description: 'Activity in the last 30 to 180 days.',
  })
  activity?: ActivityWindow | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Activity since a date (instead of a window).',
  })
  activitySince?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With a window or date: true for active in it (default), false for inactive.',
  })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Partial name or email.' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  hideInvited?: boolean | null;
}

@InputType()
export class BatchUpdateMembersInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => [ID], { description: 'At most 50 users (R-BK-1).' })
  @ArrayMaxSize(1000)
  userIds!: string[];

  @Field(() => BatchOperation)
  operation!: BatchOperation;

  @Field(() => [ID], { nullable: true, description: 'ADD_TO_TEAMS: the teams.' })
  teamIds?: string[] | null;

  @Field({ defaultValue: false, description: 'ADD_TO_TEAMS: also leave every other team.' })
  removeFromCurrentTeams!: boolean;

  @Field(() => String, { nullable: true, description: 'ADD_TO_NEW_TEAM: the team to create.' })
  @MaxLength(400)
  newTeamName?: string | null;

  @Field(() => ID, { nullable: true, description: 'REMOVE_FROM_TEAM: the team.' })
  teamId?: string | null;

  @Field(() => LicenseSwitch, { nullable: true, description: 'SWITCH_LICENSE: the switch.' })
  license?: LicenseSwitch | null;

  @Field({ defaultValue: false, description: 'Report what would happen; write nothing.' })
  dryRun!: boolean;

  @Field({
    defaultValue: false,
    description: 'All or nothing (true), or apply to every user that can take it (false).',
  })
  atomic!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Retries with the same key and input get the first result; another input is a CONFLICT.',
  })
  @MaxLength(200)
  idempotencyKey?: string | null;
}

@ObjectType({
  implements: BulkItemResult,
  description: 'What the batch did, or would do, to one user (`id`).',
})
export class BatchMemberResult extends BulkItemResult {
  @Field(() => User, { nullable: true, description: 'Null when you may not see the user.' })
  user!: User | null;

  @Field({ description: 'Whether the change was applied (in a dry run: would be).' })
  ok!: boolean;
}

@ObjectType()
export class BatchUpdateMembersPayload {
  @Field({ description: 'Whether anything was written.' })
  applied!: boolean;

  @Field()
  dryRun!: boolean;

  @Field()
  atomic!: boolean;

  @Field(() => Int)
  failed!: number;

  @Field(() => Team, { nullable: true, description: 'The team ADD_TO_NEW_TEAM created.' })
  createdTeam!: Team | null;

  @Field(() => [BatchMemberResult])
  results!: BatchMemberResult[];
}

@InputType()
export class ChangeMemberLicenseInput extends DryRunnableInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => LicenseSwitch)
  license!: LicenseSwitch;
}

@InputType()
export class SetMemberTeamsInput extends DryRunnableInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => [ID], { description: 'The member ends up in exactly these teams.' })
  teamIds!: string[];
}
