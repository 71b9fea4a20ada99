import { License, MemberStatus, OrganizationKind, OrgRole } from '../../entities/enums';
import { DomainError } from '../../src/errors';
import {
  invitationExpiredAt,
  invitationValidSince,
  leavesNoSuperAdmin,
  licenseAfterRoleChange,
  licenseFor,
  MAX_SEATS,
  seatsRemaining,
  validateAddedRole,
  validateAssignedSeats,
  validateClientInput,
  validateEmail,
  validateNewRole,
  validateSeatCount,
} from '../../src/services/organizations/validators';
import { occupiesSeat } from '../../src/services/organizations/seats';

/** The pure rules of organizations and members, without a server or database. */

function refusal(run: () => unknown): { code: string; message: string; details: object } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) {
      return { code: error.code, message: error.message, details: error.details };
    }
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('seat arithmetic (R-PR-1, R-PR-4)', () => {
  it('accepts whole seat counts from 0 to the maximum and names the field otherwise', () => {
    expect(validateSeatCount(0)).toBe(0);
    expect(validateSeatCount(MAX_SEATS)).toBe(MAX_SEATS);
    for (const bad of [-1, 1.5, MAX_SEATS + 1, Number.NaN]) {
      expect(refusal(() => validateSeatCount(bad, 'seats'))).toEqual({
        code: 'BAD_USER_INPUT',
        message: `seats must be a whole number from 0 to ${MAX_SEATS}.`,
        details: { field: 'seats', reason: 'ORGANIZATION_SEAT_COUNT_INVALID' },
      });
    }
  });

  it('never assigns fewer seats than are in use', () => {
    expect(() => validateAssignedSeats(5, 5)).not.toThrow();
    expect(refusal(() => validateAssignedSeats(4, 5))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Cannot assign 4 seats: 5 are in use (R-PR-4).',
      details: { field: 'assigned', reason: 'ORGANIZATION_SEATS_BELOW_USED' },
    });
  });

  it('counts the remaining seats; active and invited members occupy one', () => {
    expect(seatsRemaining({ seatsAssigned: 10, seatsUsed: 3 })).toBe(7);
    expect(occupiesSeat(MemberStatus.ACTIVE)).toBe(true);
    expect(occupiesSeat(MemberStatus.INVITED)).toBe(true);
    expect(occupiesSeat(MemberStatus.DEACTIVATED)).toBe(false);
  });

  it('cleans a new client: trimmed single-line name, seats checked under their own field', () => {
    expect(validateClientInput({ name: '  New   Client ', seats: 3 })).toEqual({
      name: 'New Client',
      seats: 3,
    });
    expect(refusal(() => validateClientInput({ name: 'x', seats: -1 })).details).toMatchObject({
      field: 'seats',
    });
  });
});

describe('the last super admin (R-PA-8)', () => {
  it('refuses only when every active super admin would leave', () => {
    expect(leavesNoSuperAdmin(1, 1)).toBe(true);
    expect(leavesNoSuperAdmin(2, 2)).toBe(true);
    expect(leavesNoSuperAdmin(2, 1)).toBe(false);
    expect(leavesNoSuperAdmin(1, 0)).toBe(false);
    expect(leavesNoSuperAdmin(0, 0)).toBe(false);
  });
});

describe('licenses (R-DI-5, R-DI-8)', () => {
  const company = { kind: OrganizationKind.COMPANY, defaultLicense: License.RESTRICTED_FREE };

  it("gives guests a free license, a company's members its default, everyone else a full one", () => {
    expect(licenseFor(OrgRole.GUEST, null)).toBe(License.FREE);
    expect(licenseFor(OrgRole.MEMBER, undefined, company)).toBe(License.RESTRICTED_FREE);
    expect(licenseFor(OrgRole.MEMBER, null)).toBe(License.FULL);
    expect(licenseFor(OrgRole.ADMIN, null, company)).toBe(License.FULL);
    expect(licenseFor(OrgRole.MEMBER, License.FREE, company)).toBe(License.FREE);
  });

  it('never lets a guest hold a full license', () => {
    expect(refusal(() => licenseFor(OrgRole.GUEST, License.FULL))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Guests cannot hold a full license (R-DI-5).',
      details: { field: 'license', reason: 'MEMBER_GUEST_FULL_LICENSE' },
    });
  });

  it("turns a new guest's full license into a free one and keeps every other license", () => {
    expect(licenseAfterRoleChange(OrgRole.GUEST, License.FULL)).toBe(License.FREE);
    expect(licenseAfterRoleChange(OrgRole.GUEST, License.RESTRICTED_FREE)).toBe(
      License.RESTRICTED_FREE,
    );
    expect(licenseAfterRoleChange(OrgRole.MEMBER, License.FREE)).toBe(License.FREE);
  });
});

describe('roles (R-PA-2, R-PA-3, R-PA-8)', () => {
  it('refuses partner admins as added members or as a role change, each with its reason', () => {
    expect(validateAddedRole(OrgRole.MEMBER)).toBe(OrgRole.MEMBER);
    expect(validateNewRole(OrgRole.GUEST)).toBe(OrgRole.GUEST);
    expect(refusal(() => validateAddedRole(OrgRole.PARTNER_ADMIN)).details).toEqual({
      field: 'role',
      reason: 'MEMBER_PARTNER_ADMIN_NOT_ADDABLE',
    });
    expect(refusal(() => validateNewRole(OrgRole.PARTNER_ADMIN)).details).toEqual({
      field: 'role',
      reason: 'MEMBER_PARTNER_ADMIN_ROLE_NOT_ASSIGNABLE',
    });
  });
});

describe('emails and invitations (R-DI-1, R-BK-2)', () => {
  it('trims and lower-cases an email, and refuses what is not one under the field named', () => {
    expect(validateEmail('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(refusal(() => validateEmail('ada@', 'billingEmail'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'billingEmail must be an email address.',
      details: { field: 'billingEmail', reason: 'MEMBER_EMAIL_INVALID' },
    });
    expect(refusal(() => validateEmail(`${'a'.repeat(186)}@x.com`)).code).toBe('BAD_USER_INPUT');
  });

  it('expires an invitation after 30 days, the bound the directory lists by', () => {
    const sent = new Date('2026-01-01T00:00:00Z');
    const day = 24 * 60 * 60 * 1000;
    expect(invitationExpiredAt(sent, new Date(sent.getTime() + 30 * day))).toBe(false);
    expect(invitationExpiredAt(sent, new Date(sent.getTime() + 30 * day + 1))).toBe(true);
    expect(invitationValidSince(new Date(sent.getTime() + 30 * day))).toEqual(sent);
  });
});
