import { PermissionSet } from '../../../../entities';
import { ClientPermission } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { boundedText } from '../../common/text';
import { requireViewer } from '../../context';
import { permissionSetNameTaken } from '../errors';
import { PartnerDeps, requireHeld } from '../shared';
import { normalizePermissions } from '../validators';

export interface CreatePermissionSetInput {
  organizationId: number;
  name: string;
  permissions: ClientPermission[];
}

/**
 * Creates a named permission set in a client account; a partner admin may put in it only
 * permissions it holds (R-PA-5). Caller holds `organization.managePermissionSets`. Errors:
 * NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (name taken).
 */
export async function createPermissionSet(
  { deps }: PartnerDeps,
  input: CreatePermissionSetInput,
): Promise<PermissionSet> {
  const viewer = requireViewer(deps);
  const clientId = input.organizationId;
  await deps.access.require(mutationAction('createPermissionSet'), [clientId]);
  const name = boundedText(input.name, 'name', { max: 100, singleLine: true });
  const permissions = normalizePermissions(input.permissions);
  await requireHeld(deps, clientId, permissions);
  try {
    const set = await runCommand(deps, async ({ em }) => {
      const created = await em.save(
        em.create(PermissionSet, {
          clientOrganizationId: clientId,
          name,
          permissions,
          createdAt: deps.clock.now(),
        }),
      );
      await recordAudit(em, deps.clock, [
        {
          organizationId: clientId,
          actorUserId: viewer.id,
          action: 'permissionSet.created',
          targetType: 'PermissionSet',
          targetId: created.id,
          metadata: { name, permissions },
        },
      ]);
      return created;
    });
    deps.loaders.permissionSetsOfClient.clear(clientId);
    return set;
  } catch (error) {
    if (isUniqueViolation(error)) throw permissionSetNameTaken(name);
    throw error;
  }
}
