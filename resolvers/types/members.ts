import { DryRunnableInput } from './dryRun';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Organization, OrganizationMember } from '../../entities';
import { License, OrgRole } from '../../entities/enums';

export enum ClientSortField {
  NAME = 'NAME',
  PLAN = 'PLAN',
  ASSIGNED = 'ASSIGNED',
  USED = 'USED',
  REMAINING = 'REMAINING',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(ClientSortField, { name: 'ClientSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Sort of the clients list by one of its columns (R-PR-1).' })
export class ClientOrder {
  @Field(() => ClientSortField)
  field!: ClientSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ObjectType({ description: 'Billing information (R-PR-3, R-PA-1).' })
export class Billing {
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@InputType()
export class AddOrganizationMemberInput extends DryRunnableInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  @MaxLength(400)
  email!: string;

  @Field()
  @MaxLength(1000)
  name!: string;

  @Field(() => OrgRole, { defaultValue: OrgRole.MEMBER })
  role!: OrgRole;

  @Field(() => License, {
    nullable: true,
    description: 'Default: full for members, free for guests (guests never hold a full one).',
  })
  license?: License | null;

  @Field({
    defaultValue: false,
    description:
      'Invite (status INVITED, an email is sent, it expires after 30 days) instead of adding as active.',
  })
  invite!: boolean;

  @Field(() => [ID], { defaultValue: [], description: 'Teams of the organization to join.' })
  teamIds!: string[];

  @Field(() => Date, {
    nullable: true,
    description:
      'When the membership ends, at most MAX_MEMBERSHIP_DAYS ahead; a guest gets GUEST_MEMBERSHIP_DAYS when unset (issue 21).',
  })
  expiresAt?: Date | null;
}

@InputType()
export class AcceptInvitationInput extends DryRunnableInput {
  @Field(() => ID)
  organizationId!: string;
}

@InputType()
export class OrganizationMemberRefInput extends DryRunnableInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID)
  userId!: string;
}

@InputType()
export class ChangeMemberRoleInput extends OrganizationMemberRefInput {
  @Field(() => OrgRole)
  role!: OrgRole;
}

@InputType()
export class SetOrganizationMemberExpiryInput extends OrganizationMemberRefInput {
  @Field(() => Date, {
    nullable: true,
    description:
      'The new end, at most MAX_MEMBERSHIP_DAYS ahead; null: the membership no longer ends.',
  })
  expiresAt!: Date | null;
}

@ObjectType()
export class OrganizationMemberPayload {
  @Field(() => OrganizationMember)
  member!: OrganizationMember;
}

@ObjectType()
export class RemoveOrganizationMemberPayload {
  @Field(() => ID)
  removedUserId!: string;

  @Field(() => Organization)
  organization!: Organization;
}

@InputType()
export class UpdateBillingInformationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field()
  @MaxLength(400)
  email!: string;

  @Field()
  @MaxLength(2000)
  address!: string;
}

@ObjectType()
export class UpdateBillingInformationPayload {
  @Field(() => Organization)
  organization!: Organization;
}
