import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The first result of a batch mutation under an idempotency key (DESIGN §3.8): a retry with the
 * same input gets it back, a different input under the same key is a CONFLICT. `scopeKey`
 * (`<organizationId>:<key>`) is unique, so two concurrent first calls cannot both run.
 */
@Entity({ name: 'idempotency_record' })
@Index('UQ_idempotency_record_scope', ['scopeKey'], { unique: true })
export class IdempotencyRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 191 })
  scopeKey!: string;

  @Column({ type: 'integer' })
  actorUserId!: number;

  /** SHA-256 of the canonical input. */
  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  /** The stored result (JSON), null while the first call runs. */
  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}
