import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from '../../entities';
import { Foundation1700000000000 } from './migrations/1700000000000-Foundation';
import { Engagements1700000001000 } from './migrations/1700000001000-Engagements';
import { Delegation1700000002000 } from './migrations/1700000002000-Delegation';
import { Directory1700000003000 } from './migrations/1700000003000-Directory';
import { Jobs1700000004000 } from './migrations/1700000004000-Jobs';
import { ExactSubjects1700000005100 } from './migrations/1700000005100-ExactSubjects';
import { EventLog1700000006000 } from './migrations/1700000006000-EventLog';
import { SignInLinking1700000007000 } from './migrations/1700000007000-SignInLinking';
import { Scim1700000007500 } from './migrations/1700000007500-Scim';
import { ReportsAccess1700000008000 } from './migrations/1700000008000-ReportsAccess';
import { RelationshipExpiry1700000008100 } from './migrations/1700000008100-RelationshipExpiry';
import { AccessReviews1700000009000 } from './migrations/1700000009000-AccessReviews';
import { MembershipExpiry1700000010000 } from './migrations/1700000010000-MembershipExpiry';
import { permanentDatabaseError, serverFlavorOf } from './startupErrors';

export const MIGRATIONS = [
  Foundation1700000000000,
  Engagements1700000001000,
  Delegation1700000002000,
  Directory1700000003000,
  Jobs1700000004000,
  ExactSubjects1700000005100,
  EventLog1700000006000,
  SignInLinking1700000007000,
  Scim1700000007500,
  ReportsAccess1700000008000,
  RelationshipExpiry1700000008100,
  AccessReviews1700000009000,
  MembershipExpiry1700000010000,
];

/**
 * The comment TypeORM puts first in a background statement (`comment: BACKGROUND` in find
 * options): the event relay's timer reads belong to no request, so `SqlCounter.count` skips them.
 */
export const BACKGROUND = 'BACKGROUND';
const BACKGROUND_COMMENT = `/* ${BACKGROUND} */`;

/** Counts the SQL statements the gateway sends; tests read it to prove there is no N+1. */
export class SqlCounter implements TypeOrmLogger {
  /** Statements since the last `reset()`. */
  count = 0;
  /** Statements since start (never reset: the metrics counter). */
  total = 0;
  logQuery(query: string): void {
    this.total++;
    if (!query.startsWith(BACKGROUND_COMMENT)) this.count++;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.count = 0;
  }
}

export interface DataSourceOptions {
  databaseUrl?: string;
  /** Read replicas of `databaseUrl` (MySQL/MariaDB only); reads go there only through `ReadRoute`. */
  replicaUrls?: string[];
  sqlitePath: string;
  counter?: SqlCounter;
}

/**
 * MariaDB and MySQL speak one protocol but report column defaults differently; TypeORM needs to
 * know which one it talks to, so ask the server rather than trust the URL's scheme.
 */
async function serverFlavor(databaseUrl: string): Promise<'mysql' | 'mariadb'> {
  const connection = await mysql.createConnection(databaseUrl.replace(/^mariadb:/, 'mysql:'));
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    return serverFlavorOf((rows as { version: string }[])[0].version);
  } finally {
    await connection.end();
  }
}

/**
 * A data source for MySQL/MariaDB (`databaseUrl`) or embedded SQLite. An unknown database,
 * refused credentials or an unusable SQLite path throw `DatabaseSetupError` (no retry helps).
 */
export async function createDataSource(options: DataSourceOptions): Promise<DataSource> {
  try {
    return await dataSourceFor(options);
  } catch (error) {
    throw permanentDatabaseError(error, options) ?? error;
  }
}

/**
 * TypeORM's MySQL replication: a mysql2 pool cluster of `MASTER` and `SLAVE<n>`. `defaultMode:
 * 'master'` keeps every query on the primary unless a `ReadRoute` asks for a replica runner. A
 * node that fails to connect twice is set aside for 5 s (round robin skips it meanwhile).
 */
function replication(databaseUrl: string, replicaUrls: string[]) {
  const url = (u: string) => ({ url: u.replace(/^mariadb:/, 'mysql:') });
  return {
    master: url(databaseUrl),
    slaves: replicaUrls.map(url),
    defaultMode: 'master' as const,
    canRetry: true,
    removeNodeErrorCount: 2,
    restoreNodeTimeout: 5_000,
  };
}

async function dataSourceFor({ databaseUrl, replicaUrls, sqlitePath, counter }: DataSourceOptions) {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: counter ? (['query'] as ['query']) : false,
    logger: counter,
  };
  if (databaseUrl) {
    return new DataSource({
      ...common,
      type: await serverFlavor(databaseUrl),
      ...(replicaUrls?.length
        ? { replication: replication(databaseUrl, replicaUrls) }
        : { url: databaseUrl.replace(/^mariadb:/, 'mysql:') }),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      poolSize: 20,
      extra: { connectionLimit: 20 },
    });
  }
  if (sqlitePath !== ':memory:') {
    fs.mkdirSync(path.dirname(sqlitePath), { recursive: true });
    fs.accessSync(path.dirname(sqlitePath), fs.constants.W_OK);
  }
  return new DataSource({
    ...common,
    type: 'better-sqlite3',
    database: sqlitePath,
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  });
}
