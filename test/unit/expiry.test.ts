import { OrgRole } from '../../entities/enums';
import { DomainError } from '../../src/errors';
import {
  expiryWarningDue,
  membershipExpiryFor,
  validateMembershipExpiry,
} from '../../src/services/common/expiry';

/** Membership end dates (issue 21), the pure part: bounds, the guest default, the warnings. */
const NOW = new Date('2026-11-01T09:00:00Z');
const DAYS = { max: 90, guest: 30 };
function detailsOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return (error as DomainError).details;
  }
  return null;
}
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('membership end dates', () => {
  it('accepts a future end within MAX_MEMBERSHIP_DAYS', () => {
    expect(validateMembershipExpiry(days(90), NOW, DAYS, 'expiresAt')).toEqual(days(90));
    expect(validateMembershipExpiry(days(0.01), NOW, DAYS, 'expiresAt')).toEqual(days(0.01));
  });

  it.each([[-1], [0], [90.01]])('refuses an end %d days ahead, naming the field', (n) => {
    expect(detailsOf(() => validateMembershipExpiry(days(n), NOW, DAYS, 'expiresAt'))).toEqual({
      reason: 'MEMBERSHIP_EXPIRY_OUT_OF_RANGE',
      field: 'expiresAt',
    });
  });

  it('gives a guest GUEST_MEMBERSHIP_DAYS, others no end, and keeps a requested one', () => {
    expect(membershipExpiryFor(OrgRole.GUEST, null, NOW, DAYS)).toEqual(days(30));
    expect(membershipExpiryFor(OrgRole.MEMBER, undefined, NOW, DAYS)).toBeNull();
    expect(membershipExpiryFor(OrgRole.GUEST, days(5), NOW, DAYS)).toEqual(days(5));
    expect(() => membershipExpiryFor(OrgRole.MEMBER, days(91), NOW, DAYS)).toThrow();
  });

  it('warns 7 and 1 days ahead, each once', () => {
    expect(expiryWarningDue(days(8), NOW, null)).toBeNull();
    expect(expiryWarningDue(days(7), NOW, null)).toBe(7);
    expect(expiryWarningDue(days(3), NOW, 7)).toBeNull();
    expect(expiryWarningDue(days(1), NOW, 7)).toBe(1);
    expect(expiryWarningDue(days(0.5), NOW, 1)).toBeNull();
  });
});
