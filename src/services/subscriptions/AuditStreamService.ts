import { mapEvents, SKIP } from '../../pubsub/mapEvents';
import type { Access } from '../../permissions/access';
import type { LiveEvent } from '../../pubsub/bus';
import { UnauthenticatedError } from '../../errors';
import type { ServiceDeps } from '../context';
import type { AuditEventFilter } from '../organizations/OrganizationService';
import { LiveAccess } from './liveAccess';
import { sinceNotBeforeUntil } from '../common/errors';

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
 * subscriber's current grants; losing it completes the subscription with the refusal), with the
 * connection's filters, replayable with `after`.
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
    // The subject is the organization's event log: losing the right to read it ends the
    // subscription with that refusal (as for the other subscriptions, LiveAccess).
    const readable = async (access: Access) => {
      await access.require('organization.readEventLog', [organizationId]);
    };
    await readable(this.deps.access);
    if (f.since && f.until && f.since >= f.until) {
      throw sinceNotBeforeUntil();
    }
    const live = await LiveAccess.open(this.deps, viewer.id, readable);
    // mapEvents, not an async generator: completing the subscription stops listening at once.
    return mapEvents(await this.deps.events.subscribe('AUDIT', after), async (e: AuditLive) =>
      e.organizationId === organizationId &&
      matchesAuditFilter(f, { ...e, createdAt: new Date(e.createdAt) }) &&
      (await (await live.current()).can('organization.readEventLog', { organizationId }))
        ? e
        : SKIP,
    );
  }
}
