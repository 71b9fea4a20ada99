import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { date, id, index, int, str } from './columns';

/** Inactivity deactivation marks and the once-per-period notices of the inactivity job. */
export class Jobs1700000004000 implements MigrationInterface {
  name = 'Jobs1700000004000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('group_membership', new TableColumn(date('deactivatedAt', true)));
    await q.createTable(
      new Table({
        name: 'inactivity_notice',
        columns: [
          id,
          str('noticeKey', 80),
          int('userId'),
          date('periodStart'),
          str('stage', 20),
          date('createdAt'),
        ],
        indices: [
          index('UQ_inactivity_notice_key', ['noticeKey'], true),
          index('IDX_inactivity_notice_user', ['userId']),
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('inactivity_notice', true);
    await q.dropColumn('group_membership', 'deactivatedAt');
  }
}
