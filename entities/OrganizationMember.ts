import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { License, MemberStatus, OrgRole } from './enums';
import { Node } from './Node';

/** A user's membership of one organization: role, license, status and last activity. */
@Entity({ name: 'organization_member' })
@Index('UQ_organization_member_org_user', ['organizationId', 'userId'], { unique: true })
@Index('IDX_organization_member_org_status', ['organizationId', 'status'])
@Index('IDX_organization_member_user', ['userId'])
@Index('IDX_organization_member_partner', ['organizationId', 'partnerOrganizationId'])
@Index('IDX_organization_member_org_activity', ['organizationId', 'lastActivityAt'])
@Index('IDX_organization_member_expires', ['expiresAt'])
@ObjectType({ implements: Node })
export class OrganizationMember {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  @Column({ type: 'integer' })
  userId!: number;

  @Field(() => OrgRole)
  @Column({ type: 'varchar', length: 20 })
  role!: OrgRole;

  @Field(() => License)
  @Column({ type: 'varchar', length: 20 })
  license!: License;

  @Field(() => MemberStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: MemberStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  lastActivityAt!: Date | null;

  /** When the (last) invitation was sent; it expires 30 days later (R-BK-2). */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  invitedAt!: Date | null;

  /** For a pending invitation: the name the inviting admin typed, shown until it is accepted. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  invitedName!: string | null;

  /** For a partner employee in a client account: the partner organization it works for. */
  @Column({ type: 'integer', nullable: true })
  partnerOrganizationId!: number | null;

  /** For a partner admin: the permission set it holds in this client account (R-PA-3). */
  @Column({ type: 'integer', nullable: true })
  permissionSetId!: number | null;

  @Field({ description: "A partner employee with the partner's verified email domain (R-PA-3)." })
  @Column({ type: 'boolean', default: false })
  verified!: boolean;

  @Field({ description: 'A partner admin who kept billing permission when it switched (R-PA-8).' })
  @Column({ type: 'boolean', default: false })
  billingPermission!: boolean;

  @Field({
    description:
      'Holds reports access (REPORTS_VIEW) in this client account. A permission set never grants it; a super admin does, and a change of set keeps it (R-PA-9).',
  })
  @Column({ type: 'boolean', default: false })
  reportsAccess!: boolean;

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
