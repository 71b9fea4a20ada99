import { OrgRole } from '../../../entities/enums';
import { reminderDue } from '../reviews/validators';
import { membershipExpiryOutOfRange } from './errors';

/**
 * Membership end dates (issue 21), pure: the end an admin asks for is checked against the
 * configured maximum, a guest added without one gets the guest duration, and the warnings
 * before the end follow the reviews' 7 and 1 days.
 */

/** Longest and guest membership durations in days (`MAX_MEMBERSHIP_DAYS`, `GUEST_MEMBERSHIP_DAYS`). */
export interface MembershipDays {
  max: number;
  guest: number;
}

export const DEFAULT_MEMBERSHIP_DAYS: MembershipDays = { max: 365, guest: 30 };

const DAY_MS = 86_400_000;

/** BAD_USER_INPUT on `field` unless `expiresAt` is after `now` and at most `days.max` ahead. */
export function validateMembershipExpiry(
  expiresAt: Date,
  now: Date,
  days: MembershipDays,
  field: string,
): Date {
  if (expiresAt <= now || expiresAt.getTime() > now.getTime() + days.max * DAY_MS) {
    throw membershipExpiryOutOfRange(days.max, field);
  }
  return expiresAt;
}

/**
 * The end of a new organization membership: the one requested (validated), else the guest
 * duration for a guest, else none.
 */
export function membershipExpiryFor(
  role: OrgRole,
  requested: Date | null | undefined,
  now: Date,
  days: MembershipDays,
  field = 'expiresAt',
): Date | null {
  if (requested) return validateMembershipExpiry(requested, now, days, field);
  if (role === OrgRole.GUEST) return new Date(now.getTime() + days.guest * DAY_MS);
  return null;
}

/** The end an admin asked for, checked against the configured maximum; null stays null. */
export function requestedExpiry(
  deps: { clock: { now(): Date }; membershipDays?: MembershipDays },
  expiresAt: Date | null | undefined,
  field = 'expiresAt',
): Date | null {
  if (!expiresAt) return null;
  const days = deps.membershipDays ?? DEFAULT_MEMBERSHIP_DAYS;
  return validateMembershipExpiry(expiresAt, deps.clock.now(), days, field);
}

/** The warning (7 or 1 days before the end) due now and not yet sent, or null. */
export function expiryWarningDue(
  expiresAt: Date,
  now: Date,
  warnedDays: number | null,
): number | null {
  return reminderDue(expiresAt, now, warnedDays);
}
