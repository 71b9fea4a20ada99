import { OrganizationMember } from '../../../../entities';
import { NotFoundError } from '../../../errors';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer } from '../../context';
import {
  PartnerDeps,
  partnerOfPartnerAdmin,
  permissionSetOf,
  requireHeld,
  touchRelationship,
} from '../shared';
import { permissionsChanged } from '../validators';
import type { PartnerEmployeeInput } from './link';

/**
 * Moves a partner employee to another permission set. Both directions of R-PA-5: every
 * permission added and every permission removed must be one the viewer holds; reports access
 * stays as it is (R-PA-9). Caller holds `organization.addPartnerEmployees` (partner admins only,
 * R-PA-7). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function changePartnerEmployeePermissions(
  { deps, members }: PartnerDeps,
  input: PartnerEmployeeInput,
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  const clientId = input.clientOrganizationId;
  await deps.access.require(mutationAction('changePartnerEmployeePermissions'), [clientId]);
  const partner = await partnerOfPartnerAdmin(deps, clientId);
  const member = await deps.db.getRepository(OrganizationMember).findOneBy({
    organizationId: clientId,
    userId: input.userId,
    partnerOrganizationId: partner.id,
  });
  if (!member) throw new NotFoundError('Partner employee');
  const next = await permissionSetOf(deps, clientId, input.permissionSetId);
  const current = member.permissionSetId
    ? await deps.loaders.permissionSet.load(member.permissionSetId)
    : null;
  const changed = permissionsChanged(current ?? null, next);
  await requireHeld(deps, clientId, changed);
  const updated = await runCommand(deps, async ({ em }) => {
    await em.update(OrganizationMember, { id: member.id }, { permissionSetId: next.id });
    await touchRelationship(deps, em, partner.id, clientId);
    await recordAudit(em, deps.clock, [
      {
        organizationId: clientId,
        actorUserId: viewer.id,
        action: 'partner.employee.permissions.changed',
        targetType: 'User',
        targetId: member.userId,
        metadata: { before: current?.name ?? null, after: next.name, changed },
      },
    ]);
    return { ...member, permissionSetId: next.id };
  });
  members.forget(clientId, input.userId);
  return updated;
}
