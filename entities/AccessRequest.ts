import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccessRequestStatus } from './enums';
import { Node } from './Node';

/**
 * A request to join an engagement whose policy asks for approval (R-EN-3, R-AR-1). While it is
 * pending, `pendingKey` (`<engagementId>:<userId>`) makes a second pending request by the same
 * user a unique-key violation on both databases; a decided request sets it to null (several
 * nulls are allowed).
 */
@Entity({ name: 'access_request' })
@Index('UQ_access_request_pending', ['pendingKey'], { unique: true })
@Index('IDX_access_request_engagement', ['engagementId', 'status', 'id'])
@Index('IDX_access_request_requester', ['requesterUserId', 'id'])
@ObjectType({ implements: Node })
export class AccessRequest {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  engagementId!: number;

  @Column({ type: 'integer' })
  programId!: number;

  @Column({ type: 'integer' })
  hostOrganizationId!: number;

  @Column({ type: 'integer' })
  requesterUserId!: number;

  /** The organization the requester acts for; its Power Users may decide (R-PU-1). */
  @Column({ type: 'integer' })
  requesterOrganizationId!: number;

  @Field()
  @Column({ type: 'text' })
  justification!: string;

  @Field(() => AccessRequestStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: AccessRequestStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  pendingKey!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the requester accepted the terms.' })
  @Column({ type: 'datetime', nullable: true })
  termsAcceptedAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  decidedByUserId!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}

export function pendingKeyOf(engagementId: number, userId: number): string {
  return `${engagementId}:${userId}`;
}
