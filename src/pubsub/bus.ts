import { Repeater } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { setMaxListeners } from 'node:events';
import Redis from 'ioredis';
import { log } from '../log';
import { EventMap, PendingEvent, Topic, TOPICS } from './events';

/**
 * Carries subscription events: in memory by default, through Redis when `REDIS_URL` is set, so
 * a mutation on one gateway instance reaches subscribers on every instance (DESIGN §4). Channels
 * are prefixed, so deployments (and test servers) sharing one Redis never see each other.
 */
export interface EventBus {
  publish(events: readonly PendingEvent[]): void;
  subscribe<T extends Topic>(topic: T): AsyncIterable<EventMap[T]>;
  /**
   * How many times the grants of `userId` changed since start: subscriptions compare it to
   * refresh the subscriber's visible scopes only when a membership event concerned it.
   */
  grantsVersion(userId: number): number;
  /** Whether the bus can carry events now (Redis connected, or in memory). */
  ready(): Promise<boolean>;
  /** Open subscriptions on this instance, by topic (metrics, tests). */
  activeSubscriptions(topic: Topic): number;
  close(): Promise<void>;
}

export interface EventBusOptions {
  redisUrl?: string;
  channelPrefix: string;
}

/** The part of an EventTarget the bus uses: both the in-memory and the Redis target have it. */
interface Target {
  addEventListener(type: string, listener: (event: CustomEvent) => void): void;
  removeEventListener(type: string, listener: (event: CustomEvent) => void): void;
  dispatchEvent(event: CustomEvent): boolean;
}

export async function createEventBus(options: EventBusOptions): Promise<EventBus> {
  const channel = (topic: Topic) => `${options.channelPrefix}${topic}`;
  let target: Target;
  const clients: Redis[] = [];
  if (options.redisUrl) {
    const connection = { maxRetriesPerRequest: null, lazyConnect: true } as const;
    const publishClient = new Redis(options.redisUrl, connection);
    const subscribeClient = new Redis(options.redisUrl, connection);
    clients.push(publishClient, subscribeClient);
    for (const client of clients) {
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
    // Subscribe to every topic before serving, so no event published after start-up is missed
    // while a first subscriber's SUBSCRIBE is in flight.
    await subscribeClient.subscribe(...Object.values(TOPICS).map(channel));
    target = createRedisEventTarget({ publishClient, subscribeClient });
  } else {
    const memory = new EventTarget();
    // One listener per open subscription: thousands are expected, not a leak.
    setMaxListeners(Infinity, memory);
    target = memory as Target;
  }
  const active = new Map<Topic, number>();

  const versions = new Map<number, number>();
  const bump = (userId: number) => versions.set(userId, (versions.get(userId) ?? 0) + 1);
  target.addEventListener(channel('MEMBERSHIP'), (event: CustomEvent) =>
    bump((event.detail as EventMap['MEMBERSHIP']).user.id),
  );
  target.addEventListener(channel('ACCESS_CHANGED'), (event: CustomEvent) =>
    bump((event.detail as EventMap['ACCESS_CHANGED']).userId),
  );
  // A listener that stays keeps each Redis channel subscribed while subscribers come and go.
  target.addEventListener(channel('ACCESS_REQUEST'), () => undefined);

  return {
    publish(events) {
      for (const { topic, payload } of events) {
        target.dispatchEvent(new CustomEvent(channel(topic), { detail: payload }));
      }
    },
    subscribe<T extends Topic>(topic: T) {
      return new Repeater<EventMap[T]>((push, stop) => {
        const listener = (event: CustomEvent) => void push(event.detail as EventMap[T]);
        target.addEventListener(channel(topic), listener);
        active.set(topic, (active.get(topic) ?? 0) + 1);
        void stop.then(() => {
          target.removeEventListener(channel(topic), listener);
          active.set(topic, active.get(topic)! - 1);
        });
      });
    },
    grantsVersion: (userId) => versions.get(userId) ?? 0,
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
    activeSubscriptions: (topic) => active.get(topic) ?? 0,
    async close() {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
