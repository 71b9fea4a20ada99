import { Client } from 'graphql-ws';
import type { Topic } from '../../src/pubsub/events';
import type { TestServer } from './server';

export interface LiveSubscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves with the first event (seen or to come) matching `predicate`, or rejects after `ms`. */
  next(predicate?: (event: T) => boolean, ms?: number): Promise<T>;
  dispose(): void;
}

/** Subscribes over graphql-ws and records every event the server delivers. */
export function subscribe<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  const events: T[] = [];
  const errors: unknown[] = [];
  const waiters: { predicate: (e: T) => boolean; resolve: (e: T) => void }[] = [];
  const dispose = client.subscribe(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        const data = value.data as Record<string, T> | undefined;
        if (!data) return;
        const event = Object.values(data)[0];
        events.push(event);
        for (const w of [...waiters]) {
          if (w.predicate(event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      },
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    next(predicate = () => true, ms = 5000) {
      const seen = events.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`No matching event within ${ms} ms (${events.length} seen)`)),
          ms,
        );
        waiters.push({
          predicate,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    dispose,
  };
}

/** Waits until the server holds at least `count` open subscriptions on `topic`. */
export async function subscribed(server: TestServer, topic: Topic, count: number): Promise<void> {
  const deadline = Date.now() + 30_000; // dozens of sockets authenticate on a loaded machine
  while (server.app.deps.events.activeSubscriptions(topic) < count) {
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} ${topic} subscriptions`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Lets in-flight deliveries finish before asserting that something did not arrive. */
export function settle(ms = 300): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export const ACCESS_REQUEST_EVENTS = `subscription ($engagementId: ID, $programId: ID, $organizationId: ID) {
  accessRequestEvents(engagementId: $engagementId, programId: $programId, organizationId: $organizationId) {
    type accessRequestId occurredAt
    accessRequest { id status justification decisionNote requester { id name email } }
    engagement { id name } requester { id email } requesterOrganization { id name }
  }
}`;

export const MEMBERSHIP_EVENTS = `subscription ($engagementId: ID, $programId: ID, $organizationId: ID) {
  membershipEvents(engagementId: $engagementId, programId: $programId, organizationId: $organizationId) {
    type membershipId group occurredAt membership { id status }
    user { id email } memberOrganization { id name } program { id name } engagement { id name }
  }
}`;

export interface AccessRequestEventData {
  type: string;
  accessRequestId: string;
  accessRequest: {
    id: string;
    status: string;
    justification: string;
    decisionNote: string | null;
    requester: { id: string; name: string; email: string };
  } | null;
  engagement: { id: string; name: string } | null;
  /** Null when the subscriber may not read the user (as `node(id)`). */
  requester: { id: string; email: string } | null;
  requesterOrganization: { id: string; name: string } | null;
}

export interface MembershipEventData {
  type: string;
  membershipId: string;
  group: string;
  membership: { id: string; status: string } | null;
  user: { id: string; email: string };
  memberOrganization: { id: string; name: string } | null;
  program: { id: string; name: string };
  engagement: { id: string; name: string } | null;
}
