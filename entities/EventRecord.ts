import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One live event, written in the transaction of the change it reports (issue 19). `position` is
 * taken from `event_sequence` under its row lock, so positions grow in commit order: a reader that
 * sees position p has seen every event before it. Relays on every instance read this table by
 * position; subscribers resume after a cursor (a position) within the retention window.
 */
@Entity({ name: 'event_record' })
@Index('IDX_event_record_created', ['createdAt'])
@Index('IDX_event_record_topic', ['topic', 'position'])
export class EventRecord {
  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 32 })
  topic!: string;

  @Column({ type: 'simple-json' })
  payload!: Record<string, unknown>;

  @Column({ type: 'datetime' })
  createdAt!: Date;
}

/**
 * The single row (id 1) holding the last position handed out (`head`) and the last position
 * pruned (`prunedThrough`): a cursor below it is CURSOR_EXPIRED.
 */
@Entity({ name: 'event_sequence' })
export class EventSequence {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  head!: number;

  @Column({ type: 'integer' })
  prunedThrough!: number;
}
