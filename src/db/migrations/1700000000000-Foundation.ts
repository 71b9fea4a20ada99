import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, date, id, index, int, str, text } from './columns';

/** The foundation schema, through TypeORM's portable Table API so it runs on MySQL and SQLite. */
export class Foundation1700000000000 implements MigrationInterface {
  name = 'Foundation1700000000000';

  async up(q: QueryRunner): Promise<void> {
    const tables: Table[] = [
      new Table({
        name: 'user',
        columns: [
          id,
          str('subject', 191),
          str('email', 191),
          str('name', 200),
          str('photoUrl', 500, true),
          date('createdAt'),
        ],
        indices: [
          index('UQ_user_subject', ['subject'], true),
          index('UQ_user_email', ['email'], true),
        ],
      }),
      new Table({
        name: 'organization',
        columns: [
          id,
          str('name', 200),
          str('kind', 20),
          str('plan', 20),
          { ...int('seatsAssigned'), default: 0 },
          { ...int('seatsUsed'), default: 0 },
          date('createdAt'),
        ],
        indices: [index('IDX_organization_name', ['name'])],
      }),
      new Table({
        name: 'organization_domain',
        columns: [id, int('organizationId'), str('domain', 191)],
        indices: [
          index('IDX_organization_domain_org', ['organizationId']),
          index('UQ_organization_domain_domain', ['domain'], true),
        ],
      }),
      new Table({
        name: 'organization_member',
        columns: [
          id,
          int('organizationId'),
          int('userId'),
          str('role', 20),
          str('license', 20),
          str('status', 20),
          date('lastActivityAt', true),
          date('createdAt'),
        ],
        indices: [
          index('UQ_organization_member_org_user', ['organizationId', 'userId'], true),
          index('IDX_organization_member_org_status', ['organizationId', 'status']),
          index('IDX_organization_member_user', ['userId']),
        ],
      }),
      new Table({
        name: 'managed_relationship',
        columns: [
          id,
          int('managerOrganizationId'),
          int('clientOrganizationId'),
          str('status', 20),
          date('lastPartnerActivityAt', true),
          date('endsAt', true),
          date('createdAt'),
        ],
        indices: [
          index(
            'UQ_managed_relationship_pair',
            ['managerOrganizationId', 'clientOrganizationId'],
            true,
          ),
          index('IDX_managed_relationship_client', ['clientOrganizationId']),
        ],
      }),
      new Table({
        name: 'team',
        columns: [
          id,
          int('organizationId'),
          str('name', 191),
          str('privacy', 20),
          date('createdAt'),
        ],
        indices: [index('UQ_team_org_name', ['organizationId', 'name'], true)],
      }),
      new Table({
        name: 'team_member',
        columns: [
          id,
          int('teamId'),
          int('userId'),
          int('organizationId'),
          str('role', 20),
          date('createdAt'),
        ],
        indices: [
          index('UQ_team_member_team_user', ['teamId', 'userId'], true),
          index('IDX_team_member_user', ['userId']),
          index('IDX_team_member_org_user', ['organizationId', 'userId']),
        ],
      }),
      new Table({
        name: 'program',
        columns: [
          id,
          int('hostOrganizationId'),
          str('name', 200),
          text('description'),
          date('createdAt'),
        ],
        indices: [index('IDX_program_host', ['hostOrganizationId'])],
      }),
      new Table({
        name: 'engagement',
        columns: [
          id,
          int('programId'),
          int('hostOrganizationId'),
          str('name', 200),
          str('joinPolicy', 20),
          text('termsOfUse', true),
          bool(q, 'acceptsFeedback'),
          date('createdAt'),
        ],
        indices: [
          index('IDX_engagement_program', ['programId']),
          index('IDX_engagement_name', ['name']),
        ],
      }),
      new Table({
        name: 'group_membership',
        columns: [
          id,
          str('scopeKey', 32),
          str('group', 32),
          int('programId'),
          int('engagementId', true),
          int('userId'),
          int('memberOrganizationId'),
          str('status', 20),
          date('lastAccessAt', true),
          date('createdAt'),
        ],
        indices: [
          index('UQ_group_membership_scope_group_user', ['scopeKey', 'group', 'userId'], true),
          index('IDX_group_membership_engagement', ['engagementId', 'group']),
          index('IDX_group_membership_program', ['programId', 'group']),
          index('IDX_group_membership_user', ['userId']),
        ],
      }),
      new Table({
        name: 'audit_event',
        columns: [
          id,
          int('organizationId'),
          int('actorUserId', true),
          str('action', 64),
          str('targetType', 64),
          int('targetId'),
          text('metadata'),
          date('createdAt'),
        ],
        indices: [
          index('IDX_audit_event_org_id', ['organizationId', 'id']),
          index('IDX_audit_event_org_action', ['organizationId', 'action', 'id']),
        ],
      }),
    ];
    for (const table of tables) await q.createTable(table, true);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      'audit_event',
      'group_membership',
      'engagement',
      'program',
      'team_member',
      'team',
      'managed_relationship',
      'organization_member',
      'organization_domain',
      'organization',
      'user',
    ]) {
      await q.dropTable(name, true);
    }
  }
}
