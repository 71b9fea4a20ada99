import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { bool } from './columns';

/**
 * Reports access is held by the member, not granted by a permission set (R-PA-9). Members whose
 * set listed REPORTS_VIEW already held reports access and keep it.
 */
export class ReportsAccess1700000008000 implements MigrationInterface {
  name = 'ReportsAccess1700000008000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'organization_member',
      new TableColumn({ ...bool(q, 'reportsAccess'), default: 0 }),
    );
    const sets = (await q.query('SELECT id, permissions FROM permission_set')) as {
      id: number;
      permissions: string;
    }[];
    const withReports = sets
      .filter((s) => (JSON.parse(s.permissions) as string[]).includes('REPORTS_VIEW'))
      .map((s) => Number(s.id));
    if (withReports.length) {
      await q.manager
        .createQueryBuilder()
        .update('organization_member')
        .set({ reportsAccess: true })
        .where('permissionSetId IN (:...ids)', { ids: withReports })
        .execute();
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('organization_member', 'reportsAccess');
  }
}
