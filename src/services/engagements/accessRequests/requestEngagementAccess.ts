import { AccessRequest } from '../../../../entities';
import { pendingKeyOf } from '../../../../entities/AccessRequest';
import { AccessRequestStatus, NotificationKind } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { runCommand } from '../../command';
import { boundedText } from '../../common/text';
import { requireViewer, ServiceDeps } from '../../context';
import { recordNotificationFor } from '../../notifications/outbox';
import { requireConditions } from '../conditions';
import { requestAlreadyPending } from '../errors';
import { organizationOfViewer, termsAcceptedAt } from '../joining/shared';
import { mutationAction } from '../../../permissions/mutations';
import { MAX_JUSTIFICATION } from '../validators';
import { auditRequest, decidersOf, requestEvent, requestLink } from './shared';

export interface RequestEngagementAccessInput {
  engagementId: number;
  justification: string;
  acceptTerms: boolean;
  organizationId?: number;
}

/**
 * Requests access to an engagement whose policy asks for approval, accepting its terms and
 * giving a justification; its deciders are notified. Caller holds `engagement.requestAccess`.
 * Errors: NOT_FOUND, FORBIDDEN (closed engagement, R-EN-3), BAD_USER_INPUT (open engagement,
 * terms not accepted, justification), CONFLICT (already a participant, or a request is already
 * pending: the unique pending key refuses a racing second one).
 */
export async function requestEngagementAccess(
  deps: ServiceDeps,
  input: RequestEngagementAccessInput,
): Promise<AccessRequest> {
  const viewer = requireViewer(deps);
  const action = mutationAction('requestEngagementAccess');
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  await requireConditions(deps, action, engagement);
  const terms = termsAcceptedAt(deps, engagement, input.acceptTerms);
  const justification = boundedText(input.justification, 'justification', {
    max: MAX_JUSTIFICATION,
  });
  const organization = await organizationOfViewer(deps, engagement, input.organizationId);
  const now = deps.clock.now();
  try {
    return await runCommand(deps, async (tx) => {
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
          termsAcceptedAt: terms,
          decidedByUserId: null,
          decisionNote: null,
          decidedAt: null,
          createdAt: now,
        }),
      );
      await auditRequest(deps, tx, request, 'engagement.access.requested', viewer.id);
      await recordNotificationFor(tx.em, deps.clock, await decidersOf(tx, request), {
        kind: NotificationKind.ACCESS_REQUESTED,
        data: {
          engagementName: engagement.name,
          requesterName: viewer.name,
          requesterOrganization: organization.name,
          justification,
          link: requestLink(deps, request),
        },
      });
      const names = { engagement, requester: viewer, organization };
      tx.emit(requestEvent(deps, 'CREATED', request, names, viewer.id));
      return request;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw requestAlreadyPending();
    throw error;
  }
}
