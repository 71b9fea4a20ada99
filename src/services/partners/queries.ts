import { AccessLink, Organization, PermissionSet } from '../../../entities';
import { AccessLinkStatus } from '../../../entities/enums';
import type { ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';

/** Permission sets of a client account; the caller holds `organization.readPermissionSets`. */
export function permissionSets(deps: ServiceDeps, org: Organization): Promise<PermissionSet[]> {
  return deps.loaders.permissionSetsOfClient.load(org.id);
}

/** Access links sent to a client, newest first; the caller holds `organization.readAccessLinks`. */
export function accessLinks(
  deps: ServiceDeps,
  org: Organization,
  status: AccessLinkStatus | null,
  args: PageArgs,
): Promise<Connection<AccessLink>> {
  return loadPage(
    deps.loaders,
    'clientAccessLinks',
    org.id,
    args,
    status ? { eq: { status } } : undefined,
  );
}
