import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult } from 'graphql';
import {
  executeShared,
  isDeliveredEvent,
  ResultPath,
} from '../services/subscriptions/sharedExecution';
import type { Context } from '../context';

/**
 * Maps a source stream like graphql-js does: `return()` reaches the source at once, even while
 * it waits for its next event, so a completed subscription stops listening.
 */
function mapEvents<T, U>(
  source: AsyncIterable<T>,
  map: (value: T) => Promise<U>,
): AsyncGenerator<U, void, void> {
  const iterator = source[Symbol.asyncIterator]();
  const mapped = async (step: IteratorResult<T>): Promise<IteratorResult<U, void>> => {
    if (step.done) return { value: undefined, done: true };
    try {
      return { value: await map(step.value), done: false };
    } catch (error) {
      await iterator.return?.().catch(() => undefined);
      throw error;
    }
  };
  const generator: AsyncGenerator<U, void, void> = {
    next: async () => mapped(await iterator.next()),
    return: async () =>
      mapped(iterator.return ? await iterator.return() : { value: undefined, done: true }),
    throw: async (error: unknown) => {
      if (iterator.throw) return mapped(await iterator.throw(error));
      throw error;
    },
    [Symbol.asyncIterator]: () => generator,
  };
  return generator;
}

/**
 * graphql-ws's `subscribe`: graphql-js's, except that the events of SubscriptionService are
 * executed once per group of subscribers who would get the same result (`executeShared`), and
 * the subscribe's loaders are released once the subscription is open.
 */
export function subscribeSharingResults(counted: (path: ResultPath) => void) {
  return async (
    args: ExecutionArgs,
  ): Promise<AsyncGenerator<ExecutionResult, void, void> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
    // An idle subscription keeps no loader caches: every event binds loaders of its own.
    (args.contextValue as Context).releaseLoaders();
    return mapEvents(source as AsyncIterable<unknown>, async (event) =>
      isDeliveredEvent(event)
        ? executeShared(args, event, counted)
        : execute({ ...args, rootValue: event }),
    );
  };
}
