import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { date, id, index, int, str, text } from './columns';

/** Access requests, engagement audiences, content, feedback and the notification outbox. */
export class Engagements1700000001000 implements MigrationInterface {
  name = 'Engagements1700000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('group_membership', new TableColumn(date('termsAcceptedAt', true)));
    const tables = [
      new Table({
        name: 'access_request',
        columns: [
          id,
          int('engagementId'),
          int('programId'),
          int('hostOrganizationId'),
          int('requesterUserId'),
          int('requesterOrganizationId'),
          text('justification'),
          str('status', 20),
          str('pendingKey', 40, true),
          date('termsAcceptedAt', true),
          int('decidedByUserId', true),
          text('decisionNote', true),
          date('decidedAt', true),
          date('createdAt'),
        ],
        indices: [
          index('UQ_access_request_pending', ['pendingKey'], true),
          index('IDX_access_request_engagement', ['engagementId', 'status', 'id']),
          index('IDX_access_request_requester', ['requesterUserId', 'id']),
        ],
      }),
      new Table({
        name: 'engagement_audience',
        columns: [id, int('engagementId'), int('organizationId'), date('createdAt')],
        indices: [
          index('UQ_engagement_audience_pair', ['engagementId', 'organizationId'], true),
          index('IDX_engagement_audience_org', ['organizationId']),
        ],
      }),
      new Table({
        name: 'content_package',
        columns: [
          id,
          int('engagementId'),
          int('programId'),
          int('hostOrganizationId'),
          str('title', 200),
          text('body'),
          int('publishedByUserId'),
          date('publishedAt'),
        ],
        indices: [index('IDX_content_package_engagement', ['engagementId', 'id'])],
      }),
      new Table({
        name: 'feedback',
        columns: [
          id,
          int('engagementId'),
          int('programId'),
          int('hostOrganizationId'),
          int('authorUserId'),
          text('body'),
          date('createdAt'),
          date('updatedAt'),
        ],
        indices: [
          index('IDX_feedback_engagement', ['engagementId', 'id']),
          index('IDX_feedback_author', ['authorUserId', 'engagementId']),
        ],
      }),
      new Table({
        name: 'notification',
        columns: [
          id,
          int('recipientUserId'),
          str('kind', 40),
          text('data'),
          str('status', 20),
          { ...int('attempts'), default: 0 },
          date('nextAttemptAt'),
          str('messageId', 200, true),
          text('lastError', true),
          date('sentAt', true),
          date('createdAt'),
        ],
        indices: [
          index('IDX_notification_recipient', ['recipientUserId', 'id']),
          index('IDX_notification_status', ['status', 'nextAttemptAt']),
        ],
      }),
    ];
    for (const table of tables) await q.createTable(table, true);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      'notification',
      'feedback',
      'content_package',
      'engagement_audience',
      'access_request',
    ]) {
      await q.dropTable(name, true);
    }
    await q.dropColumn('group_membership', 'termsAcceptedAt');
  }
}
