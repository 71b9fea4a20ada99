import Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import type { EventRecord } from '../../entities';
import type { Clock } from '../clock';
import type { Transactor } from '../db/transaction';
import { CursorExpiredError, decodeCursor, encodeCursor } from '../events/cursor';
import { stageEvent } from '../events/record';
import { EventRelay, eventsAfter, PAGE_SIZE, sequenceOf } from '../events/relay';

import { log } from '../log';
import { EventMap, PendingEvent, Topic } from './events';
import { EventStream } from './stream';
import { unknownEventCursor } from '../events/errors';

/** An event as delivered: its payload and the cursor to resume after it. */
export type LiveEvent<T extends Topic> = EventMap[T] & { cursor: string };

/** Marks, in a subscriber's stream (`subscribeAs`), that the subscriber's own access changed. */
export const ACCESS_CHANGED = Symbol('access changed');

/** What a subscriber's stream carries: events of its topic, and its own access changes. */
export type SubscriberItem<T extends Topic> = LiveEvent<T> | typeof ACCESS_CHANGED;

/**
 * Carries subscription events (DESIGN §4, issue 19). Every event is recorded in the transaction
 * of its change (`event_record`); each instance's relay reads that table by position and delivers
 * to its own subscribers, in order, exactly once. A local commit wakes the local relay directly,
 * so local subscribers never depend on Redis; with `REDIS_URL`, the committed position is also
 * published so other instances read at once, and every instance also polls, so a Redis outage
 * only delays delivery. Channels are prefixed, so deployments sharing one Redis stay apart.
 */
export interface EventBus {
  /**
   * Records events outside a command's transaction (in their own) and relays them. Resolves once
   * they are recorded; a failure is logged, never thrown (the change itself is committed).
   */
  publish(events: readonly PendingEvent[]): Promise<void>;
  /**
   * Events of `topic`: those after the cursor `after` first (replayed from the record, paged),
   * then live ones, without a gap or a duplicate. Throws CURSOR_EXPIRED for a cursor older than
   * the retention window, BAD_USER_INPUT for one this deployment never gave.
   */
  subscribe<T extends Topic>(topic: T, after?: string | null): Promise<AsyncIterable<LiveEvent<T>>>;
  /**
   * `subscribe`, and in the same stream ACCESS_CHANGED whenever an access change about `userId`
   * passes (membership events about them, `ACCESS_CHANGED` events): one stream per subscription,
   * and an access change reaches only that user's subscriptions.
   */
  subscribeAs<T extends Topic>(
    topic: T,
    after: string | null | undefined,
    userId: number,
  ): Promise<AsyncIterable<SubscriberItem<T>>>;
  /**
   * How many times the grants of `userId` changed since start: subscriptions compare it to
   * refresh the subscriber's visible scopes only when a membership event concerned it.
   */
  grantsVersion(userId: number): number;
  /** Whether the bus can carry events to other instances now (Redis connected, or no Redis). */
  ready(): Promise<boolean>;
  /** Open subscriptions on this instance, by topic (metrics, tests). */
  activeSubscriptions(topic: Topic): number;
  /** Replay window in hours (EVENT_RETENTION_HOURS); the retention job prunes past it. */
  readonly retentionHours: number;
  /** Starts the relay at the current head (after migrations). */
  start(): Promise<void>;
  /** A local transaction recorded events: read them now, and tell the other instances. */
  committed(): void;
  close(): Promise<void>;
}

export interface EventBusOptions {
  db: DataSource;
  transact: Transactor;
  clock: Clock;
  redisUrl?: string;
  channelPrefix: string;
  /** Replay window: older cursors are CURSOR_EXPIRED. */
  retentionHours: number;
  /** How often each instance reads new events without being told (Redis outage, crashes). */
  pollMs?: number;
}

type Listener = (record: EventRecord, event: unknown) => void;

/**
 * Listener calls per event-loop turn. Delivering one event to 10,000 subscribers at once kept
 * 10,000 executions in flight together, each holding its garbage until the last finished (GC was
 * 65 % of the fan-out, issue 17); in turns of this many, each group is done and written to its
 * sockets before the next starts.
 */
const LISTENERS_PER_TURN = 256;

