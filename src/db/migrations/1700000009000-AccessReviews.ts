import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { date, id, index, int, str } from './columns';

/** Access reviews (issue 21): a review per scope, one item per person's access under review. */
export class AccessReviews1700000009000 implements MigrationInterface {
  name = 'AccessReviews1700000009000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'access_review',
        columns: [
          id,
          str('kind', 40),
          int('organizationId'),
          int('programId', true),
          int('engagementId', true),
          str('name', 200),
          int('createdByUserId'),
          date('dueAt'),
          str('undecided', 10),
          str('status', 10),
          date('appliedAt', true),
          int('remindedDays', true),
          date('createdAt'),
        ],
        indices: [
          index('IDX_access_review_org', ['organizationId', 'id']),
          index('IDX_access_review_due', ['status', 'dueAt']),
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'access_review_item',
        columns: [
          id,
          int('reviewId'),
          int('userId'),
          int('memberOrganizationId'),
          str('group', 32, true),
          str('role', 20, true),
          date('lastAccessAt', true),
          str('decision', 10, true),
          str('justification', 500, true),
          int('decidedByUserId', true),
          date('decidedAt', true),
          str('outcome', 20, true),
        ],
        indices: [index('IDX_access_review_item_review', ['reviewId', 'id'])],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('access_review_item');
    await q.dropTable('access_review');
  }
}
