import type { BulkItem } from '../../common/bulk';
import type { OrganizationMember } from '../../../../entities';

/** At most this many users per batch (R-BK-1). */
export const MAX_BATCH_USERS = 50;

export type BatchOperation =
  | 'ADD_TO_TEAMS'
  | 'ADD_TO_NEW_TEAM'
  | 'REMOVE_FROM_TEAM'
  | 'SWITCH_LICENSE'
  | 'DEACTIVATE'
  | 'REACTIVATE';

/**
 * License switches (R-DI-5, R-BK-1): TO_FULL changes role and license; TO_GUEST makes a guest
 * with a free license; TO_RESTRICTED_FREE changes only the license; REVOKE_RESTRICTED_FREE gives back the
 * license the role allows (members full, guests free).
 */
export type LicenseSwitch =
  'TO_FULL' | 'TO_GUEST' | 'TO_RESTRICTED_FREE' | 'REVOKE_RESTRICTED_FREE';

export interface BatchInput {
  organizationId: number;
  userIds: number[];
  operation: BatchOperation;
  teamIds?: number[];
  removeFromCurrentTeams?: boolean;
  newTeamName?: string | null;
  teamId?: number | null;
  license?: LicenseSwitch | null;
  dryRun: boolean;
  atomic: boolean;
  idempotencyKey?: string | null;
}

/** One user's change (`changeMemberLicense`, `setMemberTeams`, `deactivateMember` …). */
export type SingleMemberInput = Omit<
  BatchInput,
  'userIds' | 'dryRun' | 'atomic' | 'idempotencyKey'
> & { userId: number };

/** One user's result (`id` is the user's); `ok`: applied, or in a dry run would be. */
export interface BatchItem extends BulkItem {
  ok: boolean;
}

export interface BatchResult {
  /** Whether anything was written: false for a dry run and for a refused atomic batch. */
  applied: boolean;
  dryRun: boolean;
  atomic: boolean;
  items: BatchItem[];
  /** Set when ADD_TO_NEW_TEAM created the team. */
  createdTeamId: number | null;
  /** For a single user's change: its membership as the transaction left it (also in a dry run). */
  members?: OrganizationMember[];
}
