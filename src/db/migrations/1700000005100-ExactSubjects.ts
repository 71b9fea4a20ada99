import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { str } from './columns';

/**
 * Token subjects are opaque identifiers: `user.subject` compares byte for byte on every database
 * (SQLite's default collation is already binary; MariaDB's default is case-insensitive). Pending
 * invitations keep the name the inviting admin typed (`organization_member.invitedName`), so an
 * existing user's own profile stays hidden until it accepts.
 */
export class ExactSubjects1700000005100 implements MigrationInterface {
  name = 'ExactSubjects1700000005100';

  async up(q: QueryRunner): Promise<void> {
    if (isMysql(q)) {
      await q.query(
        'ALTER TABLE `user` MODIFY `subject` varchar(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL',
      );
    }
    await q.addColumn('organization_member', new TableColumn(str('invitedName', 200, true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('organization_member', 'invitedName');
    if (isMysql(q)) {
      await q.query(
        'ALTER TABLE `user` MODIFY `subject` varchar(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL',
      );
    }
  }
}

function isMysql(q: QueryRunner): boolean {
  return ['mysql', 'mariadb'].includes(q.connection.driver.options.type);
}
