import type { EventBus } from './bus';

/**
 * One request's view of the bus: its publishes are tracked so its response is sent only once
 * their events are recorded (`settled`). A client that reads again right after a response then
 * sees the events of its own change, and a subscription resumed from the last cursor misses none.
 */
export interface RequestEvents {
  events: EventBus;
  settled(): Promise<void>;
}

const NOTHING_PENDING = Promise.resolve();

export function requestEvents(bus: EventBus): RequestEvents {
  const pending = new Set<Promise<void>>();
  const events: EventBus = Object.create(bus, {
    publish: {
      value(list: Parameters<EventBus['publish']>[0]) {
        const written = bus.publish(list);
        pending.add(written);
        void written.finally(() => pending.delete(written));
        return written;
      },
    },
  });
  return {
    events,
    // Most requests publish nothing: no promise per call then (one per subscriber per event).
    settled: () => (pending.size ? Promise.all(pending).then(() => undefined) : NOTHING_PENDING),
  };
}
