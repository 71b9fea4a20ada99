import { EntityManager } from 'typeorm';
import { Organization } from '../../../entities';
import { mutationAction } from '../../permissions/mutations';
import { recordAudit } from '../audit';
import { requireViewer, ServiceDeps } from '../context';
import { seatsChangedConcurrently } from './errors';
import { validateAssignedSeats, validateSeatCount } from './validators';

const MAX_SEAT_RETRIES = 5;

/**
 * Sets a client's assigned seats (R-PR-3), never below the seats in use (R-PR-4). Caller: a
 * provider admin or service user of a managing organization (`organization.changeSeats`).
 * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (below used), CONFLICT (changed concurrently).
 */
export async function changeClientSeats(
  deps: ServiceDeps,
  input: { organizationId: number; assigned: number },
): Promise<Organization> {
  const viewer = requireViewer(deps);
  await deps.access.require(mutationAction('changeClientSeats'), [input.organizationId]);
  const assigned = validateSeatCount(input.assigned);
  for (let attempt = 0; attempt < MAX_SEAT_RETRIES; attempt++) {
    const updated = await deps.transact((em) =>
      trySeatChange(deps, em, input.organizationId, assigned, viewer.id),
    );
    if (updated) {
      deps.loaders.organization.clear(updated.id).prime(updated.id, updated);
      return updated;
    }
  }
  throw seatsChangedConcurrently();
}

/** One attempt: the organization as changed, or null when its seats changed since the read. */
async function trySeatChange(
  deps: ServiceDeps,
  em: EntityManager,
  organizationId: number,
  assigned: number,
  actorUserId: number,
): Promise<Organization | null> {
  const current = await em.findOneByOrFail(Organization, { id: organizationId });
  validateAssignedSeats(assigned, current.seatsUsed);
  if (current.seatsAssigned === assigned) return current;
  // Conditional on the values read, so a concurrent seat change or member addition
  // between the read and the write makes this attempt retry instead of overwriting it.
  const result = await em
    .createQueryBuilder()
    .update(Organization)
    .set({ seatsAssigned: assigned })
    .where('id = :id AND seatsAssigned = :before AND seatsUsed <= :assigned', {
      id: current.id,
      before: current.seatsAssigned,
      assigned,
    })
    .execute();
  if (!result.affected) return null;
  await recordAudit(em, deps.clock, [
    {
      organizationId: current.id,
      actorUserId,
      action: 'organization.seats.changed',
      targetType: 'Organization',
      targetId: current.id,
      metadata: { before: current.seatsAssigned, after: assigned, used: current.seatsUsed },
    },
  ]);
  return em.findOneByOrFail(Organization, { id: current.id });
}
