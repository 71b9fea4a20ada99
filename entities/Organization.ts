import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { License, OrganizationKind, Plan } from './enums';
import { Node } from './Node';

/**
 * A tenant. Seats: `seatsUsed` counts active and invited members (R-PR-4) and never exceeds
 * `seatsAssigned`; both change only through conditional updates in the seat service.
 */
@Entity({ name: 'organization' })
@ObjectType({ implements: Node })
export class Organization {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field()
  @Index('IDX_organization_name')
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Field(() => OrganizationKind)
  @Column({ type: 'varchar', length: 20 })
  kind!: OrganizationKind;

  @Field(() => Plan)
  @Column({ type: 'varchar', length: 20 })
  plan!: Plan;

  @Column({ type: 'integer', default: 0 })
  seatsAssigned!: number;

  @Column({ type: 'integer', default: 0 })
  seatsUsed!: number;

  /** The license users get when they join the plan: free or restricted free (R-DI-8). */
  @Field(() => License)
  @Column({ type: 'varchar', length: 20, default: License.FREE })
  defaultLicense!: License;

  /** Billing contact (R-PR-3, R-PA-1); read through `Organization.billing`. */
  @Column({ type: 'varchar', length: 191, nullable: true })
  billingEmail!: string | null;

  @Column({ type: 'text', nullable: true })
  billingAddress!: string | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
