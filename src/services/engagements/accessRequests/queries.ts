import { AccessRequest, Engagement } from '../../../../entities';
import { AccessRequestStatus } from '../../../../entities/enums';
import type { PageFilter } from '../../../loaders/pages';
import { scopeOf } from '../../../permissions/scope';
import { requireViewer, ServiceDeps } from '../../context';
import { Connection, loadPage, PageArgs } from '../../pagination';
import { ownOrganizationsOf } from '../validators';

/**
 * An engagement's requests, newest first, optionally by status. Caller holds
 * `engagement.readAccessRequests`; Power Users see their own organization's (R-PU-1).
 */
export async function engagementAccessRequests(
  deps: ServiceDeps,
  engagement: Engagement,
  status: AccessRequestStatus | null,
  args: PageArgs,
): Promise<Connection<AccessRequest>> {
  const own = ownOrganizationsOf(
    await deps.access.matched('engagement.readAccessRequests', scopeOf('Engagement', engagement)),
  );
  const filter: PageFilter = {
    ...(status ? { eq: { status } } : {}),
    ...(own ? { in: { requesterOrganizationId: own } } : {}),
  };
  return loadPage(deps.loaders, 'engagementAccessRequests', engagement.id, args, filter);
}

/** The viewer's own requests, newest first (R-AR-1: the requester sees the outcome). */
export function viewerAccessRequests(
  deps: ServiceDeps,
  status: AccessRequestStatus | null,
  args: PageArgs,
): Promise<Connection<AccessRequest>> {
  const viewer = requireViewer(deps);
  return loadPage(
    deps.loaders,
    'userAccessRequests',
    viewer.id,
    args,
    status ? { eq: { status } } : undefined,
  );
}

/** The viewer's latest request for an engagement, if any. */
export async function latestViewerRequest(
  deps: ServiceDeps,
  engagementId: number,
): Promise<AccessRequest | null> {
  if (!deps.viewer) return null;
  const mine = await deps.loaders.accessRequestsOfUser.load(deps.viewer.id);
  return mine.filter((r) => r.engagementId === engagementId).sort((a, b) => b.id - a.id)[0] ?? null;
}