/** One event on its way to the listeners that were listening when it was relayed. */
interface Delivery {
  record: EventRecord;
  event: unknown;
  listeners: Listener[];
  /** Where the listeners are kept: one that stopped listening meanwhile is skipped. */
  current: Set<Listener>;
  next: number;
}

/**
 * Calls listeners in turns of LISTENERS_PER_TURN, event after event: every listener gets the
 * events in relay order, and a stopped listener is not called.
 */
class Deliveries {
  private readonly queue: Delivery[] = [];
  private scheduled = false;

  add(record: EventRecord, event: unknown, current: Set<Listener>): void {
    this.queue.push({ record, event, listeners: [...current], current, next: 0 });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.turn);
    }
  }

  private readonly turn = () => {
    let budget = LISTENERS_PER_TURN;
    while (budget > 0 && this.queue.length) {
      const delivery = this.queue[0];
      const { listeners, current, record, event } = delivery;
      for (; budget > 0 && delivery.next < listeners.length; budget--) {
        const listener = listeners[delivery.next++];
        if (current.has(listener)) listener(record, event);
      }
      if (delivery.next === listeners.length) this.queue.shift();
    }
    if (this.queue.length) setImmediate(this.turn);
    else this.scheduled = false;
  };
}

async function redisClients(url: string, channel: string, onMessage: () => void) {
  const publisher = new Redis(url, { lazyConnect: true, enableOfflineQueue: false });
  const subscriber = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: null });
  for (const client of [publisher, subscriber]) {
    // One warning per outage, not one per reconnection attempt.
    let down = false;
    client.on('error', (error) => {
      if (!down) log.warn('redis unavailable; reconnecting', { error: error.message });
      down = true;
    });
    client.on('ready', () => {
      if (down) log.info('redis reachable again');
      down = false;
    });
    await client.connect();
  }
  subscriber.on('message', onMessage);
  // After an outage: read at once what the other instances committed meanwhile.
  subscriber.on('ready', onMessage);
  await subscriber.subscribe(channel);
  return [publisher, subscriber];
}

