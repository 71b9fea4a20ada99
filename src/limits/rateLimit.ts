import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors';

/** Too many requests: `retryAfterSeconds` says when to try again (HTTP 429 with Retry-After). */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
}

export interface RateLimiter {
  /** Counts one request for the viewer (when signed in) and the client IP; RATE_LIMITED past either limit. */
  consume(keys: { viewerId?: number; ip?: string }): Promise<void>;
  /** Resolves once Redis is connected (or failed to connect): counting starts in Redis. */
  ready(): Promise<void>;
  close(): void;
}

/**
 * Per-viewer and per-IP limits over one minute, shared through Redis when configured (so every
 * gateway instance counts together), in memory otherwise.
 */
export function createRateLimiter(options: {
  perViewer: number;
  perIp: number;
  redisUrl?: string;
  prefix: string;
}): RateLimiter {
  const client = options.redisUrl
    ? new Redis(options.redisUrl, {
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        lazyConnect: true,
      })
    : null;
  // Without the offline queue, a request before the connection is up would be counted by the
  // insurance limiter in memory and not in Redis (issue 14, item 17): connect first.
  const connected = client ? client.connect().catch(() => undefined) : Promise.resolve();
  client?.on('error', () => undefined); // an outage is handled per call (insurance below)
  const make = (points: number, keyPrefix: string) => {
    const memory = new RateLimiterMemory({ points, duration: 60, keyPrefix });
    return client
      ? new RateLimiterRedis({
          storeClient: client,
          points,
          duration: 60,
          keyPrefix: `${options.prefix}${keyPrefix}`,
          // While Redis is down, count in memory rather than refuse everyone.
          insuranceLimiter: memory,
        })
      : memory;
  };
  const viewer = make(options.perViewer, 'rl:viewer');
  const ip = make(options.perIp, 'rl:ip');
  const consume = async (limiter: RateLimiterMemory | RateLimiterRedis, key: string) => {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new RateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      throw rejection;
    }
  };
  return {
    async consume(keys) {
      if (keys.ip) await consume(ip, keys.ip);
      if (keys.viewerId !== undefined) await consume(viewer, String(keys.viewerId));
    },
    ready: () => connected,
    close() {
      client?.disconnect();
    },
  };
}
