import fs from 'node:fs';
import path from 'node:path';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { ENTITIES } from '../../entities';
import { Foundation1700000000000 } from './migrations/1700000000000-Foundation';

export const MIGRATIONS = [Foundation1700000000000];

/** Counts the SQL statements the gateway sends; tests read it to prove there is no N+1. */
export class SqlCounter implements TypeOrmLogger {
  count = 0;
  readonly statements: string[] = [];
  constructor(private readonly keep = false) {}
  logQuery(query: string): void {
    this.count++;
    if (this.keep) this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

export interface DataSourceOptions {
  databaseUrl?: string;
  sqlitePath: string;
  counter?: SqlCounter;
}

export function createDataSource({ databaseUrl, sqlitePath, counter }: DataSourceOptions) {
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
      type: 'mysql',
      url: databaseUrl.replace(/^mariadb:/, 'mysql:'),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      poolSize: 20,
      extra: { connectionLimit: 20 },
    });
  }
  if (sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(sqlitePath), { recursive: true });
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