export async function createEventBus(options: EventBusOptions): Promise<EventBus> {
  const { db, clock } = options;
  const channel = `${options.channelPrefix}events`;
  const listeners = new Map<string, Set<Listener>>();
  /** Per user: the listeners of their subscriptions' own access changes (`subscribeAs`). */
  const accessListeners = new Map<number, Set<Listener>>();
  const deliveries = new Deliveries();
  const versions = new Map<number, number>();
  const bump = (userId: number) => versions.set(userId, (versions.get(userId) ?? 0) + 1);
  const live = (record: EventRecord) => ({
    ...record.payload,
    cursor: encodeCursor(record.position, record.createdAt),
  });

  /** The user an access change is about: membership events and ACCESS_CHANGED. */
  const accessChangeOf = (record: EventRecord): number | null => {
    if (record.topic === 'MEMBERSHIP') return (record.payload as { user: { id: number } }).user.id;
    if (record.topic === 'ACCESS_CHANGED') return (record.payload as { userId: number }).userId;
    return null;
  };
  const relay = new EventRelay(db, (record) => {
    const changed = accessChangeOf(record);
    if (changed !== null) bump(changed);
    const set = listeners.get(record.topic);
    const own = changed === null ? undefined : accessListeners.get(changed);
    if (!set?.size && !own?.size) return;
    // One payload object for every subscriber: delivery costs no query per subscriber.
    const event = live(record);
    if (set?.size) deliveries.add(record, event, set);
    if (own?.size) deliveries.add(record, event, own);
  });
  const clients = options.redisUrl
    ? await redisClients(options.redisUrl, channel, () => void relay.wake())
    : [];

  /**
   * Publishes of one tick (a batch forgetting 50 users publishes 50 times in a loop) are
   * recorded together, in call order, in one transaction: a constant number of statements.
   */
  let pending: { events: PendingEvent[]; recorded: Promise<void> } | null = null;
  function record(events: readonly PendingEvent[]): Promise<void> {
    if (!pending) {
      const batch = { events: [] as PendingEvent[], recorded: Promise.resolve() };
      batch.recorded = Promise.resolve()
        .then(() => {
          pending = null;
          return options.transact(async (em) => batch.events.forEach((e) => stageEvent(em, e)));
        })
        .then(
          () => undefined,
          (error: unknown) => log.error('recording events failed', { error }),
        );
      pending = batch;
    }
    pending.events.push(...events);
    return pending.recorded;
  }

  async function validAfter(after: string): Promise<number> {
    const { position, recordedAt } = decodeCursor(after);
    const sequence = await sequenceOf(db);
    if (position > sequence.head) throw unknownEventCursor();
    const windowStart = clock.now().getTime() - options.retentionHours * 3_600_000;
    if (position < sequence.prunedThrough || recordedAt < windowStart) {
      throw new CursorExpiredError(options.retentionHours);
    }
    return position;
  }

  /** Adds `listener` to the set under `key`; the function returned takes it out. */
  function listen<K>(sets: Map<K, Set<Listener>>, key: K, listener: Listener) {
    const set = sets.get(key) ?? new Set();
    sets.set(key, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size && sets.get(key) === set) sets.delete(key);
    };
  }

  function stream<T extends Topic>(topic: T, after: number | null, accessOf?: number) {
    const out = new EventStream<SubscriberItem<T>>();
    // The position of the last event passed on: a live event at or before it (this instance's
    // relay may still be catching up on what the replay already read) is dropped, never sent
    // twice.
    let last = after ?? Number.NEGATIVE_INFINITY;
    const pass = (position: number, event: LiveEvent<T>) => {
      if (position <= last) return;
      last = position;
      out.push(event);
    };
    // Live events that arrive while the replay reads are held, then passed on past it.
    let held: [number, LiveEvent<T>][] | null = after === null ? null : [];
    out.onStop(
      listen(listeners, topic as string, (record, event) => {
        if (held) held.push([record.position, event as LiveEvent<T>]);
        else pass(record.position, event as LiveEvent<T>);
      }),
    );
    if (accessOf !== undefined) {
      out.onStop(listen(accessListeners, accessOf, () => out.push(ACCESS_CHANGED)));
    }
    const replay = async () => {
      for (let full = true; full && !out.stopped;) {
        const page = await eventsAfter(db, last, topic);
        for (const record of page) {
          last = record.position;
          out.push(live(record) as LiveEvent<T>);
        }
        full = page.length === PAGE_SIZE;
        await out.drained();
      }
      for (const [position, event] of held!) pass(position, event);
      held = null;
    };
    if (after !== null) replay().catch((error: unknown) => out.fail(error));
    return out;
  }

  return {
    async publish(events) {
      if (!events.length) return;
      for (const { topic, payload } of events) {
        // This instance's subscriptions refresh at once; the record tells the other instances.
        if (topic === 'ACCESS_CHANGED') bump(payload.userId);
      }
      await record(events);
    },
    async subscribe<T extends Topic>(topic: T, after?: string | null) {
      return stream(topic, after ? await validAfter(after) : null) as AsyncIterable<LiveEvent<T>>;
    },
    async subscribeAs<T extends Topic>(topic: T, after: string | null | undefined, userId: number) {
      return stream(topic, after ? await validAfter(after) : null, userId);
    },
    grantsVersion: (userId) => versions.get(userId) ?? 0,
    retentionHours: options.retentionHours,
    async ready() {
      if (!clients.length) return true;
      if (clients.some((c) => c.status !== 'ready')) return false;
      const timeout = new Promise<false>((r) => setTimeout(() => r(false), 1000).unref());
      return Promise.race([
        clients[0].ping().then(
          (pong) => pong === 'PONG',
          () => false,
        ),
        timeout,
      ]);
    },
    activeSubscriptions: (topic) => listeners.get(topic)?.size ?? 0,
    start: () => relay.start(options.pollMs ?? 1000),
    committed() {
      void relay.wake();
      if (clients.length) {
        clients[0].publish(channel, '1').catch(() => undefined); // the others poll meanwhile
      }
    },
    async close() {
      relay.stop();
      // During an outage QUIT would wait for Redis: a client that is not ready just disconnects.
      await Promise.all(
        clients.map((c) =>
          c.status === 'ready' ? c.quit().catch(() => c.disconnect()) : c.disconnect(),
        ),
      );
    },
  };
}
