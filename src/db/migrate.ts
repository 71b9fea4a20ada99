import { DataSource, MigrationExecutor } from 'typeorm';
import { log } from '../log';
import { DatabaseSetupError } from './startupErrors';

/** How long an instance waits for another one's migration run before giving up. */
const LOCK_WAIT_SECONDS = 600;

/**
 * Runs `work` holding a database-wide lock, so instances started together on one MySQL/MariaDB
 * database migrate (and seed) one after the other: the first applies each migration, the others
 * then find nothing pending. `GET_LOCK` is held by one dedicated connection and released even
 * when `work` fails. SQLite is embedded in one process and needs no lock.
 */
export async function withMigrationLock<T>(db: DataSource, work: () => Promise<T>): Promise<T> {
  if (db.options.type === 'better-sqlite3') return work();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    const [row] = await runner.query(
      "SELECT GET_LOCK(CONCAT('accessgraph:migrations:', DATABASE()), ?) AS got",
      [LOCK_WAIT_SECONDS],
    );
    if (Number(row.got) !== 1) {
      throw new Error(
        `Another instance held the migration lock for ${LOCK_WAIT_SECONDS} s; is a migration stuck?`,
      );
    }
    try {
      return await work();
    } finally {
      await runner.query("SELECT RELEASE_LOCK(CONCAT('accessgraph:migrations:', DATABASE()))");
    }
  } finally {
    await runner.release();
  }
}

/** Applies the pending migrations (each in its own transaction) and logs each one applied. */
export async function applyPendingMigrations(db: DataSource): Promise<string[]> {
  const applied = await db.runMigrations({ transaction: 'each' });
  for (const migration of applied) log.info('migration applied', { migration: migration.name });
  return applied.map((m) => m.name);
}

export interface MigrationStatus {
  name: string;
  applied: boolean;
}

/** Every known migration, oldest first, and whether this database has it. */
export async function migrationStatus(db: DataSource): Promise<MigrationStatus[]> {
  const executor = new MigrationExecutor(db);
  const executed = new Set((await executor.getExecutedMigrations()).map((m) => m.name));
  return (await executor.getAllMigrations()).map((m) => ({
    name: m.name,
    applied: executed.has(m.name),
  }));
}

/** Reverts the most recent applied migration; returns its name, or undefined when none is. */
export async function revertLastMigration(db: DataSource): Promise<string | undefined> {
  const last = (await migrationStatus(db)).filter((m) => m.applied).pop();
  if (!last) return undefined;
  await db.undoLastMigration({ transaction: 'each' });
  log.info('migration reverted', { migration: last.name });
  return last.name;
}

/** With `MIGRATIONS_ON_START=false`: a database missing migrations stops the start, saying why. */
export async function refusePendingMigrations(db: DataSource): Promise<void> {
  const pending = (await migrationStatus(db)).filter((m) => !m.applied);
  if (pending.length) {
    throw new DatabaseSetupError(
      `${pending.length} database migration(s) pending (${pending.map((m) => m.name).join(', ')}) ` +
        'and MIGRATIONS_ON_START=false: apply them with `npm run migrate -- run` ' +
        '(built: `node dist/scripts/migrate.js run`), then start again.',
    );
  }
}
