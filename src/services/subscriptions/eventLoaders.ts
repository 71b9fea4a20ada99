import type { DataSource } from 'typeorm';
import { createLoaders, Loaders } from '../../loaders';

/**
 * One set of loaders per event and gateway instance, shared by every subscriber of that event:
 * the bus hands one payload object to all its listeners (in memory, and once per Redis message),
 * so keying on it loads what an event's payload needs once, however many subscribers see it
 * (issue 15). The loaders go with the payload when every subscriber is done with it.
 */
const byEvent = new WeakMap<object, Loaders>();

export function loadersForEvent(db: DataSource, event: object): Loaders {
  let loaders = byEvent.get(event);
  if (!loaders) {
    loaders = createLoaders(db);
    byEvent.set(event, loaders);
  }
  return loaders;
}

/**
 * The results of an event shared by its subscribers (issue 17), per selection (document,
 * variables, operation name), kept like the loaders: with the payload, until every subscriber is
 * done with it.
 */
const resultsByEvent = new WeakMap<object, Map<string, unknown>>();

export function sharedResultsOf<R>(event: object, selection: string, create: () => R): R {
  let results = resultsByEvent.get(event);
  if (!results) {
    results = new Map();
    resultsByEvent.set(event, results);
  }
  let entry = results.get(selection) as R | undefined;
  if (!entry) {
    entry = create();
    results.set(selection, entry);
  }
  return entry;
}
