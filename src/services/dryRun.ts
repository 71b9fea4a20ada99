import type { Transactor } from '../db/transaction';

/** Thrown inside a dry run's transaction to roll it back, carrying the work's result out. */
class DryRunRollback extends Error {
  constructor(readonly result: unknown) {
    super('dry run: rolled back');
  }
}

/**
 * A request's dry-run switch (issue 21). While it is on, every transaction of the request runs
 * its checks and writes, then rolls back: the mutation returns what it would have done and the
 * database, the event bus and the notification outbox see nothing. GraphQL runs mutation fields
 * one after the other, so the switch covers exactly one field.
 */
export class DryRun {
  private depth = 0;

  get active(): boolean {
    return this.depth > 0;
  }

  async around<T>(work: () => Promise<T>): Promise<T> {
    this.depth++;
    try {
      return await work();
    } finally {
      this.depth--;
    }
  }

  /** A transactor that rolls back while the switch is on. */
  transactor(transact: Transactor): Transactor {
    return async <T>(work: Parameters<Transactor>[0]): Promise<T> => {
      if (!this.active) return transact(work) as Promise<T>;
      try {
        await transact(async (em) => {
          throw new DryRunRollback(await work(em));
        });
      } catch (error) {
        if (error instanceof DryRunRollback) return error.result as T;
        throw error;
      }
      throw new Error('unreachable: a dry transaction always rolls back');
    };
  }
}
