import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { DatabaseSetupError } from '../src/db/startupErrors';
import { createApp } from '../src/server';
import { testDatabaseKind } from './helpers/database';
import { TEST_JWT_SECRET } from './helpers/server';

/**
 * A database that waiting cannot bring (issue 18) stops the start at once with what to do. The
 * start-up timeout is an hour here: were these errors retried like an outage, the test would
 * time out instead of getting the error.
 */
function configFor(env: Record<string, string>) {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_DEMO: 'false',
    DB_STARTUP_TIMEOUT_SECONDS: '3600',
    ...env,
  });
}

describe('start-up on a database that cannot be used', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-startup-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an SQLite path that cannot be created fails at once, naming SQLITE_PATH', async () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, '');
    const sqlitePath = path.join(file, 'db.sqlite');
    const started = createApp(configFor({ SQLITE_PATH: sqlitePath }));
    await expect(started).rejects.toBeInstanceOf(DatabaseSetupError);
    await expect(started).rejects.toThrow(
      `Cannot create or open the SQLite database at ${sqlitePath}`,
    );
    await expect(started).rejects.toThrow(/set SQLITE_PATH to a file in a writable directory/);
  });

  (testDatabaseKind() === 'mysql' ? it : it.skip)(
    'an unknown MariaDB database fails at once, saying to create it',
    async () => {
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/ag_missing_${process.pid}`;
      const started = createApp(configFor({ DATABASE_URL: url.toString() }));
      await expect(started).rejects.toBeInstanceOf(DatabaseSetupError);
      await expect(started).rejects.toThrow(
        `The database "ag_missing_${process.pid}" does not exist on ${url.host}. Create it once`,
      );
      await expect(started).rejects.toThrow(
        `CREATE DATABASE \`ag_missing_${process.pid}\` CHARACTER SET utf8mb4`,
      );
    },
  );
});
