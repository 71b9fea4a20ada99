import { Organization } from '../../../entities';
import { License, OrganizationKind, OrgRole } from '../../../entities/enums';
import { boundedText } from '../common/text';
import {
  guestFullLicense,
  invalidEmail,
  invalidSeatCount,
  partnerAdminNotAddable,
  partnerAdminRoleNotAssignable,
  seatsBelowUsed,
} from './errors';

/** Pure validators and rules of organizations: clean values back, or a named error. */

export const MAX_SEATS = 1_000_000;
/** Invitations older than this are expired: not listed, not accepted (R-BK-2). */
export const INVITATION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateSeatCount(seats: number, field = 'assigned'): number {
  if (!Number.isInteger(seats) || seats < 0 || seats > MAX_SEATS) {
    throw invalidSeatCount(field, MAX_SEATS);
  }
  return seats;
}

export function validateOrganizationName(raw: string): string {
  return boundedText(raw, 'name', { max: 200, singleLine: true });
}

export function validateClientInput(input: { name: string; seats: number }) {
  return {
    name: validateOrganizationName(input.name),
    seats: validateSeatCount(input.seats, 'seats'),
  };
}

/** Never fewer seats assigned than are in use (R-PR-4). */
export function validateAssignedSeats(assigned: number, used: number): void {
  if (used > assigned) throw seatsBelowUsed(assigned, used);
}

/** Seats left to occupy (R-PR-1, R-PR-4). */
export function seatsRemaining(org: Pick<Organization, 'seatsAssigned' | 'seatsUsed'>): number {
  return org.seatsAssigned - org.seatsUsed;
}

/** Trimmed and lower-cased, at most 191 characters. */
export function validateEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 191 || !EMAIL.test(email)) throw invalidEmail(field);
  return email;
}

/** The part after the `@`: what a verified domain is compared with (R-DI-1). */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/**
 * The license a role gets by default, and the check that guests never hold a full one (R-DI-5).
 * A company's members get its default license (free or restricted free, R-DI-8).
 */
export function licenseFor(
  role: OrgRole,
  requested: License | null | undefined,
  org?: Pick<Organization, 'kind' | 'defaultLicense'>,
): License {
  const byRole =
    role === OrgRole.GUEST
      ? License.FREE
      : role === OrgRole.MEMBER && org?.kind === OrganizationKind.COMPANY
        ? org!.defaultLicense
        : License.FULL;
  const license = requested ?? byRole;
  if (role === OrgRole.GUEST && license === License.FULL) throw guestFullLicense();
  return license;
}

/** The license a member keeps on a role change: a guest's full license becomes free (R-DI-5). */
export function licenseAfterRoleChange(role: OrgRole, license: License): License {
  return role === OrgRole.GUEST && license === License.FULL ? License.FREE : license;
}

/** Partner admins join through access links or addPartnerEmployees (R-PA-2, R-PA-3). */
export function validateAddedRole(role: OrgRole): OrgRole {
  if (role === OrgRole.PARTNER_ADMIN) throw partnerAdminNotAddable();
  return role;
}

/** Partner admins are made through access links or switchToPartnerAdmin (R-PA-2, R-PA-8). */
export function validateNewRole(role: OrgRole): OrgRole {
  if (role === OrgRole.PARTNER_ADMIN) throw partnerAdminRoleNotAssignable();
  return role;
}

/** Whether an invitation sent at `sentAt` is past its 30 days at `now` (R-BK-2). */
export function invitationExpiredAt(sentAt: Date, now: Date): boolean {
  return now.getTime() - sentAt.getTime() > INVITATION_DAYS * DAY_MS;
}

/** The oldest send time of an invitation still valid at `now` (R-BK-2). */
export function invitationValidSince(now: Date): Date {
  return new Date(now.getTime() - INVITATION_DAYS * DAY_MS);
}

/**
 * Whether `leaving` of the organization's `activeAdmins` active super admins leaving (or losing
 * the role) would leave none (R-PA-8).
 */
export function leavesNoSuperAdmin(activeAdmins: number, leaving: number): boolean {
  return leaving > 0 && leaving >= activeAdmins;
}
