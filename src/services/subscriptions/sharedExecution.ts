import { DocumentNode, execute, ExecutionArgs, ExecutionResult, print } from 'graphql';
import type { Context } from '../../context';
import { Access } from '../../permissions/access';
import type { Topic } from '../../pubsub/events';
import type { DeliveredEvent } from './SubscriptionService';
import { sharedResultsOf } from './eventLoaders';
import { Recording, recordingExecution, replays } from './recording';

/** Whether an execution ran for its subscriber, or reused a result of its group. */
export type ResultPath = 'executed' | 'shared';

/** Subscribers whose executions read the same of their subscriber, and their one result. */
interface Group {
  recording: Promise<Recording>;
  result: Promise<ExecutionResult>;
}

/** The groups of one selection of one event. */
interface Selection {
  groups: Group[];
  /** An execution read something that cannot be replayed: everyone executes on its own. */
  perSubscriber: boolean;
}

/** Past this many groups of one selection and event, the rest execute on their own. */
const MAX_GROUPS = 16;

const printed = new WeakMap<DocumentNode, string>();

/**
 * What identifies a subscription's selection among the subscribers of an event: its document,
 * operation and variables. Computed once per subscription (`subscribeSharingResults`).
 */
export function selectionKey(args: ExecutionArgs): string {
  let text = printed.get(args.document);
  if (text === undefined) {
    text = print(args.document);
    printed.set(args.document, text);
  }
  return JSON.stringify([text, args.operationName ?? null, args.variableValues ?? null]);
}

/** A subscription event of SubscriptionService (payload, shared loaders, subscriber's access). */
export function isDeliveredEvent(value: unknown): value is DeliveredEvent<Topic> {
  const event = value as Partial<DeliveredEvent<Topic>> | null;
  return (
    typeof event === 'object' &&
    event !== null &&
    typeof event.payload === 'object' &&
    event.loaders !== undefined &&
    event.access instanceof Access
  );
}

/**
 * Executes one event for one subscriber, once per group (issue 17): subscribers of the same event
 * with the same selection share a result when replaying, against their own access and viewer,
 * every decision and viewer read the group's execution recorded gives the same outcomes (the
 * authorization outcome is the group key). A selection that reads anything else of its
 * subscriber (`viewerCan`, services, ...) runs once per subscriber.
 */
export async function executeShared(
  args: ExecutionArgs,
  key: string,
  event: DeliveredEvent<Topic>,
  counted: (path: ResultPath) => void,
): Promise<ExecutionResult> {
  const context = args.contextValue as Context;
  const selection = sharedResultsOf<Selection>(event.payload, key, () => ({
    groups: [],
    perSubscriber: false,
  }));
  for (let i = 0; !selection.perSubscriber && i < selection.groups.length; i++) {
    const group = selection.groups[i];
    if (await replays(await group.recording, context, event)) {
      counted('shared');
      return group.result;
    }
  }
  counted('executed');
  if (selection.perSubscriber || selection.groups.length >= MAX_GROUPS) {
    return execute({ ...args, rootValue: event });
  }
  const { contextValue, rootValue, recording } = recordingExecution(context, event);
  const result = Promise.resolve(execute({ ...args, rootValue, contextValue }));
  const recorded = result.then(
    () => {
      if (recording.unshared !== null) selection.perSubscriber = true;
      return recording;
    },
    () => {
      selection.perSubscriber = true;
      return recording;
    },
  );
  selection.groups.push({ recording: recorded, result });
  return result;
}
