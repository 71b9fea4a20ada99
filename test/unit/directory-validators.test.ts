import { License, MemberStatus, OrgRole } from '../../entities/enums';
import { DomainError } from '../../src/errors';
import { decodeCursor, encodeCursor } from '../../src/services/directory/listing';
import {
  beyondFreeSeats,
  lastSuperAdminOf,
  refusedForPartnerEmployees,
  switchedLicense,
  validateBatchParameters,
  validateBatchSize,
  validateActivityFilter,
  validateSearch,
  validateTeamUserIds,
} from '../../src/services/directory/validators';
import type { BatchInput } from '../../src/services/directory/batch/types';

/** The pure rules of the directory, batches and teams, without a server or database. */

function reasonOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, ...error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

const batch = (change: Partial<BatchInput>): BatchInput => ({
  organizationId: 1,
  userIds: [1],
  operation: 'DEACTIVATE',
  dryRun: false,
  atomic: true,
  ...change,
});

describe('batch rules (R-BK-1)', () => {
  it('takes 1 to 50 users, counted as sent', () => {
    expect(() => validateBatchSize([1])).not.toThrow();
    expect(() => validateBatchSize(Array.from({ length: 50 }, (_, i) => i))).not.toThrow();
    for (const ids of [[], Array.from({ length: 51 }, (_, i) => i)]) {
      expect(reasonOf(() => validateBatchSize(ids))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'userIds',
        reason: 'BATCH_SIZE_OUT_OF_RANGE',
      });
    }
  });

  it('names the parameter an operation lacks', () => {
    const missing = (change: Partial<BatchInput>) =>
      reasonOf(() => validateBatchParameters(batch(change)));
    expect(missing({ operation: 'ADD_TO_TEAMS', teamIds: [] })).toMatchObject({
      field: 'teamIds',
      reason: 'BATCH_PARAMETER_MISSING',
    });
    expect(missing({ operation: 'REMOVE_FROM_TEAM' })).toMatchObject({ field: 'teamId' });
    expect(missing({ operation: 'SWITCH_LICENSE' })).toMatchObject({ field: 'license' });
    expect(missing({ operation: 'ADD_TO_NEW_TEAM', newTeamName: ' ' })).toMatchObject({
      field: 'newTeamName',
    });
    expect(() => validateBatchParameters(batch({ operation: 'REACTIVATE' }))).not.toThrow();
  });

  it("leaves partner employees' licenses and status to the partner actions (R-PA-7)", () => {
    expect(refusedForPartnerEmployees('SWITCH_LICENSE')).toBe(true);
    expect(refusedForPartnerEmployees('DEACTIVATE')).toBe(true);
    expect(refusedForPartnerEmployees('REACTIVATE')).toBe(true);
    expect(refusedForPartnerEmployees('ADD_TO_TEAMS')).toBe(false);
  });
});

describe('license switches (R-DI-5)', () => {
  const member = (role: OrgRole, license: License) => ({ role, license });

  it('makes a guest a full member, a member a guest, and restricts or gives back', () => {
    expect(switchedLicense(member(OrgRole.GUEST, License.FREE), 'TO_FULL')).toEqual({
      role: OrgRole.MEMBER,
      license: License.FULL,
    });
    expect(switchedLicense(member(OrgRole.ADMIN, License.FULL), 'TO_GUEST')).toEqual({
      role: OrgRole.GUEST,
      license: License.FREE,
    });
    expect(switchedLicense(member(OrgRole.MEMBER, License.FULL), 'TO_RESTRICTED_FREE')).toEqual({
      role: OrgRole.MEMBER,
      license: License.RESTRICTED_FREE,
    });
    const back = (role: OrgRole, license: License) =>
      switchedLicense(member(role, license), 'REVOKE_RESTRICTED_FREE').license;
    expect(back(OrgRole.MEMBER, License.RESTRICTED_FREE)).toBe(License.FULL);
    expect(back(OrgRole.GUEST, License.RESTRICTED_FREE)).toBe(License.FREE);
    expect(back(OrgRole.MEMBER, License.FREE)).toBe(License.FREE);
  });
});

describe('batch-wide checks (R-PA-8, R-PR-4)', () => {
  const admin = (status = MemberStatus.ACTIVE) => ({ role: OrgRole.ADMIN, status });
  const plain = { role: OrgRole.MEMBER, status: MemberStatus.ACTIVE };

  it("refuses the batch's last active super admin only when all of them would go", () => {
    const all = [admin(), plain, admin()];
    expect(lastSuperAdminOf(2, all, (m) => m)).toBe(all[2]);
    expect(lastSuperAdminOf(3, all, (m) => m)).toBeNull();
    expect(lastSuperAdminOf(1, [admin(MemberStatus.INVITED), plain], (m) => m)).toBeNull();
  });

  it('refuses, in order, those beyond the free seats', () => {
    expect(beyondFreeSeats(['a', 'b', 'c'], 1)).toEqual(['b', 'c']);
    expect(beyondFreeSeats(['a', 'b'], 5)).toEqual([]);
    expect(beyondFreeSeats(['a', 'b'], -1)).toEqual(['a', 'b']);
  });
});

describe('directory filters and cursors (R-DI-4)', () => {
  it('accepts the offered windows, a date, or neither; never both', () => {
    expect(() => validateActivityFilter({ activityDays: 90 })).not.toThrow();
    expect(() => validateActivityFilter({ activitySince: new Date() })).not.toThrow();
    expect(reasonOf(() => validateActivityFilter({ activityDays: 45 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'activityDays',
      reason: 'DIRECTORY_ACTIVITY_WINDOW_INVALID',
    });
    expect(
      reasonOf(() => validateActivityFilter({ activityDays: 30, activitySince: new Date() })),
    ).toMatchObject({ field: 'activitySince', reason: 'DIRECTORY_ACTIVITY_WINDOW_AND_DATE' });
    expect(reasonOf(() => validateSearch('x'.repeat(201)))).toMatchObject({
      field: 'search',
      reason: 'DIRECTORY_SEARCH_TOO_LONG',
    });
  });

  it('reads back the cursors it writes and refuses any other under the field named', () => {
    expect(decodeCursor(encodeCursor(1, 42))).toEqual({ phase: 1, id: 42 });
    expect(reasonOf(() => decodeCursor('bm9wZQ', 'before'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'before',
      reason: 'DIRECTORY_CURSOR_INVALID',
    });
  });
});

describe('team member changes (R-DI-2)', () => {
  it('takes 1 to 50 distinct users', () => {
    expect(validateTeamUserIds([3, 3, 4])).toEqual([3, 4]);
    expect(reasonOf(() => validateTeamUserIds([]))).toMatchObject({
      reason: 'TEAM_MEMBERS_COUNT_OUT_OF_RANGE',
    });
  });
});
