import { AccessLink } from '../../../../entities';
import { mutationAction } from '../../../permissions/mutations';
import { PartnerDeps } from '../shared';
import { recordDecision, refuseIfLapsed } from './decide';

/**
 * Rejects a pending link before it expires (R-PA-2). Caller holds `accessLink.decide` (client
 * super admins). Errors: NOT_FOUND, FORBIDDEN, CONFLICT (decided or expired).
 */
export async function rejectAccessLink(
  { deps }: PartnerDeps,
  accessLinkId: number,
): Promise<AccessLink> {
  await deps.access.require(mutationAction('rejectAccessLink'), [accessLinkId]);
  const link = (await deps.loaders.accessLink.load(accessLinkId))!;
  const now = deps.clock.now();
  await refuseIfLapsed(deps, link, now);
  return recordDecision(deps, link, now, false);
}
