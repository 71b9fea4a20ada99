import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Clock } from '../clock';
import { recordStaged } from '../events/record';
import { openStaging, writeStagedRows } from './insertRows';

export type Transactor = <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>;

/** What the transactor tells about recorded events: when, and after which commit. */
export interface EventHooks {
  clock: Clock;
  /** Called after a transaction that recorded events committed (the relay reads them). */
  committed(): void;
}

/**
 * Runs work in one transaction, writing the rows (`insertAtCommit`) and recording the events
 * (`stageEvent`) it staged before the commit.
 * SQLite has a single connection, where two interleaved transactions would collide, so there
 * they queue; MySQL runs them concurrently and relies on conditional updates, row locks and
 * unique keys.
 */
export function createTransactor(db: DataSource, hooks?: EventHooks): Transactor {
  const transaction = async <T>(work: (em: EntityManager) => Promise<T>): Promise<T> => {
    let recorded = 0;
    const result = await db.transaction(async (em) => {
      openStaging(em);
      const value = await work(em);
      await writeStagedRows(em);
      recorded = await recordStaged(em, hooks?.clock.now() ?? new Date());
      return value;
    });
    if (recorded) hooks?.committed();
    return result;
  };
  if (db.options.type !== 'better-sqlite3') return transaction;
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(() => transaction(work));
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

/**
 * Takes the selected rows' write lock for the rest of the transaction (MySQL `FOR UPDATE`;
 * SQLite transactions are already serialized, and it has no row locks).
 */
export function forUpdate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
): SelectQueryBuilder<T> {
  if (qb.connection.options.type !== 'better-sqlite3') qb.setLock('pessimistic_write');
  return qb;
}
