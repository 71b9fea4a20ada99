import { EntityManager } from 'typeorm';
import { stageEvent } from '../events/record';
import type { PendingEvent } from '../pubsub/events';
import type { ServiceDeps } from './context';

/** What a command's transaction works with: the entity manager and the events to publish. */
export interface Tx {
  em: EntityManager;
  emit(event: PendingEvent): void;
}

/**
 * Runs a command in one transaction; its events are recorded in that transaction (issue 19) and
 * relayed to subscribers after the commit: a rolled-back command (or a dry run, whose transaction
 * always rolls back) publishes nothing, a committed one is never lost.
 */
export async function runCommand<T>(
  deps: Pick<ServiceDeps, 'transact'>,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return deps.transact((em) => work({ em, emit: (event) => stageEvent(em, event) }));
}
