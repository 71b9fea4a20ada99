import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationKind, NotificationStatus } from './enums';
import { Node } from './Node';

/**
 * The transactional outbox: a command writes the notification in its own transaction, and the
 * delivery job sends it. `messageId` is fixed when first claimed, so a resend after a crash keeps
 * it and can be recognized.
 */
@Entity({ name: 'notification' })
@Index('IDX_notification_recipient', ['recipientUserId', 'id'])
@Index('IDX_notification_status', ['status', 'nextAttemptAt'])
@ObjectType({ implements: Node })
export class Notification {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  recipientUserId!: number;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: NotificationKind;

  /** Template data: names and links, never secrets. */
  @Column({ type: 'simple-json' })
  data!: Record<string, unknown>;

  @Field(() => NotificationStatus)
  @Column({ type: 'varchar', length: 20 })
  status!: NotificationStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  messageId!: string | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', nullable: true })
  sentAt!: Date | null;

  @Field()
  @Column({ type: 'datetime' })
  createdAt!: Date;
}
