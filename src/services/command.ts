import { EntityManager } from 'typeorm';
import type { PendingEvent } from '../pubsub/events';
import type { ServiceDeps } from './context';

/** What a command's transaction works with: the entity manager and the events to publish. */
export interface Tx {
  em: EntityManager;
  emit(event: PendingEvent): void;
}

/**
 * Runs a command in one transaction and publishes its events only after the commit
 * (DESIGN §3.5): a rolled-back command publishes nothing.
 */
export async function runCommand<T>(
  deps: Pick<ServiceDeps, 'transact' | 'events'>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let events: PendingEvent[] = [];
  const result = await deps.transact((em) => {
    events = [];
    return work({ em, emit: (event) => events.push(event) });
  });
  deps.events.publish(events);
  return result;
}
