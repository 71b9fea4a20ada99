import type { Loaders } from '../../loaders';
import { Access } from '../../permissions/access';
import type { ResourceScope } from '../../permissions/scope';
import type { AccessRequestEventPayload, EventMap, Topic } from '../../pubsub/events';
import { ACCESS_CHANGED, LiveEvent, SubscriberItem } from '../../pubsub/bus';
import { mapEvents, SKIP } from '../../pubsub/mapEvents';
import { UnauthenticatedError } from '../../errors';
import type { ServiceDeps } from '../context';
import { reviewEventScope } from '../reviews/events';
import { loadersForEvent } from './eventLoaders';
import { LiveAccess } from './liveAccess';

/** Optional narrowing of a subscription; each id must be visible to the subscriber. */
export interface EventNarrowing {
  engagementId?: number;
  programId?: number;
  organizationId?: number;
  /** Resume after this cursor: replay what followed it, then live (issue 19). */
  after?: string | null;
}

/**
 * One event as a subscriber receives it: the payload with its cursor (issue 19), the loaders all
 * subscribers of the event share on this instance, and the subscriber's access bound to them. The
 * resolver resolves the payload's Node fields through these (`Context.bindEvent`).
 */
export interface DeliveredEvent<T extends Topic> {
  payload: LiveEvent<T>;
  loaders: Loaders;
  access: Access;
}

/** The scope an access-request event belongs to, for the matrix. */
function accessRequestScope(e: AccessRequestEventPayload): ResourceScope {
  return {
    organizationId: e.hostOrganizationId,
    programId: e.programId,
    engagementId: e.engagement.id,
    userId: e.requester.id,
    memberOrganizationId: e.requesterOrganization.id,
  };
}

/**
 * What a subscription is about must stay visible, or the subscription ends with the refusal a
 * query would get: NOT_FOUND for a narrowing target the subscriber can no longer see.
 */
async function requireSubject(access: Access, narrowing: EventNarrowing): Promise<void> {
  if (narrowing.engagementId !== undefined) {
    await access.require('engagement.read', [narrowing.engagementId]);
  }
  if (narrowing.programId !== undefined) {
    await access.require('program.read', [narrowing.programId]);
  }
  if (narrowing.organizationId !== undefined) {
    await access.require('organization.read', [narrowing.organizationId]);
  }
}

/**
 * Live events (DESIGN §4): authorized when subscribing (every narrowing id must be visible) and
 * for every event, against the matrix, so revoked access stops the events without reconnecting;
 * losing the subscription's subject completes it with an error.
 */
export class SubscriptionService {
  constructor(private readonly deps: ServiceDeps) {}

  private async open<T extends Topic>(
    topic: T,
    narrowing: EventNarrowing,
    visible: (access: Access, event: EventMap[T]) => Promise<boolean>,
    narrowed: (event: EventMap[T]) => boolean,
  ): Promise<AsyncIterable<DeliveredEvent<T>>> {
    const viewer = this.deps.viewer;
    if (!viewer) throw new UnauthenticatedError();
    const { db, events } = this.deps;
    const live = await LiveAccess.open(this.deps, viewer.id, (access) =>
      requireSubject(access, narrowing),
    );
    // The subscriber's own access changes, live only; the topic stream replays after the cursor
    // first (issue 19), and replayed events take the same path as live ones: authorized as of
    // now, against the subscriber's current grants.
    const source = await events.subscribeAs(topic, narrowing.after, viewer.id);
    // One item at a time: an access change checks the subject again (and may end the stream with
    // its error); an event is checked in memory against the subscriber's grants, with the
    // loaders every subscriber of this event shares.
    const deliver = async (current: Access, item: SubscriberItem<T>) => {
      if (item === ACCESS_CHANGED || !narrowed(item)) return SKIP;
      const loaders = loadersForEvent(db, item);
      const bound = await current.forEvent(loaders);
      return (await visible(bound, item)) ? { payload: item, loaders, access: bound } : SKIP;
    };
    return mapEvents(source, (item) => {
      const current = live.current();
      return current instanceof Access
        ? deliver(current, item)
        : current.then((access) => deliver(access, item));
    });
  }

  /**
   * Access requests the subscriber may see: its own, and those it may decide (owners, program
   * owners, Power Users for their own organization).
   */
  accessRequestEvents(
    narrowing: EventNarrowing,
  ): Promise<AsyncIterable<DeliveredEvent<'ACCESS_REQUEST'>>> {
    return this.open(
      'ACCESS_REQUEST',
      narrowing,
      (access, e) => access.can('accessRequest.read', accessRequestScope(e)),
      (e) =>
        (narrowing.engagementId === undefined || e.engagement.id === narrowing.engagementId) &&
        (narrowing.programId === undefined || e.programId === narrowing.programId) &&
        (narrowing.organizationId === undefined ||
          e.hostOrganizationId === narrowing.organizationId ||
          e.requesterOrganization.id === narrowing.organizationId),
    );
  }

  /**
   * Membership changes the subscriber may see: its own, and those of the member lists it may
   * read (R-IN-2; Power Users: their own organization's).
   */
  membershipEvents(
    narrowing: EventNarrowing,
  ): Promise<AsyncIterable<DeliveredEvent<'MEMBERSHIP'>>> {
    return this.open(
      'MEMBERSHIP',
      narrowing,
      async (access, e) => {
        if (e.user.id === this.deps.viewer!.id) return true;
        if (e.engagement === null) {
          return access.can('program.readMembers', {
            organizationId: e.hostOrganizationId,
            programId: e.programId,
          });
        }
        return access.can('engagement.readMembers', {
          organizationId: e.hostOrganizationId,
          programId: e.programId,
          engagementId: e.engagement.id,
          memberOrganizationId: e.memberOrganization.id,
        });
      },
      (e) =>
        (narrowing.engagementId === undefined || e.engagement?.id === narrowing.engagementId) &&
        (narrowing.programId === undefined || e.programId === narrowing.programId) &&
        (narrowing.organizationId === undefined ||
          e.hostOrganizationId === narrowing.organizationId ||
          e.memberOrganization.id === narrowing.organizationId),
    );
  }

  /** Access reviews the subscriber may see (`accessReview.read`; issue 21), optionally narrowed. */
  accessReviewEvents(
    narrowing: EventNarrowing,
  ): Promise<AsyncIterable<DeliveredEvent<'ACCESS_REVIEW'>>> {
    return this.open(
      'ACCESS_REVIEW',
      narrowing,
      (access, e) => access.can('accessReview.read', reviewEventScope(e)),
      (e) =>
        (narrowing.engagementId === undefined || e.engagementId === narrowing.engagementId) &&
        (narrowing.programId === undefined || e.programId === narrowing.programId) &&
        (narrowing.organizationId === undefined || e.organizationId === narrowing.organizationId),
    );
  }
}
