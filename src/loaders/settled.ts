import DataLoader from 'dataloader';

/**
 * A DataLoader that also hands back, without a promise, what it already holds (issue 17): a
 * cache hit of `load` still costs a new promise and a scheduled batch, and a resolver returning a
 * promise costs the executor more than one returning the value. `loadNow` answers exactly what
 * `load` would resolve to once that has settled (the value a load of the key resolved to, or was
 * primed with, until the key is cleared), and the promise of `load` before.
 */
export class SettledLoader<K, V> extends DataLoader<K, V> {
  private readonly values = new Map<K, V>();
  /** Keys whose load has not settled yet (the loader's cache holds them), with that load. */
  private readonly pending = new Map<K, Promise<V>>();

  override load(key: K): Promise<V> {
    const promise = super.load(key);
    if (!this.values.has(key) && !this.pending.has(key)) {
      this.pending.set(key, promise);
      promise.then(
        (value) => this.settle(key, promise, value),
        () => this.settle(key, promise),
      );
    }
    return promise;
  }

  /** The value of `key` when its load has settled, else `load(key)`. */
  loadNow(key: K): V | Promise<V> {
    return this.values.has(key) ? this.values.get(key)! : this.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const cached = this.values.has(key) || this.pending.has(key);
    super.prime(key, value);
    // DataLoader keeps what it already holds; so does this.
    if (!cached && !(value instanceof Error) && !isPromiseLike(value)) this.values.set(key, value);
    return this;
  }

  override clear(key: K): this {
    this.values.delete(key);
    this.pending.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.values.clear();
    this.pending.clear();
    return super.clearAll();
  }

  /** Records a load's value, unless the key was cleared (and maybe loaded again) meanwhile. */
  private settle(key: K, load: Promise<V>, ...value: [V] | []): void {
    if (this.pending.get(key) !== load) return;
    this.pending.delete(key);
    if (value.length) this.values.set(key, value[0]);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** `f` of a value or of a promise's value, without a promise when there is none. */
export function andThen<T, R>(value: T | Promise<T>, f: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}
