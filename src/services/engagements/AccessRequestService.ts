import { In } from 'typeorm';
import { AccessRequest, Engagement, GroupMembership, Organization, User } from '../../../entities';
import { pendingKeyOf } from '../../../entities/AccessRequest';
import {
  AccessRequestStatus,
  GroupKind,
  GroupMembershipStatus,
  NotificationKind,
} from '../../../entities/enums';
import { isUniqueViolation } from '../../db/transaction';
import { ConflictError, NotFoundError } from '../../errors';
import { toGlobalId } from '../../globalId';
import type { PageFilter } from '../../loaders/pages';
import { scopeOf } from '../../permissions/scope';
import type { AccessRequestEventType } from '../../pubsub/events';
import { recordAudit } from '../audit';
import { runCommand, Tx } from '../command';
import { boundedText } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { recordNotifications } from '../notifications/outbox';
import { Connection, loadPage, PageArgs } from '../pagination';
import { requireConditions } from './conditions';
import { accessRequestEvent } from './events';
import { GroupMembershipService, targetOfEngagement } from './GroupMembershipService';
import { JoinService } from './JoinService';

export const MAX_JUSTIFICATION = 2000;
export const MAX_DECISION_NOTE = 1000;

type Decision = AccessRequestStatus.APPROVED | AccessRequestStatus.DENIED;

/**
 * Access requests (R-EN-3, R-AR-1): requested by members of an organization the engagement is
 * offered to, decided by its owners, program owners, or Power Users for their own organization
 * (R-PU-1), cancelled by the requester. A decision is a conditional update of a pending request,
 * so two deciders racing never both win.
 */
