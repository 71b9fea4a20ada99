import { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/dataSource';
import { SignInLinking1700000007000 } from '../src/db/migrations/1700000007000-SignInLinking';
import { createTestDatabase, TestDatabase, testDatabaseKind } from './helpers/database';

/**
 * Migration 1700000007000 (issue 20, first sign-in linking): existing users whose subject is not
 * their email came from the identity provider and count as linked; users onboarded by email
 * (subject = email) stay linkable. Runs on SQLite and, in the MariaDB pass, on MariaDB.
 */
let database: TestDatabase;
let db: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await createDataSource(database);
  await db.initialize();
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

it(`marks provider users linked and leaves email-onboarded users linkable (${testDatabaseKind()})`, async () => {
  const runner = db.createQueryRunner();
  try {
    const mine = db.migrations.findIndex((m) => m instanceof SignInLinking1700000007000);
    for (const migration of db.migrations.slice(0, mine)) await migration.up(runner);
    const user = db.driver.escape('user');
    const insert = `INSERT INTO ${user} (subject, email, name, photoUrl, createdAt) VALUES (?, ?, ?, NULL, ?)`;
    await runner.query(insert, [
      'ada@example.com',
      'ada@example.com',
      'Ada',
      '2026-01-02 03:04:05',
    ]);
    await runner.query(insert, ['00u1opaque', 'bo@example.com', 'Bo', '2026-01-02 03:04:05']);
    await runner.query(insert, ['CY@example.com', 'cy@example.com', 'Cy', '2026-01-02 03:04:05']);

    await db.migrations[mine].up(runner);
    const rows = (await runner.query(`SELECT email, linkedAt FROM ${user} ORDER BY email`)) as {
      email: string;
      linkedAt: string | Date | null;
    }[];
    expect(rows.map((r) => [r.email, r.linkedAt === null ? null : 'linked'])).toEqual([
      ['ada@example.com', null],
      ['bo@example.com', 'linked'],
      ['cy@example.com', 'linked'], // subjects compare exactly: not the (lower-cased) email
    ]);

    await db.migrations[mine].down(runner);
    expect(await runner.hasColumn('user', 'linkedAt')).toBe(false);
  } finally {
    await runner.release();
  }
}, 120_000);
