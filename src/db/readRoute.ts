import { DataSource, EntityManager } from 'typeorm';
import { isUnavailable } from '../errors';
import { log } from '../log';

/** Process-wide tallies of where routed reads went (`/metrics`, tests, the scale bench). */
export const replicaReads = { replica: 0, primary: 0, fallbacks: 0 };

/** A replica refused, dropped the connection, or the pool cluster has none online. */
function replicaUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code;
  const own = (error as { code?: unknown })?.code;
  return (
    isUnavailable(error) || [code, own].some((c) => c === 'POOL_NONEONLINE' || c === 'POOL_NOEXIST')
  );
}

let lastWarning = 0;
/** One warning per 10 s while replicas are unreachable, not one per read. */
function warnOnce(error: unknown): void {
  if (Date.now() - lastWarning < 10_000) return;
  lastWarning = Date.now();
  log.warn('read replica unavailable; reading from the primary', { error: String(error) });
}

/** True when the data source has read replicas (`DATABASE_REPLICA_URLS`). */
export function hasReplicas(db: DataSource): boolean {
  const options = db.options as { replication?: { slaves?: unknown[] } };
  return !!options.replication?.slaves?.length;
}

/**
 * Where one request's stale-tolerant reads go. Everything starts on the primary; a read-only
 * operation (a GraphQL query, a CSV export) calls `allowReplica()`, after which list pages and
 * counts read through `stale()` on a replica, until the request writes (`noteWrite()`, called by
 * the request's transactor): from then on every read of the request is on the primary again
 * (read-your-writes). Permission checks and loads by id never use `stale()`, so they always see
 * the primary. A replica that cannot be reached is skipped: the read runs on the primary.
 */
export class ReadRoute {
  private replicaAllowed = false;
  private written = false;

  constructor(private readonly db: DataSource) {}

  allowReplica(): void {
    this.replicaAllowed = true;
  }

  noteWrite(): void {
    this.written = true;
  }

  /** Whether `stale()` reads would go to a replica now. */
  get onReplica(): boolean {
    return this.replicaAllowed && !this.written && hasReplicas(this.db);
  }

  /** Runs a read that tolerates replication lag. */
  async stale<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.onReplica) {
      replicaReads.primary++;
      return work(this.db.manager);
    }
    const runner = this.db.createQueryRunner('slave');
    try {
      const result = await work(runner.manager);
      replicaReads.replica++;
      return result;
    } catch (error) {
      if (!replicaUnreachable(error)) throw error;
      replicaReads.fallbacks++;
      warnOnce(error);
      return work(this.db.manager);
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}
