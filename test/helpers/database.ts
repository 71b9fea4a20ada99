import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';

/** The database the suite runs on: `DATABASE_URL` (MySQL/MariaDB) or embedded SQLite in memory. */
export function testDatabaseKind(): 'mysql' | 'sqlite' {
  return process.env.DATABASE_URL ? 'mysql' : 'sqlite';
}

export interface TestDatabase {
  databaseUrl?: string;
  sqlitePath: string;
  drop(): Promise<void>;
}

/**
 * A private database for one test file: a fresh schema on the MySQL server named by
 * DATABASE_URL, or an in-memory SQLite database. Unreachable MySQL fails the test, never skips.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (!base) return { sqlitePath: ':memory:', drop: async () => undefined };
  const url = new URL(base);
  const name = `ag_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = await mysql.createConnection({
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    sqlitePath: ':memory:',
    async drop() {
      const conn = await mysql.createConnection({
        host: url.hostname,
        port: Number(url.port || 3306),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
      });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
