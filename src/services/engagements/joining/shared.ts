import { Engagement, Organization } from '../../../../entities';
import { rolesGranting } from '../../../permissions/derive';
import type { ServiceDeps } from '../../context';
import { chosenOrganization, termsAcceptance } from '../validators';

/** When the viewer accepted the engagement's terms (now); BAD_USER_INPUT for terms not accepted. */
export function termsAcceptedAt(
  deps: ServiceDeps,
  engagement: Engagement,
  accepted: boolean,
): Date | null {
  return termsAcceptance(!!engagement.termsOfUse, accepted, deps.clock.now());
}

/**
 * The viewer's organization the engagement is offered to: the one named, or the only one.
 * BAD_USER_INPUT when none or several match.
 */
export async function organizationOfViewer(
  deps: ServiceDeps,
  engagement: Engagement,
  requested: number | undefined,
): Promise<Organization> {
  const roles = await deps.access.organizationRoles();
  const audienceRoles = rolesGranting('engagement.join', 'audience');
  const audience = await deps.loaders.audienceOfEngagement.load(engagement.id);
  const eligible = audience
    .map((a) => a.organizationId)
    .filter((id) => audienceRoles.includes(roles.get(id)!));
  return (await deps.loaders.organization.load(chosenOrganization(eligible, requested)))!;
}
