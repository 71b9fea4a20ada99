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
