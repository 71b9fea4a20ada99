import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { date, int } from './columns';

/** Time-bound relationships (issue 21): an expiry set at approval, and the last warning sent. */
export class RelationshipExpiry1700000008100 implements MigrationInterface {
  name = 'RelationshipExpiry1700000008100';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('managed_relationship', [
      new TableColumn(date('expiresAt', true)),
      new TableColumn(int('expiryWarnedDays', true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('managed_relationship', 'expiryWarnedDays');
    await q.dropColumn('managed_relationship', 'expiresAt');
  }
}
