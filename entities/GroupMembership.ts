import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GroupKind, GroupMembershipStatus } from './enums';
import { Node } from './Node';

/**
 * Membership of one of the six Collaborate groups. Program-scope groups have `engagementId`
 * null; `scopeKey` (`P:<id>` or `E:<id>`) makes "once per user, group and scope" a unique key on
 * both databases (a nullable column would not). `memberOrganizationId` is the organization the
 * user acts for: Power Users manage only their own organization's participants (R-PU-1).
 */
@Entity({ name: 'group_membership' })
@Index('UQ_group_membership_scope_group_user', ['scopeKey', 'group', 'userId'], { unique: true })
@Index('IDX_group_membership_engagement', ['engagementId', 'group'])
@Index('IDX_group_membership_program', ['programId', 'group'])
@Index('IDX_group_membership_user', ['userId'])
@Index('IDX_group_membership_expires', ['expiresAt'])
@ObjectType({ implements: Node })
export class GroupMembership {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  scopeKey!: string;

  @Field(() => GroupKind)
  @Column({ type: 'varchar', length: 32 })
  group!: GroupKind;

  @Column({ type: 'integer' })
  programId!: number;

  @Column({ type: 'integer', nullable: true })
  engagementId!: number | null;

  @Column({ type: 'integer' })
  userId!: number;

  @Column({ type: 'integer' })
  memberOrganizationId!: number;

  @Field(() => GroupMembershipStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: GroupMembershipStatus;

  @Field(() => Date, { nullable: true, description: 'Last access to the portal (R-IN-2).' })
  @Column({ type: 'datetime', nullable: true })
  lastAccessAt!: Date | null;

  /** Set when the inactivity job deactivated the membership (R-IN-1); reactivation clears it. */
  @Column({ type: 'datetime', nullable: true })
  deactivatedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the member accepted the terms of use on joining (R-EN-3).',
  })
  @Column({ type: 'datetime', nullable: true })
  termsAcceptedAt!: Date | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the membership ends unless renewed (a guest after GUEST_MEMBERSHIP_DAYS; issue 21).',
  })
  @Column({ type: 'datetime', nullable: true })
  expiresAt!: Date | null;

  /** The smallest expiry warning sent (7 or 1 days ahead), so each goes out once. */
  @Column({ type: 'integer', nullable: true })
  expiryWarnedDays!: number | null;
}

export function scopeOfGroup(programId: number, engagementId: number | null): string {
  return engagementId === null ? `P:${programId}` : `E:${engagementId}`;
}
