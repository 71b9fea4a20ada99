import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { bool, date, id, index, int, str, text } from './columns';

/** Billing details, partner employees in client accounts, permission sets and access links. */
export class Delegation1700000002000 implements MigrationInterface {
  name = 'Delegation1700000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('organization', [
      new TableColumn(str('billingEmail', 191, true)),
      new TableColumn(text('billingAddress', true)),
    ]);
    await q.addColumns('organization_member', [
      new TableColumn(int('partnerOrganizationId', true)),
      new TableColumn(int('permissionSetId', true)),
      new TableColumn({ ...bool(q, 'verified'), default: 0 }),
      new TableColumn({ ...bool(q, 'billingPermission'), default: 0 }),
    ]);
    await q.createIndex(
      'organization_member',
      new TableIndex({
        name: 'IDX_organization_member_partner',
        columnNames: ['organizationId', 'partnerOrganizationId'],
      }),
    );
    await q.createTable(
      new Table({
        name: 'permission_set',
        columns: [
          id,
          int('clientOrganizationId'),
          str('name', 100),
          text('permissions'),
          date('createdAt'),
        ],
        indices: [index('UQ_permission_set_client_name', ['clientOrganizationId', 'name'], true)],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'access_link',
        columns: [
          id,
          int('partnerOrganizationId'),
          int('clientOrganizationId'),
          int('employeeUserId'),
          int('createdByUserId'),
          int('permissionSetId'),
          str('status', 20),
          str('pendingKey', 40, true),
          date('expiresAt'),
          int('decidedByUserId', true),
          date('decidedAt', true),
          date('createdAt'),
        ],
        indices: [
          index('UQ_access_link_pending', ['pendingKey'], true),
          index('IDX_access_link_client', ['clientOrganizationId', 'status', 'id']),
          index('IDX_access_link_partner', ['partnerOrganizationId', 'id']),
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('access_link', true);
    await q.dropTable('permission_set', true);
    await q.dropIndex('organization_member', 'IDX_organization_member_partner');
    for (const c of ['billingPermission', 'verified', 'permissionSetId', 'partnerOrganizationId']) {
      await q.dropColumn('organization_member', c);
    }
    await q.dropColumn('organization', 'billingAddress');
    await q.dropColumn('organization', 'billingEmail');
  }
}
