import { AccessRequest, GroupMembership } from '../../../../entities';
import { AccessRequestStatus, GroupKind, GroupMembershipStatus } from '../../../../entities/enums';
import { NotFoundError } from '../../../errors';
import { toGlobalId } from '../../../globalId';
import type { AccessRequestEventType, PendingEvent } from '../../../pubsub/events';
import { recordAudit } from '../../audit';
import type { Tx } from '../../command';
import type { ServiceDeps } from '../../context';
import { requestNotPending } from '../errors';
import { accessRequestEvent } from '../events';
import { decidersAmong } from '../validators';

/** The rows an access request's events and notifications name. */
export async function namesOf(deps: ServiceDeps, request: AccessRequest) {
  const { loaders } = deps;
  const [engagement, requester, organization] = await Promise.all([
    loaders.engagement.load(request.engagementId),
    loaders.user.load(request.requesterUserId),
    loaders.organization.load(request.requesterOrganizationId),
  ]);
  if (!engagement || !requester || !organization) throw new NotFoundError('AccessRequest');
  return { engagement, requester, organization };
}

export type RequestNames = Awaited<ReturnType<typeof namesOf>>;

/**
 * Engagement Owners, and the Power Users of the requester's organization (R-AR-1). Raw columns,
 * not entities: an engagement can have 10,000 Power Users.
 */
export async function decidersOf(tx: Tx, request: AccessRequest): Promise<number[]> {
  const rows = await tx.em
    .createQueryBuilder(GroupMembership, 'm')
    .select('m.userId', 'userId')
    .addSelect('m.group', 'group')
    .addSelect('m.memberOrganizationId', 'memberOrganizationId')
    .where('m.engagementId = :engagementId', { engagementId: request.engagementId })
    .andWhere('m.group IN (:...groups)', {
      groups: [GroupKind.ENGAGEMENT_OWNER, GroupKind.POWER_USER],
    })
    .andWhere('m.status = :active', { active: GroupMembershipStatus.ACTIVE })
    .getRawMany<{
      userId: number | string;
      group: GroupKind;
      memberOrganizationId: number | string;
    }>();
  return decidersAmong(
    rows.map((r) => ({
      userId: Number(r.userId),
      group: r.group,
      memberOrganizationId: Number(r.memberOrganizationId),
    })),
    request.requesterOrganizationId,
  );
}

/** Moves a pending request to its final state; CONFLICT when it is no longer pending. */
export async function transition(
  tx: Tx,
  id: number,
  change: Pick<AccessRequest, 'status' | 'decidedByUserId' | 'decisionNote' | 'decidedAt'>,
): Promise<AccessRequest> {
  const result = await tx.em
    .createQueryBuilder()
    .update(AccessRequest)
    .set({ ...change, pendingKey: null })
    .where('id = :id AND status = :pending', { id, pending: AccessRequestStatus.PENDING })
    .execute();
  if (!result.affected) throw requestNotPending();
  return tx.em.findOneByOrFail(AccessRequest, { id });
}

/** Audits a request's step in the host's event log and the requester organization's. */
export function auditRequest(
  deps: ServiceDeps,
  tx: Tx,
  request: AccessRequest,
  action: string,
  actorUserId: number,
) {
  const metadata = {
    engagementId: request.engagementId,
    requesterUserId: request.requesterUserId,
    requesterOrganizationId: request.requesterOrganizationId,
    status: request.status,
    ...(request.decisionNote ? { note: request.decisionNote } : {}),
  };
  const entry = {
    actorUserId,
    action,
    targetType: 'AccessRequest',
    targetId: request.id,
    metadata,
  };
  return recordAudit(tx.em, deps.clock, [
    { ...entry, organizationId: request.hostOrganizationId },
    ...(request.requesterOrganizationId !== request.hostOrganizationId
      ? [{ ...entry, organizationId: request.requesterOrganizationId }]
      : []),
  ]);
}

/** The ACCESS_REQUEST event of one step, at the clock's now. */
export function requestEvent(
  deps: ServiceDeps,
  type: AccessRequestEventType,
  request: AccessRequest,
  names: RequestNames,
  actorUserId: number,
): PendingEvent {
  return accessRequestEvent(type, request, names, actorUserId, deps.clock.now());
}

/** The web app's page of a request, for notifications. */
export function requestLink(deps: ServiceDeps, request: AccessRequest): string {
  return `${deps.publicUrl}/access-requests/${toGlobalId('AccessRequest', request.id)}`;
}
