import type { Context } from '../../context';
import { DomainError } from '../../errors';
import { Access } from '../../permissions/access';
import type { Loaders } from '../../loaders';

/** The part of a delivered event that differs by subscriber: its access bound to shared loaders. */
export interface SubscriberEvent {
  loaders: Loaders;
  access: Access;
}

/** One viewer-dependent input an execution read, and what it was for that subscriber. */
type Observation =
  | { kind: 'viewer'; property: string | null; value: string }
  | { kind: 'access'; method: string; args: unknown[]; outcome: string };

/**
 * What one execution of an event read that depends on its subscriber (issue 17): each decision of
 * its access (method, arguments, outcome) and each read of the viewer. `unshared` names the first
 * input that cannot be replayed for another subscriber (services, request id, the subscriber's own
 * loaders, ...): such a result is never shared.
 */
export interface Recording {
  observations: Observation[];
  unshared: string | null;
}

/** A value as compared between subscribers; null for one that cannot be compared. */
function serialized(value: unknown): string | null {
  if (typeof value === 'function' || value instanceof Access) return null;
  try {
    return JSON.stringify(value, (_key, v: unknown) =>
      v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v,
    );
  } catch {
    return null;
  }
}

function refusal(error: unknown): string {
  return error instanceof DomainError
    ? `refused:${error.code}:${error.message}`
    : `failed:${String(error)}`;
}

/** The outcome of one access call, settled: its value or its refusal, serialized. */
async function outcomeOf(call: () => unknown): Promise<string | null> {
  try {
    return serialized(await call());
  } catch (error) {
    return refusal(error);
  }
}

/** An access that records every call and its outcome into `recording`. */
function recordingAccess(access: Access, recording: Recording): Access {
  return new Proxy(access, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') {
        recording.unshared ??= `access.${String(property)}`;
        return value;
      }
      return (...args: unknown[]) => {
        const method = String(property);
        const note = (outcome: string | null) => {
          if (outcome === null) recording.unshared ??= `access.${method}() result`;
          else recording.observations.push({ kind: 'access', method, args, outcome });
        };
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) {
          note(serialized(result));
          return result;
        }
        return result.then(
          (resolved) => {
            note(serialized(resolved));
            return resolved;
          },
          (error: unknown) => {
            note(refusal(error));
            throw error;
          },
        );
      };
    },
  });
}

/** The viewer, recording whether it is present and each property read. */
function recordingViewer(viewer: Context['viewer'], recording: Recording): Context['viewer'] {
  recording.observations.push({
    kind: 'viewer',
    property: null,
    value: viewer ? 'present' : 'absent',
  });
  if (!viewer) return viewer;
  return new Proxy(viewer, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      const text = typeof property === 'string' ? serialized(value) : null;
      if (typeof property !== 'string' || text === null) {
        recording.unshared ??= `viewer.${String(property)}`;
      } else recording.observations.push({ kind: 'viewer', property, value: text });
      return value;
    },
    ownKeys(target) {
      recording.unshared ??= 'viewer keys';
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * The context and root one execution of `event` runs with, recording what it reads of its
 * subscriber. Only the event's access (bound to the shared loaders), the viewer and the shared
 * loaders are replayable; graphql-shield's rule cache is this execution's own, so a rule reads
 * the viewer again and is recorded. Anything else marks the result unshared.
 */
export function recordingExecution<E extends SubscriberEvent>(context: Context, event: E) {
  const recording: Recording = { observations: [], unshared: null };
  const access = recordingAccess(event.access, recording);
  let shield: unknown;
  const contextValue = new Proxy(context, {
    get(target, property) {
      switch (property) {
        case 'viewer':
          return recordingViewer(target.viewer, recording);
        case 'access':
          if (target.access === event.access) return access;
          break;
        case 'loaders':
          if (target.loaders === event.loaders) return target.loaders;
          break;
        case 'bindEvent':
          return (loaders: Loaders, bound: Access) =>
            target.bindEvent(loaders, bound === access ? event.access : bound);
        case '_shield':
          return shield;
        case 'then': // whether the context is a promise (it never is): awaiting it reads this
          if (!('then' in target)) return undefined;
      }
      recording.unshared ??= `context.${String(property)}`;
      return Reflect.get(target, property, target) as unknown;
    },
    set(target, property, value: unknown) {
      if (property === '_shield') shield = value;
      else {
        recording.unshared ??= `context.${String(property)} =`;
        Reflect.set(target, property, value, target);
      }
      return true;
    },
  });
  return { contextValue, rootValue: { ...event, access }, recording };
}

/** The value another subscriber would read for one observation. */
function replayed(observation: Observation, context: Context, event: SubscriberEvent) {
  if (observation.kind === 'access') {
    const method = (event.access as unknown as Record<string, (...a: unknown[]) => unknown>)[
      observation.method
    ];
    return outcomeOf(() => method.apply(event.access, observation.args));
  }
  const viewer = context.viewer;
  if (observation.property === null) return viewer ? 'present' : 'absent';
  return serialized(viewer?.[observation.property as keyof typeof viewer]);
}

/**
 * Whether executing the same event for another subscriber would read exactly what the recorded
 * execution read: then, with the same document, variables, payload and shared loaders, it takes
 * the same path and produces the same result.
 */
export async function replays(
  recording: Recording,
  context: Context,
  event: SubscriberEvent,
): Promise<boolean> {
  if (recording.unshared !== null) return false;
  const outcomes = await Promise.all(
    recording.observations.map((o) => replayed(o, context, event)),
  );
  return outcomes.every((outcome, i) => {
    const o = recording.observations[i];
    return outcome === (o.kind === 'access' ? o.outcome : o.value);
  });
}
