import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RelationshipStatus } from './enums';
import { Node } from './Node';

/** A provider or partner organization managing a client organization (DOMAIN §1, §4). */
@Entity({ name: 'managed_relationship' })
@Index('UQ_managed_relationship_pair', ['managerOrganizationId', 'clientOrganizationId'], {
  unique: true,
})
@Index('IDX_managed_relationship_client', ['clientOrganizationId'])
@ObjectType({ implements: Node })
export class ManagedRelationship {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  managerOrganizationId!: number;

  @Column({ type: 'integer' })
  clientOrganizationId!: number;

  @Field(() => RelationshipStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: RelationshipStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastPartnerActivityAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  endsAt!: Date | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      "When the relationship ends unless the client's super admin renews it (set at approval; issue 21).",
  })
  @Column({ type: 'datetime', nullable: true })
  expiresAt!: Date | null;

  /** The last expiry warning sent (30, 7 or 1 days ahead), so each goes out once. */
  @Column({ type: 'integer', nullable: true })
  expiryWarnedDays!: number | null;
}
