import { AccessRequest } from '../../../../entities';
import { AccessRequestStatus } from '../../../../entities/enums';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { mutationAction } from '../../../permissions/mutations';
import { auditRequest, namesOf, requestEvent, transition } from './shared';

/**
 * Cancels the viewer's own pending request. Caller holds `accessRequest.cancel` (the
 * requester). Errors: NOT_FOUND, FORBIDDEN, CONFLICT (no longer pending).
 */
export async function cancelAccessRequest(
  deps: ServiceDeps,
  accessRequestId: number,
): Promise<AccessRequest> {
  const viewer = requireViewer(deps);
  const action = mutationAction('cancelAccessRequest');
  const [request] = await deps.access.require(action, [accessRequestId]);
  const names = await namesOf(deps, request);
  const cancelled = await runCommand(deps, async (tx) => {
    const current = await transition(tx, request.id, {
      status: AccessRequestStatus.CANCELLED,
      decidedByUserId: viewer.id,
      decisionNote: null,
      decidedAt: deps.clock.now(),
    });
    await auditRequest(deps, tx, current, 'engagement.access.cancelled', viewer.id);
    tx.emit(requestEvent(deps, 'CANCELLED', current, names, viewer.id));
    return current;
  });
  deps.loaders.accessRequest.clear(cancelled.id).prime(cancelled.id, cancelled);
  return cancelled;
}
