import type { AccessRequest, Engagement } from '../../../entities';
import { AccessRequestStatus } from '../../../entities/enums';
import type { ServiceDeps } from '../context';
import type { Connection, PageArgs } from '../pagination';
import { cancelAccessRequest } from './accessRequests/cancelAccessRequest';
import {
  decideAccessRequest,
  DecideAccessRequestInput,
} from './accessRequests/decideAccessRequest';
import {
  engagementAccessRequests,
  latestViewerRequest,
  viewerAccessRequests,
} from './accessRequests/queries';
import {
  requestEngagementAccess,
  RequestEngagementAccessInput,
} from './accessRequests/requestEngagementAccess';

/**
 * Access requests (R-EN-3, R-AR-1): requested by members of an organization the engagement is
 * offered to, decided by its owners, program owners, or Power Users for their own organization
 * (R-PU-1), cancelled by the requester. One method per mutation or query, each calling its
 * function in `accessRequests/`.
 */
export class AccessRequestService {
  constructor(private readonly deps: ServiceDeps) {}

  requestEngagementAccess(input: RequestEngagementAccessInput): Promise<AccessRequest> {
    return requestEngagementAccess(this.deps, input);
  }

  approveAccessRequest(input: DecideAccessRequestInput): Promise<AccessRequest> {
    return decideAccessRequest(this.deps, input, AccessRequestStatus.APPROVED);
  }

  denyAccessRequest(input: DecideAccessRequestInput): Promise<AccessRequest> {
    return decideAccessRequest(this.deps, input, AccessRequestStatus.DENIED);
  }

  cancelAccessRequest(accessRequestId: number): Promise<AccessRequest> {
    return cancelAccessRequest(this.deps, accessRequestId);
  }

  ofEngagement(
    engagement: Engagement,
    status: AccessRequestStatus | null,
    args: PageArgs,
  ): Promise<Connection<AccessRequest>> {
    return engagementAccessRequests(this.deps, engagement, status, args);
  }

  ofViewer(status: AccessRequestStatus | null, args: PageArgs): Promise<Connection<AccessRequest>> {
    return viewerAccessRequests(this.deps, status, args);
  }

  latestOfViewer(engagementId: number): Promise<AccessRequest | null> {
    return latestViewerRequest(this.deps, engagementId);
  }
}