export class AccessRequestService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly memberships: GroupMembershipService,
    private readonly joins: JoinService,
  ) {}

  /**
   * Requests access to an engagement whose policy asks for approval, accepting its terms and
   * giving a justification. Caller holds `engagement.requestAccess`. Errors: NOT_FOUND,
   * FORBIDDEN (closed engagement, R-EN-3), BAD_USER_INPUT (open engagement, terms not accepted,
   * justification), CONFLICT (already a participant, or a request is already pending).
   */
  async request(input: {
    engagementId: number;
    justification: string;
    acceptTerms: boolean;
    organizationId?: number;
  }): Promise<AccessRequest> {
    const viewer = requireViewer(this.deps);
    const [engagement] = await this.deps.access.require('engagement.requestAccess', [
      input.engagementId,
    ]);
    await requireConditions(this.deps, 'engagement.requestAccess', engagement);
    const termsAcceptedAt = this.joins.termsAcceptance(engagement, input.acceptTerms);
    const justification = boundedText(input.justification, 'justification', {
      max: MAX_JUSTIFICATION,
    });
    const organization = await this.joins.organizationOfViewer(engagement, input.organizationId);
    const now = this.deps.clock.now();
    try {
      return await runCommand(this.deps, async (tx) => {
        const request = await tx.em.save(
          tx.em.create(AccessRequest, {
            engagementId: engagement.id,
            programId: engagement.programId,
            hostOrganizationId: engagement.hostOrganizationId,
            requesterUserId: viewer.id,
            requesterOrganizationId: organization.id,
            justification,
            status: AccessRequestStatus.PENDING,
            pendingKey: pendingKeyOf(engagement.id, viewer.id),
            termsAcceptedAt,
            decidedByUserId: null,
            decisionNote: null,
            decidedAt: null,
            createdAt: now,
          }),
        );
        await this.audit(tx, request, 'engagement.access.requested', viewer.id);
        const deciders = await this.decidersOf(tx, request);
        await recordNotifications(
          tx.em,
          this.deps.clock,
          deciders.map((userId) => ({
            recipientUserId: userId,
            kind: NotificationKind.ACCESS_REQUESTED,
            data: {
              engagementName: engagement.name,
              requesterName: viewer.name,
              requesterOrganization: organization.name,
              justification,
              link: this.link(request),
            },
          })),
        );
        tx.emit(this.event('CREATED', request, engagement, viewer, organization, viewer.id));
        return request;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('You already have a pending request for this engagement.');
      }
      throw error;
    }
  }

  /** Engagement Owners, and the Power Users of the requester's organization (R-AR-1). */
  private async decidersOf(tx: Tx, request: AccessRequest): Promise<number[]> {
    const rows = await tx.em.findBy(GroupMembership, {
      engagementId: request.engagementId,
      group: In([GroupKind.ENGAGEMENT_OWNER, GroupKind.POWER_USER]),
      status: GroupMembershipStatus.ACTIVE,
    });
    return [
      ...new Set(
        rows
          .filter(
            (m) =>
              m.group === GroupKind.ENGAGEMENT_OWNER ||
              m.memberOrganizationId === request.requesterOrganizationId,
          )
          .map((m) => m.userId),
      ),
    ];
  }

  /**
   * Approves (adding the requester as a participant) or denies a pending request, with an
   * optional note; the requester is notified. Caller holds `accessRequest.decide`. Errors:
   * NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (note), CONFLICT (no longer pending).
   */
  async decide(input: {
    accessRequestId: number;
    decision: Decision;
    note?: string | null;
  }): Promise<AccessRequest> {
    const viewer = requireViewer(this.deps);
    const [request] = await this.deps.access.require('accessRequest.decide', [
      input.accessRequestId,
    ]);
    const note =
      input.note === undefined || input.note === null || input.note.trim() === ''
        ? null
        : boundedText(input.note, 'note', { max: MAX_DECISION_NOTE });
    const { engagement, requester, organization } = await this.namesOf(request);
    const approved = input.decision === AccessRequestStatus.APPROVED;
    const decided = await this.memberships.retryOnDuplicate(() =>
      runCommand(this.deps, async (tx) => {
        const now = this.deps.clock.now();
        const current = await this.transition(tx, request.id, {
          status: input.decision,
          decidedByUserId: viewer.id,
          decisionNote: note,
          decidedAt: now,
        });
        if (approved) {
          await this.memberships.addIn(
            tx,
            targetOfEngagement(engagement),
            GroupKind.PARTICIPANT,
            [{ user: requester, organization }],
            { sendInvitation: false, termsAcceptedAt: current.termsAcceptedAt },
          );
        }
        await this.audit(
          tx,
          current,
          approved ? 'engagement.access.approved' : 'engagement.access.denied',
          viewer.id,
        );
        await recordNotifications(tx.em, this.deps.clock, [
          {
            recipientUserId: requester.id,
            kind: approved ? NotificationKind.ACCESS_GRANTED : NotificationKind.ACCESS_DENIED,
            data: {
              engagementName: engagement.name,
              decidedBy: viewer.name,
              note,
              link: this.link(current),
            },
          },
        ]);
        tx.emit(
          this.event(
            approved ? 'APPROVED' : 'DENIED',
            current,
            engagement,
            requester,
            organization,
            viewer.id,
          ),
        );
        return current;
      }),
    );
    this.deps.loaders.accessRequest.clear(decided.id).prime(decided.id, decided);
    if (approved) this.memberships.forgetMemberships([requester.id]);
    return decided;
  }

  /**
   * Cancels the viewer's own pending request. Caller holds `accessRequest.cancel` (the
   * requester). Errors: NOT_FOUND, FORBIDDEN, CONFLICT (no longer pending).
   */
  async cancel(accessRequestId: number): Promise<AccessRequest> {
    const viewer = requireViewer(this.deps);
    const [request] = await this.deps.access.require('accessRequest.cancel', [accessRequestId]);
    const { engagement, requester, organization } = await this.namesOf(request);
    const cancelled = await runCommand(this.deps, async (tx) => {
      const current = await this.transition(tx, request.id, {
        status: AccessRequestStatus.CANCELLED,
        decidedByUserId: viewer.id,
        decisionNote: null,
        decidedAt: this.deps.clock.now(),
      });
      await this.audit(tx, current, 'engagement.access.cancelled', viewer.id);
      tx.emit(this.event('CANCELLED', current, engagement, requester, organization, viewer.id));
      return current;
    });
    this.deps.loaders.accessRequest.clear(cancelled.id).prime(cancelled.id, cancelled);
    return cancelled;
  }

  /** Moves a pending request to its final state; CONFLICT when it is no longer pending. */
  private async transition(
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
    if (!result.affected) {
      throw new ConflictError(
        'The request is no longer pending: it was already decided or cancelled.',
      );
    }
    return tx.em.findOneByOrFail(AccessRequest, { id });
  }

  private async namesOf(request: AccessRequest) {
    const { loaders } = this.deps;
    const [engagement, requester, organization] = await Promise.all([
      loaders.engagement.load(request.engagementId),
      loaders.user.load(request.requesterUserId),
      loaders.organization.load(request.requesterOrganizationId),
    ]);
    if (!engagement || !requester || !organization) throw new NotFoundError('AccessRequest');
    return { engagement, requester, organization };
  }

  private audit(tx: Tx, request: AccessRequest, action: string, actorUserId: number) {
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
    // The host's event log and the requester organization's both show it.
    return recordAudit(tx.em, this.deps.clock, [
      { ...entry, organizationId: request.hostOrganizationId },
      ...(request.requesterOrganizationId !== request.hostOrganizationId
        ? [{ ...entry, organizationId: request.requesterOrganizationId }]
        : []),
    ]);
  }

  private event(
    type: AccessRequestEventType,
    request: AccessRequest,
    engagement: Engagement,
    requester: User,
    organization: Organization,
    actorUserId: number,
  ) {
    return accessRequestEvent(
      type,
      request,
      { engagement, requester, organization },
      actorUserId,
      this.deps.clock.now(),
    );
  }

  private link(request: AccessRequest): string {
    return `${this.deps.publicUrl}/access-requests/${toGlobalId('AccessRequest', request.id)}`;
  }

  /**
   * An engagement's requests, newest first, optionally by status. Caller holds
   * `engagement.readAccessRequests`; Power Users see their own organization's (R-PU-1).
   */
  async ofEngagement(
    engagement: Engagement,
    status: AccessRequestStatus | null,
    args: PageArgs,
  ): Promise<Connection<AccessRequest>> {
    const grants = await this.deps.access.matched(
      'engagement.readAccessRequests',
      scopeOf('Engagement', engagement),
    );
    const unrestricted = grants.some((g) => g.ownOrganizationId === undefined);
    const filter: PageFilter = {
      ...(status ? { eq: { status } } : {}),
      ...(unrestricted
        ? {}
        : { in: { requesterOrganizationId: grants.map((g) => g.ownOrganizationId!) } }),
    };
    return loadPage(this.deps.loaders, 'engagementAccessRequests', engagement.id, args, filter);
  }

  /** The viewer's own requests, newest first (R-AR-1: the requester sees the outcome). */
  ofViewer(status: AccessRequestStatus | null, args: PageArgs): Promise<Connection<AccessRequest>> {
    const viewer = requireViewer(this.deps);
    return loadPage(
      this.deps.loaders,
      'userAccessRequests',
      viewer.id,
      args,
      status ? { eq: { status } } : undefined,
    );
  }

  /** The viewer's latest request for an engagement, if any. */
  async latestOfViewer(engagementId: number): Promise<AccessRequest | null> {
    if (!this.deps.viewer) return null;
    const mine = await this.deps.loaders.accessRequestsOfUser.load(this.deps.viewer.id);
    return (
      mine.filter((r) => r.engagementId === engagementId).sort((a, b) => b.id - a.id)[0] ?? null
    );
  }
}
