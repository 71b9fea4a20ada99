import { BulkItemResult } from './bulk';
import { DryRunnableInput } from './dryRun';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AccessLink, ManagedRelationship, OrganizationMember, PermissionSet } from '../../entities';
import { ClientPermission, MemberStatus } from '../../entities/enums';
import { OrganizationRef, UserRef } from './engagement';

@InputType()
export class CreatePermissionSetInput {
  @Field(() => ID, { description: 'The client account.' })
  organizationId!: string;

  @Field()
  @MaxLength(400)
  name!: string;

  @Field(() => [ClientPermission])
  permissions!: ClientPermission[];
}

@ObjectType()
export class PermissionSetPayload {
  @Field(() => PermissionSet)
  permissionSet!: PermissionSet;
}

@InputType()
export class CreateAccessLinkInput {
  @Field(() => ID)
  clientOrganizationId!: string;

  @Field(() => ID, { description: 'The permission set asked for.' })
  permissionSetId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Another employee, when a partner admin sends the link on their behalf.',
  })
  employeeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Your partner, if you work for several.' })
  partnerOrganizationId?: string | null;
}

@InputType()
export class DecideAccessLinkInput extends DryRunnableInput {
  @Field(() => ID)
  accessLinkId!: string;

  @Field(() => Date, {
    nullable: true,
    description:
      'On approval: when the relationship ends unless renewed (at most MAX_RELATIONSHIP_DAYS ahead; issue 21).',
  })
  relationshipExpiresAt?: Date | null;
}

@ObjectType()
export class AccessLinkPayload {
  @Field(() => AccessLink)
  accessLink!: AccessLink;
}

@InputType()
export class AddPartnerEmployeesInput extends DryRunnableInput {
  @Field(() => ID)
  clientOrganizationId!: string;

  @Field(() => [ID])
  userIds!: string[];

  @Field(() => ID)
  permissionSetId!: string;
}

@InputType()
export class PartnerEmployeeInput extends DryRunnableInput {
  @Field(() => ID)
  clientOrganizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  permissionSetId!: string;
}

@InputType()
export class RenewRelationshipInput extends DryRunnableInput {
  @Field(() => ID)
  relationshipId!: string;

  @Field({ description: 'The new end, in the future and at most MAX_RELATIONSHIP_DAYS ahead.' })
  expiresAt!: Date;
}

@ObjectType()
export class RelationshipPayload {
  @Field(() => ManagedRelationship)
  relationship!: ManagedRelationship;
}

@InputType()
export class SetReportsAccessInput extends DryRunnableInput {
  @Field(() => ID)
  clientOrganizationId!: string;

  @Field(() => ID)
  userId!: string;

  @Field({ description: 'True gives reports access (REPORTS_VIEW), false takes it away.' })
  granted!: boolean;
}

@InputType()
export class PartnerEmployeesInput extends DryRunnableInput {
  @Field(() => ID)
  clientOrganizationId!: string;

  @Field(() => [ID])
  userIds!: string[];
}

@ObjectType({
  implements: BulkItemResult,
  description: 'What the change did to one employee (`id`, a User): the change is all or nothing.',
})
export class PartnerEmployeeResult extends BulkItemResult {
  @Field(() => OrganizationMember, { description: 'The membership as the change left it.' })
  member!: OrganizationMember;
}

@ObjectType()
export class PartnerEmployeesPayload {
  @Field(() => [PartnerEmployeeResult], { description: 'One per user, in input order.' })
  results!: PartnerEmployeeResult[];

  @Field(() => [OrganizationMember], { deprecationReason: 'Use `results { member }`.' })
  members!: OrganizationMember[];
}

@ObjectType()
export class PartnerEmployeePayload {
  @Field(() => OrganizationMember)
  member!: OrganizationMember;
}

@InputType()
export class RemovePartnerEmployeesInput {
  @Field(() => [ID], { description: 'One or several client accounts (R-PA-6).' })
  clientOrganizationIds!: string[];

  @Field(() => [ID])
  userIds!: string[];

  @Field({ description: 'true: only the review of what would be removed; false: remove.' })
  dryRun!: boolean;
}

@ObjectType({
  implements: BulkItemResult,
  description:
    'A partner employee (`id`, a User) in one client account and what it owns there: CHANGED, removed (in a dry run: would be).',
})
export class PartnerEmployeeAssets extends BulkItemResult {
  @Field(() => UserRef)
  user!: UserRef;

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => [String], { description: 'Teams of the client the employee administers.' })
  teamsAdministered!: string[];

  @Field(() => Int, { description: 'Engagement and program groups held for the client.' })
  engagementGroups!: number;

  @Field(() => Int, { description: 'Access links it sent that are still pending.' })
  pendingAccessLinks!: number;
}

@ObjectType()
export class PartnerRemovalClient {
  @Field(() => OrganizationRef)
  client!: OrganizationRef;

  @Field(() => [PartnerEmployeeAssets])
  employees!: PartnerEmployeeAssets[];

  @Field({
    description: 'No employee of the partner would remain: the relationship ends in 60 days.',
  })
  endsRelationship!: boolean;
}

@ObjectType()
export class RemovePartnerEmployeesPayload {
  @Field()
  dryRun!: boolean;

  @Field(() => [PartnerRemovalClient])
  clients!: PartnerRemovalClient[];
}

@InputType()
export class SwitchToPartnerAdminInput extends DryRunnableInput {
  @Field(() => ID, { description: 'The client account where you are a super admin.' })
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Your partner, if you work for several.' })
  partnerOrganizationId?: string | null;

  @Field({ defaultValue: false, description: 'Keep billing permission (R-PA-8).' })
  keepBilling!: boolean;
}
