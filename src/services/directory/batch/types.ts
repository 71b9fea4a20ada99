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

/**
 * CHANGED or UNCHANGED: what was done (or, in a dry run, what would be done); FAILED: this user
 * was refused (see `error`); NOT_APPLIED: an atomic batch was refused because of another user.
 */
export type BatchOutcome = 'CHANGED' | 'UNCHANGED' | 'FAILED' | 'NOT_APPLIED';

export interface BatchItem {
  userId: number;
  /** True when the change was applied, or in a dry run would be. */
  ok: boolean;
  outcome: BatchOutcome;
  error: { code: string; message: string } | null;
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
