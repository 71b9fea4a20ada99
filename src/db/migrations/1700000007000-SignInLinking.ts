import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { date } from './columns';

/**
 * First sign-in linking (README "Sign-in"): `user.linkedAt` says when a token first linked the
 * user to its `subject`; null while the user was only invited or provisioned by email (subject
 * still the email). Existing users whose subject is already something else came from the
 * identity provider: they count as linked since their creation.
 */
export class SignInLinking1700000007000 implements MigrationInterface {
  name = 'SignInLinking1700000007000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('user', new TableColumn(date('linkedAt', true)));
    const user = q.connection.driver.escape('user');
    // MariaDB: `subject` is binary-collated, `email` is not; compare both as binary.
    const mysql = ['mysql', 'mariadb'].includes(q.connection.driver.options.type);
    const email = mysql ? 'email COLLATE utf8mb4_bin' : 'email';
    await q.query(`UPDATE ${user} SET linkedAt = createdAt WHERE subject <> ${email}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('user', 'linkedAt');
  }
}
