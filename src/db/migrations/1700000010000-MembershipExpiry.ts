import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { date, index, int } from './columns';

const TABLES = ['organization_member', 'group_membership'] as const;

/**
 * Membership end dates (issue 21): an organization or group membership may end on a date (a
 * guest after 30 days, a contractor on a day), with the smallest warning already sent.
 */
export class MembershipExpiry1700000010000 implements MigrationInterface {
  name = 'MembershipExpiry1700000010000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.addColumns(table, [
        new TableColumn(date('expiresAt', true)),
        new TableColumn(int('expiryWarnedDays', true)),
      ]);
      await q.createIndex(table, index(`IDX_${table}_expires`, ['expiresAt']));
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.dropIndex(table, `IDX_${table}_expires`);
      await q.dropColumn(table, 'expiryWarnedDays');
      await q.dropColumn(table, 'expiresAt');
    }
  }
}
