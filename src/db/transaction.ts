import { DataSource, EntityManager } from 'typeorm';

export type Transactor = <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>;

/**
 * Runs work in one transaction. SQLite has a single connection, where two interleaved
 * transactions would collide, so there they queue; MySQL runs them concurrently and relies on
 * conditional updates, row locks and unique keys.
 */
export function createTransactor(db: DataSource): Transactor {
  if (db.options.type !== 'better-sqlite3') {
    return (work) => db.transaction(work);
  }
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(() => db.transaction(work));
    tail = run.catch(() => undefined);
    return run;
  };
}

/** True when a driver error is a unique-key violation on either database. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string } };
  const code = e.driverError?.code ?? e.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
