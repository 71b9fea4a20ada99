import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccessLinkStatus } from './enums';
import { Node } from './Node';

/**
 * A partner employee's request to become partner admin of a client account (R-PA-2). A client
 * super admin approves it before `expiresAt`. While pending, `pendingKey`
 * (`<clientId>:<employeeId>`) keeps one link per employee and client.
 */
@Entity({ name: 'access_link' })
@Index('UQ_access_link_pending', ['pendingKey'], { unique: true })
@Index('IDX_access_link_client', ['clientOrganizationId', 'status', 'id'])
@Index('IDX_access_link_partner', ['partnerOrganizationId', 'id'])
@ObjectType({ implements: Node })
export class AccessLink {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  partnerOrganizationId!: number;

  @Column({ type: 'integer' })
  clientOrganizationId!: number;

  @Column({ type: 'integer' })
  employeeUserId!: number;

  @Column({ type: 'integer' })
  createdByUserId!: number;

  @Column({ type: 'integer' })
  permissionSetId!: number;

  @Field(() => AccessLinkStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: AccessLinkStatus;

  @Column({ type: 'varchar', length: 40, nullable: true })
  pendingKey!: string | null;

  @Field()
  @Column({ type: 'datetime' })
  expiresAt!: Date;

  @Column({ type: 'integer', nullable: true })
  decidedByUserId!: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  decidedAt!: Date | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
