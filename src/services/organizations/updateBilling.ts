import { Organization } from '../../../entities';
import { mutationAction } from '../../permissions/mutations';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { validateEmail } from './validators';

/**
 * Updates the billing information. Caller holds `organization.updateBilling` (provider admins,
 * super admins, partner admins who kept billing; R-PR-3, R-PA-1, R-PA-8). Errors: NOT_FOUND,
 * FORBIDDEN, BAD_USER_INPUT.
 */
export async function updateBillingInformation(
  deps: ServiceDeps,
  input: { organizationId: number; email: string; address: string },
): Promise<Organization> {
  const viewer = requireViewer(deps);
  const action = mutationAction('updateBillingInformation');
  const org = await deps.access.requireOne(action, input.organizationId);
  const email = validateEmail(input.email, 'email');
  const address = boundedText(input.address, 'address', { max: 1000 });
  const updated = await runCommand(deps, async ({ em }) => {
    await em.update(Organization, { id: org.id }, { billingEmail: email, billingAddress: address });
    await recordAudit(em, deps.clock, [
      {
        organizationId: org.id,
        actorUserId: viewer.id,
        action: 'organization.billing.updated',
        targetType: 'Organization',
        targetId: org.id,
        metadata: { email },
      },
    ]);
    return em.findOneByOrFail(Organization, { id: org.id });
  });
  deps.loaders.organization.clear(updated.id).prime(updated.id, updated);
  return updated;
}
