/** What a `mapEvents` step returns for an event its subscriber does not get. */
export const SKIP = Symbol('skip');

/**
 * Maps a source stream like graphql-js does, dropping what `map` skips: `return()` reaches the
 * source at once, even while it waits for its next event, so a completed subscription stops
 * listening; an error of `map` ends the source and is thrown to the consumer. No queue of its
 * own: one subscription is one stream of the bus plus these steps (issue 17).
 */
export function mapEvents<T, U>(
  source: AsyncIterable<T>,
  map: (value: T) => U | typeof SKIP | Promise<U | typeof SKIP>,
): AsyncGenerator<U, void, void> {
  const iterator = source[Symbol.asyncIterator]();
  const mapped = async (first: IteratorResult<T>): Promise<IteratorResult<U, void>> => {
    for (let step = first; !step.done; step = await iterator.next()) {
      let value: U | typeof SKIP;
      try {
        value = await map(step.value);
      } catch (error) {
        await iterator.return?.().catch(() => undefined);
        throw error;
      }
      if (value !== SKIP) return { value, done: false };
    }
    return { value: undefined, done: true };
  };
  const generator: AsyncGenerator<U, void, void> = {
    next: async () => mapped(await iterator.next()),
    return: async () => {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    throw: async (error: unknown) => {
      if (iterator.throw) return mapped(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]: () => generator,
  };
  return generator;
}
