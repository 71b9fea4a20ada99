import { AccessRequest } from '../../../../entities';
import { AccessRequestStatus, GroupKind, NotificationKind } from '../../../../entities/enums';
import { runCommand, Tx } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { recordNotifications } from '../../notifications/outbox';
import { addMembersIn, retryOnDuplicate } from '../memberships/add';
import { forgetMemberships, targetOfEngagement } from '../memberships/shared';
import { mutationAction } from '../../../permissions/mutations';
import { decisionNote } from '../validators';
import {
  auditRequest,
  namesOf,
  RequestNames,
  requestEvent,
  requestLink,
  transition,
} from './shared';

export type Decision = AccessRequestStatus.APPROVED | AccessRequestStatus.DENIED;

export interface DecideAccessRequestInput {
  accessRequestId: number;
  note?: string | null;
}

/**
 * Approves (adding the requester as a participant) or denies a pending request, with an
 * optional note; the requester is notified. A decision is a conditional update of the pending
 * request, so two deciders racing never both win. Caller holds `accessRequest.decide`
 * (`approveAccessRequest`, `denyAccessRequest`). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT
 * (note), CONFLICT (no longer pending).
 */
export async function decideAccessRequest(
  deps: ServiceDeps,
  input: DecideAccessRequestInput,
  decision: Decision,
): Promise<AccessRequest> {
  const viewer = requireViewer(deps);
  const mutation =
    decision === AccessRequestStatus.APPROVED ? 'approveAccessRequest' : 'denyAccessRequest';
  const action = mutationAction(mutation);
  const [request] = await deps.access.require(action, [input.accessRequestId]);
  const note = decisionNote(input.note);
  const names = await namesOf(deps, request);
  const decided = await retryOnDuplicate(() =>
    runCommand(deps, async (tx) => {
      const current = await transition(tx, request.id, {
        status: decision,
        decidedByUserId: viewer.id,
        decisionNote: note,
        decidedAt: deps.clock.now(),
      });
      await applyDecision(deps, tx, current, names, note);
      return current;
    }),
  );
  deps.loaders.accessRequest.clear(decided.id).prime(decided.id, decided);
  if (decision === AccessRequestStatus.APPROVED) forgetMemberships(deps, [names.requester.id]);
  return decided;
}

/** Inside the decision's transaction: the participant (approved), audit, notice and event. */
async function applyDecision(
  deps: ServiceDeps,
  tx: Tx,
  current: AccessRequest,
  names: RequestNames,
  note: string | null,
): Promise<void> {
  const viewer = requireViewer(deps);
  const { engagement, requester, organization } = names;
  const approved = current.status === AccessRequestStatus.APPROVED;
  if (approved) {
    await addMembersIn(
      deps,
      tx,
      targetOfEngagement(engagement),
      GroupKind.PARTICIPANT,
      [{ user: requester, organization }],
      { sendInvitation: false, termsAcceptedAt: current.termsAcceptedAt },
    );
  }
  const audited = approved ? 'engagement.access.approved' : 'engagement.access.denied';
  await auditRequest(deps, tx, current, audited, viewer.id);
  await recordNotifications(tx.em, deps.clock, [
    {
      recipientUserId: requester.id,
      kind: approved ? NotificationKind.ACCESS_GRANTED : NotificationKind.ACCESS_DENIED,
      data: {
        engagementName: engagement.name,
        decidedBy: viewer.name,
        note,
        link: requestLink(deps, current),
      },
    },
  ]);
  tx.emit(requestEvent(deps, approved ? 'APPROVED' : 'DENIED', current, names, viewer.id));
}
