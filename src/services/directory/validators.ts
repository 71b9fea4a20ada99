import type { OrganizationMember } from '../../../entities';
import { License, MemberStatus, OrgRole } from '../../../entities/enums';
import { boundedText } from '../common/text';
import { leavesNoSuperAdmin } from '../organizations/validators';
import { BatchInput, BatchOperation, LicenseSwitch, MAX_BATCH_USERS } from './batch/types';
import {
  activityWindowAndDate,
  batchParameterMissing,
  batchSizeOutOfRange,
  invalidActivityWindow,
  searchTooLong,
  teamMembersOutOfRange,
} from './errors';

/** Pure validators and rules of the directory, batches and teams: no database. */

export const ACTIVITY_WINDOWS = [30, 60, 90, 180] as const;
/** At most this many users per team member change (R-DI-2). */
export const MAX_TEAM_USERS = 50;

/** The activity window of a directory filter: one of the offered ones, or a date (R-DI-4). */
export function validateActivityFilter(filter: {
  activityDays?: number | null;
  activitySince?: Date | null;
}): void {
  if (
    filter.activityDays != null &&
    !(ACTIVITY_WINDOWS as readonly number[]).includes(filter.activityDays)
  ) {
    throw invalidActivityWindow(ACTIVITY_WINDOWS);
  }
  if (filter.activityDays != null && filter.activitySince != null) throw activityWindowAndDate();
}

/** A directory search has at most 200 characters. */
export function validateSearch(search: string | null | undefined): void {
  if (search && search.length > 200) throw searchTooLong();
}

/** A batch names 1 to 50 users, counted as sent (R-BK-1). */
export function validateBatchSize(userIds: readonly number[]): void {
  if (userIds.length === 0 || userIds.length > MAX_BATCH_USERS) {
    throw batchSizeOutOfRange(MAX_BATCH_USERS, userIds.length);
  }
}

/**
 * The parameters the operation needs are there (teams, team, license; a new team's name is
 * bounded text); the teams still have to be found in the organization.
 */
export function validateBatchParameters(input: BatchInput): void {
  switch (input.operation) {
    case 'ADD_TO_TEAMS':
      if (!input.teamIds?.length) throw batchParameterMissing('teamIds');
      return;
    case 'ADD_TO_NEW_TEAM':
      boundedText(input.newTeamName ?? '', 'newTeamName', { max: 191, singleLine: true });
      return;
    case 'REMOVE_FROM_TEAM':
      if (input.teamId == null) throw batchParameterMissing('teamId');
      return;
    case 'SWITCH_LICENSE':
      if (!input.license) throw batchParameterMissing('license');
      return;
    default:
      return;
  }
}

/** Partner employees' licenses and status are managed through the partner actions (R-PA-7). */
export function refusedForPartnerEmployees(operation: BatchOperation): boolean {
  return ['SWITCH_LICENSE', 'DEACTIVATE', 'REACTIVATE'].includes(operation);
}

/** What a license switch makes of a member's role and license (R-DI-5). */
export function switchedLicense(
  member: Pick<OrganizationMember, 'role' | 'license'>,
  change: LicenseSwitch,
): { role: OrgRole; license: License } {
  switch (change) {
    case 'TO_FULL':
      return {
        role: member.role === OrgRole.GUEST ? OrgRole.MEMBER : member.role,
        license: License.FULL,
      };
    case 'TO_GUEST':
      return { role: OrgRole.GUEST, license: License.FREE };
    case 'TO_RESTRICTED_FREE':
      return { role: member.role, license: License.RESTRICTED_FREE };
    case 'REVOKE_RESTRICTED_FREE':
      return {
        role: member.role,
        license:
          member.license !== License.RESTRICTED_FREE
            ? member.license
            : member.role === OrgRole.GUEST
              ? License.FREE
              : License.FULL,
      };
  }
}

type Candidate = Pick<OrganizationMember, 'role' | 'status'>;

/**
 * Of the users a batch deactivates, the one refused so that a super admin stays (R-PA-8): the
 * last active super admin of the batch when it would deactivate all of them; null otherwise.
 */
export function lastSuperAdminOf<T>(
  activeAdmins: number,
  deactivating: T[],
  memberOf: (item: T) => Candidate,
): T | null {
  const leaving = deactivating.filter((item) => {
    const m = memberOf(item);
    return m.role === OrgRole.ADMIN && m.status === MemberStatus.ACTIVE;
  });
  return leavesNoSuperAdmin(activeAdmins, leaving.length) ? leaving[leaving.length - 1] : null;
}

/**
 * Of the members a batch reactivates, those beyond the free seats, in order: seats are checked
 * for the whole batch before anything is written (R-PR-4).
 */
export function beyondFreeSeats<M>(returning: M[], free: number): M[] {
  return returning.slice(Math.max(0, free));
}

/** The distinct users of a team member change, 1 to 50 (R-DI-2). */
export function validateTeamUserIds(userIds: readonly number[]): number[] {
  const distinct = [...new Set(userIds)];
  if (!distinct.length || distinct.length > MAX_TEAM_USERS) throw teamMembersOutOfRange();
  return distinct;
}
