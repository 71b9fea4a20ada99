import type { GroupMembership } from '../../../entities';
import type { ServiceDeps } from '../context';
import { joinEngagement, JoinEngagementInput } from './joining/joinEngagement';

/**
 * Joining an engagement (R-EN-3): open engagements are joined directly after accepting the
 * terms; approval engagements take an access request (AccessRequestService); closed ones neither.
 */
export class JoinService {
  constructor(private readonly deps: ServiceDeps) {}

  joinEngagement(input: JoinEngagementInput): Promise<GroupMembership> {
    return joinEngagement(this.deps, input);
  }
}
