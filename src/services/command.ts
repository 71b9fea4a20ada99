import { EntityManager } from 'typeorm';
import type { PendingEvent } from '../pubsub/events';
import { isDryRun, type ServiceDeps } from './context';

/** What a command's transaction works with: the entity manager and the events to publish. */
export interface Tx {
  em: EntityManager;
  emit(event: PendingEvent): void;
}

/**
 * Runs a command in one transaction and publishes its events only after the commit
 * (DESIGN §3.5): a rolled-back command (or a dry run) publishes nothing.
 */
export async function runCommand<T>(
  deps: Pick<ServiceDeps, 'transact' | 'events' | 'dryRun'>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  let events: PendingEvent[] = [];
  const result = await deps.transact((em) => {
    events = [];
    return work({ em, emit: (event) => events.push(event) });
  });
  // A dry run's transaction was rolled back: its events never happened.
  if (!isDryRun(deps)) deps.events.publish(events);
  return result;
}
