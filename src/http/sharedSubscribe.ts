import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult } from 'graphql';
import {
  executeShared,
  isDeliveredEvent,
  ResultPath,
  selectionKey,
} from '../services/subscriptions/sharedExecution';
import type { Context } from '../context';
import { mapEvents } from '../pubsub/mapEvents';

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
    const key = selectionKey(args);
    return mapEvents(source as AsyncIterable<unknown>, async (event) =>
      isDeliveredEvent(event)
        ? executeShared(args, key, event, counted)
        : execute({ ...args, rootValue: event }),
    );
  };
}
