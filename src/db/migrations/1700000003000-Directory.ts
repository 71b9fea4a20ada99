import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { date, id, index, int, str, text } from './columns';

/** The user directory: default license, invitations, team invite settings and join requests, idempotent batches. */
export class Directory1700000003000 implements MigrationInterface {
  name = 'Directory1700000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'organization',
      new TableColumn({ ...str('defaultLicense', 20), default: "'FREE'" }),
    );
    await q.addColumn('organization_member', new TableColumn(date('invitedAt', true)));
    await q.createIndex(
      'organization_member',
      new TableIndex({
        name: 'IDX_organization_member_org_activity',
        columnNames: ['organizationId', 'lastActivityAt'],
      }),
    );
    await q.addColumn('team', new TableColumn({ ...str('invitePolicy', 20), default: "'ADMINS'" }));
    await q.createTable(
      new Table({
        name: 'team_join_request',
        columns: [
          id,
          int('teamId'),
          int('organizationId'),
          int('userId'),
          str('status', 20),
          str('pendingKey', 40, true),
          int('decidedByUserId', true),
          date('decidedAt', true),
          date('createdAt'),
        ],
        indices: [
          index('UQ_team_join_request_pending', ['pendingKey'], true),
          index('IDX_team_join_request_team', ['teamId', 'status', 'id']),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'idempotency_record',
        columns: [
          id,
          str('scopeKey', 191),
          int('actorUserId'),
          str('requestHash', 64),
          text('response', true),
          date('createdAt'),
        ],
        indices: [index('UQ_idempotency_record_scope', ['scopeKey'], true)],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('idempotency_record', true);
    await q.dropTable('team_join_request', true);
    await q.dropColumn('team', 'invitePolicy');
    await q.dropIndex('organization_member', 'IDX_organization_member_org_activity');
    await q.dropColumn('organization_member', 'invitedAt');
    await q.dropColumn('organization', 'defaultLicense');
  }
}
