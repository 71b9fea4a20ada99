import { DryRunnableInput } from './dryRun';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ManagedRelationship, Organization } from '../../entities';
import { Plan } from '../../entities/enums';

@ObjectType({ description: 'Seats of an organization (R-PR-1): remaining = assigned − used.' })
export class Seats {
  @Field(() => Int)
  assigned!: number;

  @Field(() => Int)
  used!: number;

  @Field(() => Int)
  remaining!: number;
}

@InputType()
export class AuditEventFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Exact action, e.g. `organization.seats.changed`.',
  })
  @MaxLength(64)
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events by this user.' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Events at or after this time.' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events before this time.' })
  until?: Date | null;
}

@InputType()
export class CreateClientOrganizationInput extends DryRunnableInput {
  @Field(() => ID, {
    description: 'The provider or partner organization that will manage the client.',
  })
  managerId!: string;

  @Field()
  @MaxLength(1000)
  name!: string;

  @Field(() => Plan)
  plan!: Plan;

  @Field(() => Int, { description: 'Seats assigned to the client.' })
  seats!: number;
}

@ObjectType()
export class CreateClientOrganizationPayload {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => ManagedRelationship)
  relationship!: ManagedRelationship;
}

@InputType()
export class ChangeClientSeatsInput extends DryRunnableInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int, { description: 'New number of assigned seats; never below the seats in use.' })
  assigned!: number;
}

@ObjectType()
export class ChangeClientSeatsPayload {
  @Field(() => Organization)
  organization!: Organization;
}
