import { In } from 'typeorm';
import { OrganizationMember, User } from '../../../../entities';
import { isUniqueViolation } from '../../../db/transaction';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { ItemWithRecord, resultsInOrder } from '../../common/bulk';
import { runCommand } from '../../command';
import { requireViewer } from '../../context';
import { employeesAddedConcurrently, employeesAlreadyInClient } from '../errors';
import {
  activePartnerEmployees,
  insertEmployees,
  PartnerDeps,
  setToGrant,
  touchRelationship,
  verifiedDomains,
} from '../shared';
import { requireEmployees, selectEmployees } from '../validators';

export interface AddPartnerEmployeesInput {
  clientOrganizationId: number;
  userIds: number[];
  permissionSetId: number;
}

/**
 * Adds employees of the viewer's partner to a client account as partner admins with a
 * permission set the viewer fully holds (R-PA-3, R-PA-5). Caller holds
 * `organization.addPartnerEmployees` (partner admins only, R-PA-7). Errors: NOT_FOUND,
 * FORBIDDEN, BAD_USER_INPUT, CONFLICT, SEAT_LIMIT_REACHED.
 */
export async function addPartnerEmployees(
  { deps, members }: PartnerDeps,
  input: AddPartnerEmployeesInput,
): Promise<ItemWithRecord<OrganizationMember>[]> {
  const viewer = requireViewer(deps);
  const clientId = input.clientOrganizationId;
  await deps.access.require(mutationAction('addPartnerEmployees'), [clientId]);
  const { partner, set } = await setToGrant(deps, clientId, input.permissionSetId);
  const userIds = selectEmployees(input.userIds);
  requireEmployees(userIds, await activePartnerEmployees(deps, partner.id, userIds), partner.name);
  const employees = (await deps.loaders.user.loadMany(userIds)) as User[];
  const domains = await verifiedDomains(deps, partner.id);
  try {
    const added = await runCommand(deps, async ({ em }) => {
      const present = await em.countBy(OrganizationMember, {
        organizationId: clientId,
        userId: In(userIds),
      });
      if (present) throw employeesAlreadyInClient();
      await insertEmployees(deps, em, clientId, { partner, employees, set, domains });
      await touchRelationship(deps, em, partner.id, clientId);
      const rows = await em.findBy(OrganizationMember, {
        organizationId: clientId,
        userId: In(userIds),
      });
      await recordAudit(
        em,
        deps.clock,
        rows.map((m) => ({
          organizationId: clientId,
          actorUserId: viewer.id,
          action: 'partner.employee.added',
          targetType: 'User',
          targetId: m.userId,
          metadata: {
            permissionSet: set.name,
            verified: m.verified,
            partnerOrganizationId: partner.id,
          },
        })),
      );
      const byUser = new Map(rows.map((m) => [m.userId, m]));
      return resultsInOrder(userIds, byUser, new Set(userIds));
    });
    for (const id of userIds) members.forget(clientId, id);
    return added;
  } catch (error) {
    if (isUniqueViolation(error)) throw employeesAddedConcurrently();
    throw error;
  }
}
