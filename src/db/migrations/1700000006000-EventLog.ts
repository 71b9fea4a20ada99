import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, index, int, str, text } from './columns';

/**
 * Durable live events (issue 19): `event_record` holds every event by position, written with the
 * change; `event_sequence` hands out positions in commit order and remembers what was pruned.
 */
export class EventLog1700000006000 implements MigrationInterface {
  name = 'EventLog1700000006000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'event_record',
        columns: [
          { ...int('position'), isPrimary: true },
          str('topic', 32),
          text('payload'),
          date('createdAt'),
        ],
        indices: [
          index('IDX_event_record_created', ['createdAt']),
          index('IDX_event_record_topic', ['topic', 'position']),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'event_sequence',
        columns: [{ ...int('id'), isPrimary: true }, int('head'), int('prunedThrough')],
      }),
      true,
    );
    await q.query('INSERT INTO event_sequence (id, head, prunedThrough) VALUES (1, 0, 0)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('event_sequence', true);
    await q.dropTable('event_record', true);
  }
}
