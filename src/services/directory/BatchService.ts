import { OrganizationMember } from '../../../entities';
import { mutationAction } from '../../permissions/mutations';
import type { ServiceDeps } from '../context';
import { batchUpdateMembers, updateOneMember } from './batch/run';
import type { BatchInput, BatchResult, LicenseSwitch } from './batch/types';

export type {
  BatchInput,
  BatchItem,
  BatchOperation,
  BatchResult,
  LicenseSwitch,
} from './batch/types';
export { MAX_BATCH_USERS } from './batch/types';

type MemberRef = { organizationId: number; userId: number };

/**
 * Member changes for one user or up to 50 (R-BK-1, R-BK-2, R-DI-5). A facade: the batch runs in
 * `batch/` (`run.ts` checks, `execute.ts` runs, `plan.ts` refuses, `apply.ts` changes).
 */
export class BatchService {
  constructor(private readonly deps: ServiceDeps) {}

  batchUpdateMembers(input: BatchInput): Promise<BatchResult> {
    return batchUpdateMembers(this.deps, input);
  }

  changeMemberLicense(input: MemberRef & { license: LicenseSwitch }): Promise<OrganizationMember> {
    const action = mutationAction('changeMemberLicense');
    return updateOneMember(this.deps, action, { ...input, operation: 'SWITCH_LICENSE' });
  }

  /** The member's teams become exactly `teamIds`. */
  setMemberTeams(input: MemberRef & { teamIds: number[] }): Promise<OrganizationMember> {
    const change = { ...input, operation: 'ADD_TO_TEAMS', removeFromCurrentTeams: true } as const;
    return updateOneMember(this.deps, mutationAction('setMemberTeams'), change);
  }

  deactivateMember(input: MemberRef): Promise<OrganizationMember> {
    const action = mutationAction('deactivateMember');
    return updateOneMember(this.deps, action, { ...input, operation: 'DEACTIVATE' });
  }

  reactivateMember(input: MemberRef): Promise<OrganizationMember> {
    const action = mutationAction('reactivateMember');
    return updateOneMember(this.deps, action, { ...input, operation: 'REACTIVATE' });
  }
}
