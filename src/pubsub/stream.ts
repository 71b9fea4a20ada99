import { MAX_WAITING, subscriberTooSlow } from './errors';

/**
 * One subscriber's stream of the bus (issue 17): `push` hands an event to a waiting `next()` or
 * queues it, without a promise of its own, so delivering one event to 10,000 subscribers costs
 * one resolved promise each. `return()` ends it and runs the stop callbacks (the bus stops
 * listening); `fail` ends it with an error its consumer receives after what was queued before.
 */
export class EventStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((step: IteratorResult<T, undefined>) => void) | null = null;
  private failing: ((error: unknown) => void) | null = null;
  private error: unknown = undefined;
  private ended = false;
  private readonly stops: (() => void)[] = [];
  private drainedWaiters: (() => void)[] = [];

  /** Runs `stop` once the stream ends, however it ends. */
  onStop(stop: () => void): void {
    if (this.ended) stop();
    else this.stops.push(stop);
  }

  /** Whether it ended, or failed and delivers nothing more. */
  get stopped(): boolean {
    return this.ended || this.error !== undefined;
  }

  push(value: T): void {
    if (this.ended || this.error !== undefined) return;
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = this.failing = null;
      waiting({ value, done: false });
    } else if (this.queue.length >= MAX_WAITING) {
      this.fail(subscriberTooSlow());
    } else this.queue.push(value);
  }

  /** Ends the stream with `error`, delivered once the events queued before it are read. */
  fail(error: unknown): void {
    if (this.ended || this.error !== undefined) return;
    const failing = this.failing;
    if (failing) {
      this.waiting = this.failing = null;
      this.ended = true;
      failing(error);
    } else this.error = error;
    this.stop();
  }

  /** Resolves once every queued event was read (a replay reads its next page only then). */
  drained(): Promise<void> {
    if (!this.queue.length || this.ended) return Promise.resolve();
    return new Promise((resolve) => this.drainedWaiters.push(resolve));
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.queue.length) {
      const value = this.queue.shift()!;
      if (!this.queue.length) this.wakeDrained();
      return Promise.resolve({ value, done: false });
    }
    if (this.error !== undefined) {
      const error = this.error;
      this.error = undefined;
      this.ended = true;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failing = reject;
    });
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.queue.length = 0;
    this.error = undefined;
    this.ended = true;
    const waiting = this.waiting;
    this.waiting = this.failing = null;
    waiting?.({ value: undefined, done: true });
    this.stop();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private stop(): void {
    this.wakeDrained();
    for (const stop of this.stops.splice(0)) stop();
  }

  private wakeDrained(): void {
    for (const resolve of this.drainedWaiters.splice(0)) resolve();
  }
}
