import { filter, pipe } from '@graphql-yoga/subscription';
import { createLoaders } from '../../loaders';
import { Access } from '../../permissions/access';
import type { LiveEvent } from '../../pubsub/bus';
import { BadUserInputError, UnauthenticatedError } from '../../errors';
import type { ServiceDeps } from '../context';
import type { AuditEventFilter } from '../organizations/OrganizationService';

type AuditLive = LiveEvent<'AUDIT'>;

/** Whether an event log entry passes the filters of the event log connection. */
export function matchesAuditFilter(
  f: AuditEventFilter,
  e: { action: string; actorUserId: number | null; createdAt: Date },
): boolean {
  return (
    (!f.action || e.action === f.action) &&
    (!f.actorUserId || e.actorUserId === f.actorUserId) &&
    (!f.since || e.createdAt >= f.since) &&
    (!f.until || e.createdAt < f.until)
  );
}

/**
 * The live event log of one organization (issue 19): for those who may read it
 * (`organization.readEventLog`, checked when subscribing and again for every event against the
 * subscriber's current grants), with the connection's filters, replayable with `after`.
 */
export class AuditStreamService {
  constructor(private readonly deps: ServiceDeps) {}

  async auditEvents(
    organizationId: number,
    f: AuditEventFilter,
    after?: string | null,
  ): Promise<AsyncIterable<AuditLive>> {
    const viewer = this.deps.viewer;
    if (!viewer) throw new UnauthenticatedError();
    await this.deps.access.require('organization.readEventLog', [organizationId]);
    if (f.since && f.until && f.since >= f.until) {
      throw new BadUserInputError('since must be before until.', 'since');
    }
    await this.deps.access.organizationIds(); // grants loaded once: no query per event
    const { events } = this.deps;
    let version = events.grantsVersion(viewer.id);
    let access = this.deps.access;
    const current = () => {
      const now = events.grantsVersion(viewer.id);
      if (now !== version) {
        version = now;
        access = new Access(viewer, createLoaders(this.deps.db));
      }
      return access;
    };
    return pipe(
      await events.subscribe('AUDIT', after),
      filter(
        async (e: AuditLive) =>
          e.organizationId === organizationId &&
          matchesAuditFilter(f, { ...e, createdAt: new Date(e.createdAt) }) &&
          current().can('organization.readEventLog', { organizationId }),
      ),
    );
  }
}
