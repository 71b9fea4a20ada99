import { LessThan } from 'typeorm';
import { EventRecord, EventSequence } from '../entities';
import type { JobDefinition, JobDeps, JobSummary } from './types';

/** At most this many events go per run, so one run never holds the database for long. */
export const PRUNE_BATCH = 1000;

/**
 * Live events past the retention window (`EVENT_RETENTION_HOURS`) leave `event_record`, the oldest
 * first, at most `PRUNE_BATCH` per run; `prunedThrough` then makes older cursors CURSOR_EXPIRED.
 * Each relay delivered them within seconds of their commit. The event log (`audit_event`) is kept
 * by its own rules: only its live copies go.
 */
export async function runEventRetention(deps: JobDeps, batch = PRUNE_BATCH): Promise<JobSummary> {
  const cutoff = new Date(deps.clock.now().getTime() - deps.events.retentionHours * 3_600_000);
  const old = await deps.db.getRepository(EventRecord).find({
    select: { position: true },
    where: { createdAt: LessThan(cutoff) },
    order: { position: 'ASC' },
    take: batch,
  });
  if (!old.length) return { eventsPruned: 0 };
  const through = old[old.length - 1].position;
  const pruned = await deps.transact(async (em) => {
    await em
      .createQueryBuilder()
      .update(EventSequence)
      .set({ prunedThrough: through })
      .where('id = 1 AND prunedThrough < :through', { through })
      .execute();
    const result = await em
      .createQueryBuilder()
      .delete()
      .from(EventRecord)
      .where('position <= :through AND createdAt < :cutoff', { through, cutoff })
      .execute();
    return result.affected ?? 0;
  });
  return { eventsPruned: pruned };
}

export const eventRetentionJob: JobDefinition = {
  name: 'events',
  description: 'Prune live events older than EVENT_RETENTION_HOURS, at most 1000 per run.',
  everyMs: 10 * 60 * 1000,
  run: (deps) => runEventRetention(deps),
};
