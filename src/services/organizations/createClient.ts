import { ManagedRelationship, Organization } from '../../../entities';
import { OrganizationKind, Plan, RelationshipStatus } from '../../../entities/enums';
import { mutationAction } from '../../permissions/mutations';
import { recordAudit } from '../audit';
import { requireViewer, ServiceDeps } from '../context';
import { notAManager } from './errors';
import { validateClientInput } from './validators';

/**
 * Creates a client organization managed by `managerId` (R-PR-2). Caller: an admin of the
 * provider or partner (`organization.createClient`). Errors: NOT_FOUND, FORBIDDEN,
 * BAD_USER_INPUT.
 */
export async function createClientOrganization(
  deps: ServiceDeps,
  input: { managerId: number; name: string; plan: Plan; seats: number },
): Promise<{ organization: Organization; relationship: ManagedRelationship }> {
  const viewer = requireViewer(deps);
  const action = mutationAction('createClientOrganization');
  const manager = await deps.access.requireOne(action, input.managerId);
  if (manager.kind !== OrganizationKind.PROVIDER && manager.kind !== OrganizationKind.PARTNER) {
    throw notAManager();
  }
  const { name, seats } = validateClientInput(input);
  const now = deps.clock.now();
  return deps.transact(async (em) => {
    const organization = await em.save(
      em.create(Organization, {
        name,
        kind: OrganizationKind.CLIENT,
        plan: input.plan,
        seatsAssigned: seats,
        seatsUsed: 0,
        createdAt: now,
      }),
    );
    const relationship = await em.save(
      em.create(ManagedRelationship, {
        managerOrganizationId: manager.id,
        clientOrganizationId: organization.id,
        status: RelationshipStatus.ACTIVE,
        lastPartnerActivityAt: now,
        endsAt: null,
        createdAt: now,
      }),
    );
    const metadata = { name, plan: input.plan, seats, managerOrganizationId: manager.id };
    const entry = {
      actorUserId: viewer.id,
      targetType: 'Organization',
      targetId: organization.id,
      metadata,
    };
    await recordAudit(em, deps.clock, [
      { ...entry, organizationId: manager.id, action: 'client.created' },
      { ...entry, organizationId: organization.id, action: 'organization.created' },
    ]);
    return { organization, relationship };
  });
}
