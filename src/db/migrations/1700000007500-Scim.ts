import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, id, index, int, str } from './columns';

/** SCIM 2.0 provisioning: per-organization bearer tokens (hashed) and external ids. */
export class Scim1700000007500 implements MigrationInterface {
  name = 'Scim1700000007500';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'scim_token',
        columns: [
          id,
          int('organizationId'),
          str('name', 100),
          str('tokenHash', 64),
          str('prefix', 16),
          int('createdByUserId'),
          date('createdAt'),
          date('lastUsedAt', true),
          date('revokedAt', true),
        ],
        indices: [
          index('UQ_scim_token_hash', ['tokenHash'], true),
          index('IDX_scim_token_org', ['organizationId', 'id']),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'scim_external_id',
        columns: [
          id,
          int('organizationId'),
          str('resourceType', 10),
          int('resourceId'),
          str('externalId', 191),
        ],
        indices: [
          index(
            'UQ_scim_external_id_resource',
            ['organizationId', 'resourceType', 'resourceId'],
            true,
          ),
          index('IDX_scim_external_id_value', ['organizationId', 'resourceType', 'externalId']),
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('scim_external_id', true);
    await q.dropTable('scim_token', true);
  }
}
