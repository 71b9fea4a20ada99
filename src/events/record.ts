import { EntityManager } from 'typeorm';
import { EventRecord, EventSequence } from '../../entities';
import { insertRows } from '../db/insertRows';
import type { PendingEvent } from '../pubsub/events';

/** Events a transaction produced, recorded by the transactor just before it commits. */
const staged = new WeakMap<EntityManager, PendingEvent[]>();

/** Stages `event` in the transaction of `em`; it is recorded with the change or not at all. */
export function stageEvent(em: EntityManager, event: PendingEvent): void {
  const list = staged.get(em);
  if (list) list.push(event);
  else staged.set(em, [event]);
}

/**
 * Writes the staged events of `em` at the end of its transaction. The positions come from the one
 * `event_sequence` row, whose lock (MariaDB) or the single writer (SQLite) holds until commit, so
 * positions grow in commit order and a reader never sees a later event before an earlier one.
 * Returns how many were recorded.
 */
export async function recordStaged(em: EntityManager, now: Date): Promise<number> {
  const events = staged.get(em) ?? [];
  staged.delete(em);
  if (!events.length) return 0;
  await em
    .createQueryBuilder()
    .update(EventSequence)
    .set({ head: () => `head + ${events.length}` })
    .where('id = 1')
    .execute();
  const { head } = await em.findOneByOrFail(EventSequence, { id: 1 });
  const first = head - events.length + 1;
  await insertRows(
    em,
    EventRecord,
    events.map((e, i) => ({
      position: first + i,
      topic: e.topic,
      payload: e.payload as never,
      createdAt: now,
    })),
  );
  return events.length;
}
