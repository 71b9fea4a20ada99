import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GroupKind, OrgRole, ReviewDecision, ReviewItemOutcome } from './enums';
import { Node } from './Node';

/**
 * One person's access under review: a group membership (engagement, program) or an organization
 * membership (partner admin, guest). Decided once (`decision IS NULL` guards the update).
 */
@Entity({ name: 'access_review_item' })
@Index('IDX_access_review_item_review', ['reviewId', 'id'])
@ObjectType({ implements: Node })
export class AccessReviewItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  reviewId!: number;

  @Column({ type: 'integer' })
  userId!: number;

  /** The organization the person acts for: Power Users review their own only (R-PU-1). */
  @Column({ type: 'integer' })
  memberOrganizationId!: number;

  /** The group under review (engagement and program reviews). */
  @Field(() => GroupKind, { nullable: true })
  @Column({ type: 'varchar', length: 32, nullable: true })
  group!: GroupKind | null;

  /** The role under review (organization reviews). */
  @Field(() => OrgRole, { nullable: true })
  @Column({ type: 'varchar', length: 20, nullable: true })
  role!: OrgRole | null;

  @Field(() => Date, {
    nullable: true,
    description: "The person's last access when the review opened (R-IN-2).",
  })
  @Column({ type: 'datetime', nullable: true })
  lastAccessAt!: Date | null;

  @Field(() => ReviewDecision, { nullable: true })
  @Column({ type: 'varchar', length: 10, nullable: true })
  decision!: ReviewDecision | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  justification!: string | null;

  @Column({ type: 'integer', nullable: true })
  decidedByUserId!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @Field(() => ReviewItemOutcome, { nullable: true, description: 'Set when the review applied.' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome!: ReviewItemOutcome | null;
}
