import { In, IsNull, Not } from 'typeorm';
import { OrganizationMember } from '../../../../entities';
import { MemberStatus } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { ItemWithRecord, resultsInOrder } from '../../common/bulk';
import { runCommand } from '../../command';
import { requireViewer } from '../../context';
import { occupiesSeat, occupySeats, releaseSeats } from '../../organizations/seats';
import { notAllPartnerEmployees } from '../errors';
import { PartnerDeps } from '../shared';
import { selectEmployees } from '../validators';

export interface PartnerEmployeesInput {
  clientOrganizationId: number;
  userIds: number[];
}

/** Moves the partner employees of a client between active and deactivated, seats included. */
async function setEmployeesActive(
  { deps, members }: PartnerDeps,
  input: PartnerEmployeesInput,
  active: boolean,
): Promise<ItemWithRecord<OrganizationMember>[]> {
  const viewer = requireViewer(deps);
  const clientId = input.clientOrganizationId;
  await deps.access.require(
    mutationAction(active ? 'reactivatePartnerEmployees' : 'deactivatePartnerEmployees'),
    [clientId],
  );
  const userIds = selectEmployees(input.userIds);
  const from = active ? MemberStatus.DEACTIVATED : MemberStatus.ACTIVE;
  const to = active ? MemberStatus.ACTIVE : MemberStatus.DEACTIVATED;
  const changed = await runCommand(deps, async ({ em }) => {
    const found = await em.findBy(OrganizationMember, {
      organizationId: clientId,
      userId: In(userIds),
      partnerOrganizationId: Not(IsNull()),
    });
    if (found.length !== userIds.length) throw notAllPartnerEmployees();
    const moving = found.filter((m) => m.status === from);
    if (active) await occupySeats(em, clientId, moving.length);
    else await releaseSeats(em, clientId, moving.filter((m) => occupiesSeat(m.status)).length);
    if (moving.length) {
      await em.update(OrganizationMember, { id: In(moving.map((m) => m.id)) }, { status: to });
    }
    await recordAudit(
      em,
      deps.clock,
      moving.map((m) => ({
        organizationId: m.organizationId,
        actorUserId: viewer.id,
        action: active ? 'partner.employee.reactivated' : 'partner.employee.deactivated',
        targetType: 'User',
        targetId: m.userId,
        metadata: { partnerOrganizationId: m.partnerOrganizationId },
      })),
    );
    const rows = await em.findBy(OrganizationMember, { id: In(found.map((m) => m.id)) });
    const byUser = new Map(rows.map((m) => [m.userId, m]));
    return resultsInOrder(userIds, byUser, new Set(moving.map((m) => m.userId)));
  });
  for (const id of userIds) members.forget(clientId, id);
  return changed;
}

/**
 * Deactivates partner employees of a client, freeing their seats; the relationship stays
 * (R-PA-7). Caller holds `organization.removePartnerEmployees`. Errors: NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT.
 */
export function deactivatePartnerEmployees(
  partnerDeps: PartnerDeps,
  input: PartnerEmployeesInput,
): Promise<ItemWithRecord<OrganizationMember>[]> {
  return setEmployeesActive(partnerDeps, input, false);
}

/**
 * Reactivates partner employees of a client, each taking a seat (partner admins only, R-PA-7).
 * Caller holds `organization.addPartnerEmployees`. Errors: NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT, SEAT_LIMIT_REACHED.
 */
export function reactivatePartnerEmployees(
  partnerDeps: PartnerDeps,
  input: PartnerEmployeesInput,
): Promise<ItemWithRecord<OrganizationMember>[]> {
  return setEmployeesActive(partnerDeps, input, true);
}
