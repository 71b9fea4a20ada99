import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccessReviewKind, AccessReviewStatus, UndecidedOutcome } from './enums';
import { Node } from './Node';

/**
 * An access review (issue 21): reviewers confirm or remove each person's access in one scope (an
 * engagement's participants, a program's groups, an organization's partner admins or guests)
 * before `dueAt`; then the decisions apply in one step.
 */
@Entity({ name: 'access_review' })
@Index('IDX_access_review_org', ['organizationId', 'id'])
@Index('IDX_access_review_due', ['status', 'dueAt'])
@ObjectType({ implements: Node })
export class AccessReview {
  @PrimaryGeneratedColumn()
  id!: number;

  @Field(() => AccessReviewKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: AccessReviewKind;

  /** The organization of the scope: the host (engagement, program) or the organization itself. */
  @Column({ type: 'integer' })
  organizationId!: number;

  @Column({ type: 'integer', nullable: true })
  programId!: number | null;

  @Column({ type: 'integer', nullable: true })
  engagementId!: number | null;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'integer' })
  createdByUserId!: number;

  @Field({ description: 'When the decisions apply, undecided items as `undecided` says.' })
  @Column({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => UndecidedOutcome, { description: 'What happens to items nobody decided.' })
  @Column({ type: 'varchar', length: 10 })
  undecided!: UndecidedOutcome;

  @Field(() => AccessReviewStatus)
  @Column({ type: 'varchar', length: 10 })
  status!: AccessReviewStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  appliedAt!: Date | null;

  /** The last reminder sent (7 or 1 days ahead), so each goes out once. */
  @Column({ type: 'integer', nullable: true })
  remindedDays!: number | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
