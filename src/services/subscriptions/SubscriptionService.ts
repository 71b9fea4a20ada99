import { filter, pipe } from '@graphql-yoga/subscription';
import { createLoaders } from '../../loaders';
import { Access, ResourceScope } from '../../permissions/access';
import type { AccessRequestEventPayload, EventMap, Topic } from '../../pubsub/events';
import type { LiveEvent } from '../../pubsub/bus';
import { UnauthenticatedError } from '../../errors';
import type { ServiceDeps } from '../context';

/** Optional narrowing of a subscription; each id must be visible to the subscriber. */
export interface EventNarrowing {
  engagementId?: number;
  programId?: number;
  organizationId?: number;
  /** Resume after this cursor: replay what followed it, then live (issue 19). */
  after?: string | null;
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
 * The subscriber's access, computed once and recomputed only after a membership event about the
 * subscriber passed (the bus counts them per user): checking an event costs no query.
 */
class LiveAccess {
  private version: number;
  private access: Access;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly viewerId: number,
  ) {
    this.version = deps.events.grantsVersion(viewerId);
    this.access = deps.access;
  }

  current(): Access {
    const version = this.deps.events.grantsVersion(this.viewerId);
    if (version !== this.version) {
      this.version = version;
      this.access = new Access(this.deps.viewer, createLoaders(this.deps.db));
    }
    return this.access;
  }
}

/**
 * Live events (DESIGN §4): authorized when subscribing (every narrowing id must be visible) and
 * for every event, against the matrix, so revoked access stops the events without reconnecting.
 */
export class SubscriptionService {
  constructor(private readonly deps: ServiceDeps) {}

  private async open<T extends Topic>(
    topic: T,
    narrowing: EventNarrowing,
    visible: (access: Access, event: EventMap[T]) => Promise<boolean>,
    narrowed: (event: EventMap[T]) => boolean,
  ): Promise<AsyncIterable<LiveEvent<T>>> {
    const viewer = this.deps.viewer;
    if (!viewer) throw new UnauthenticatedError();
    const { access } = this.deps;
    if (narrowing.engagementId !== undefined) {
      await access.require('engagement.read', [narrowing.engagementId]);
    }
    if (narrowing.programId !== undefined) {
      await access.require('program.read', [narrowing.programId]);
    }
    if (narrowing.organizationId !== undefined) {
      await access.require('organization.read', [narrowing.organizationId]);
    }
    // Load the subscriber's grants now: every event is then checked in memory, with no query
    // per subscriber per event (issue 7).
    await access.organizationIds();
    const live = new LiveAccess(this.deps, viewer.id);
    return pipe(
      await this.deps.events.subscribe(topic, narrowing.after),
      filter(async (event: LiveEvent<T>) => narrowed(event) && visible(live.current(), event)),
    );
  }

  /**
   * Access requests the subscriber may see: its own, and those it may decide (owners, program
   * owners, Power Users for their own organization).
   */
  accessRequestEvents(
    narrowing: EventNarrowing,
  ): Promise<AsyncIterable<LiveEvent<'ACCESS_REQUEST'>>> {
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
  membershipEvents(narrowing: EventNarrowing): Promise<AsyncIterable<LiveEvent<'MEMBERSHIP'>>> {
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
}
