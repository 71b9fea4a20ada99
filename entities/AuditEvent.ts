import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './Node';

/** One entry of an organization's event log (R-PR-3), written in the command's transaction. */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_org_id', ['organizationId', 'id'])
@Index('IDX_audit_event_org_action', ['organizationId', 'action', 'id'])
@ObjectType({ implements: Node })
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  organizationId!: number;

  /** Null for the system actor (jobs). */
  @Column({ type: 'integer', nullable: true })
  actorUserId!: number | null;

  @Field({ description: 'What happened, e.g. `organization.seats.changed`.' })
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  targetType!: string;

  @Column({ type: 'integer' })
  targetId!: number;

  @Column({ type: 'simple-json' })
  metadata!: Record<string, unknown>;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
