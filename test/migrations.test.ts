import { ChildProcess, execFile } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';
import { loadConfig } from '../src/config';
import { MIGRATIONS } from '../src/db/dataSource';
import { createApp } from '../src/server';
import { spawnGateway } from './helpers/gateway';
import { createTestDatabase, TestDatabase, testDatabaseKind } from './helpers/database';
import { freePort } from './helpers/privateServices';
import { TEST_JWT_SECRET } from './helpers/server';

/**
 * Migrations as a deployment step (issue 18): `npm run migrate -- show|run|revert`,
 * MIGRATIONS_ON_START, and two gateway processes started together on a new MariaDB database
 * applying each migration exactly once.
 */
const root = path.join(__dirname, '..');
const run = promisify(execFile);
const NAMES = MIGRATIONS.map((m) => m.name);

let database: TestDatabase;
let sqliteDir: string;

function databaseEnv(): Record<string, string> {
  return database.databaseUrl
    ? { DATABASE_URL: database.databaseUrl }
    : { SQLITE_PATH: path.join(sqliteDir, 'db.sqlite') };
}

async function migrate(command: string): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', 'scripts/migrate.ts', command],
    { cwd: root, env: { ...process.env, ...databaseEnv(), LOG_LEVEL: 'warn' }, timeout: 60_000 },
  );
  return stdout;
}

function shown(output: string) {
  return output
    .trim()
    .split('\n')
    .map((line) => ({ applied: line.startsWith('[x]'), name: line.slice(4) }));
}

beforeEach(async () => {
  database = await createTestDatabase();
  sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-migrate-'));
});

afterEach(async () => {
  await database.drop();
  fs.rmSync(sqliteDir, { recursive: true, force: true });
});

describe(`npm run migrate (${testDatabaseKind()})`, () => {
  it('shows, runs and reverts migrations', async () => {
    expect(shown(await migrate('show'))).toEqual(NAMES.map((name) => ({ name, applied: false })));
    expect(await migrate('run')).toContain(`applied ${NAMES.join(', ')}`);
    expect(await migrate('revert')).toContain(`reverted ${NAMES[NAMES.length - 1]}`);
    expect(shown(await migrate('show')).map((m) => m.applied)).toEqual(
      NAMES.map((_, i) => i < NAMES.length - 1),
    );
  }, 240_000);

  it('with MIGRATIONS_ON_START=false, refuses to start on a database with pending migrations', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED_DEMO: 'false',
      MIGRATIONS_ON_START: 'false',
      ...databaseEnv(),
    });
    await expect(createApp(config)).rejects.toThrow(
      new RegExp(`${MIGRATIONS.length} database migration\\(s\\) pending .*npm run migrate -- run`),
    );
    await migrate('run');
    const app = await createApp(config);
    await app.dispose();
  }, 120_000);
});

const onMariaDb = testDatabaseKind() === 'mysql' ? describe : describe.skip;

interface Gateway {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  url: string;
}

function startGateway(port: number): Gateway {
  const child = spawnGateway(port, {
    ...databaseEnv(),
    SEED_DEMO: 'true',
    REDIS_URL: '',
    LOG_LEVEL: 'info',
  });
  const lines: Record<string, unknown>[] = [];
  readline
    .createInterface({ input: child.stdout! })
    .on('line', (line) => lines.push(JSON.parse(line)));
  return { child, lines, url: `http://127.0.0.1:${port}` };
}

async function ready(gateway: Gateway): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (gateway.child.exitCode !== null) throw new Error(`exited with ${gateway.child.exitCode}`);
    const status = await fetch(`${gateway.url}/readyz`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('gateway did not become ready');
}

onMariaDb('two gateways started together on a new MariaDB database', () => {
  const gateways: Gateway[] = [];

  afterEach(async () => {
    for (const { child } of gateways.splice(0)) {
      if (child.exitCode !== null) continue;
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('apply each migration exactly once and seed once', async () => {
    gateways.push(startGateway(await freePort()), startGateway(await freePort()));
    await Promise.all(gateways.map(ready));

    const applied = gateways.flatMap((g) =>
      g.lines.filter((l) => l.message === 'migration applied').map((l) => l.migration),
    );
    expect([...applied].sort()).toEqual([...NAMES].sort());
    const seeded = gateways.flatMap((g) =>
      g.lines.filter((l) => l.message === 'seeded the demo world'),
    );
    expect(seeded).toHaveLength(1);

    const conn = await mysql.createConnection(database.databaseUrl!);
    try {
      const [rows] = await conn.query('SELECT name FROM migrations ORDER BY id');
      expect((rows as { name: string }[]).map((r) => r.name)).toEqual(NAMES);
    } finally {
      await conn.end();
    }
  }, 300_000);
});
