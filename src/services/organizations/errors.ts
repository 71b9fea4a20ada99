import { defineError } from '../../errors';

/** Named failures of organizations, their members and seats (reasons prefixed ORGANIZATION_ / MEMBER_). */

export const invalidEmail = defineError(
  'BAD_USER_INPUT',
  'MEMBER_EMAIL_INVALID',
  'An email address (member or billing) is not one.',
  (field: string) => ({ message: `${field} must be an email address.`, details: { field } }),
);

export const guestFullLicense = defineError(
  'BAD_USER_INPUT',
  'MEMBER_GUEST_FULL_LICENSE',
  'A guest was given a full license (R-DI-5).',
  () => ({
    message: 'Guests cannot hold a full license (R-DI-5).',
    details: { field: 'license' },
  }),
);

export const partnerAdminNotAddable = defineError(
  'BAD_USER_INPUT',
  'MEMBER_PARTNER_ADMIN_NOT_ADDABLE',
  'Partner admins are not added as members; they come through access links (R-PA-2, R-PA-3).',
  () => ({
    message: 'Partner admins join through an access link or addPartnerEmployees (R-PA-2, R-PA-3).',
    details: { field: 'role' },
  }),
);

export const partnerAdminRoleNotAssignable = defineError(
  'BAD_USER_INPUT',
  'MEMBER_PARTNER_ADMIN_ROLE_NOT_ASSIGNABLE',
  'A role change to partner admin; it comes through access links or switchToPartnerAdmin.',
  () => ({
    message:
      'Partner admins are made through access links or switchToPartnerAdmin (R-PA-2, R-PA-8).',
    details: { field: 'role' },
  }),
);

export const partnerEmployeeNotRemovable = defineError(
  'BAD_USER_INPUT',
  'MEMBER_PARTNER_EMPLOYEE_NOT_REMOVABLE',
  'A partner employee was removed as a member; they leave through removePartnerEmployees.',
  () => ({
    message: 'Partner employees leave through removePartnerEmployees (R-PA-6, R-PA-7).',
    details: { field: 'userId' },
  }),
);

export const alreadyMember = defineError(
  'CONFLICT',
  'MEMBER_ALREADY_IN_ORGANIZATION',
  'The email belongs to a member (active or invited) of the organization already.',
  (email: string, organizationName: string) =>
    `${email} is already a member of ${organizationName}.`,
);

export const memberAddedConcurrently = defineError(
  'CONFLICT',
  'MEMBER_ADDED_CONCURRENTLY',
  'Another request added the same user at the same time; retrying answers which one won.',
  (email: string) => `${email} was added concurrently; try again.`,
);

export const invitationExpired = defineError(
  'CONFLICT',
  'MEMBER_INVITATION_EXPIRED',
  'The invitation is older than 30 days; an admin sends it again (R-BK-2).',
  () => 'The invitation has expired (30 days); ask for a new one (R-BK-2).',
);

export const lastSuperAdmin = defineError(
  'CONFLICT',
  'ORGANIZATION_LAST_SUPER_ADMIN',
  'The change would leave the organization without an active super admin (R-PA-8).',
  (advice: boolean = true) => ({
    message: advice
      ? 'The organization must keep at least one super admin (R-PA-8); promote another one first.'
      : 'The organization must keep at least one super admin (R-PA-8).',
    details: { rule: 'R-PA-8' },
  }),
);

export const notAManager = defineError(
  'BAD_USER_INPUT',
  'ORGANIZATION_NOT_A_MANAGER',
  'Clients were created under an organization that is neither a provider nor a partner (R-PR-2).',
  () => ({
    message: 'Only provider and partner organizations manage clients.',
    details: { field: 'managerId' },
  }),
);

export const invalidSeatCount = defineError(
  'BAD_USER_INPUT',
  'ORGANIZATION_SEAT_COUNT_INVALID',
  'A seat count is not a whole number in range.',
  (field: string, max: number) => ({
    message: `${field} must be a whole number from 0 to ${max}.`,
    details: { field },
  }),
);

export const seatsBelowUsed = defineError(
  'BAD_USER_INPUT',
  'ORGANIZATION_SEATS_BELOW_USED',
  'Fewer seats were assigned than are in use (R-PR-4).',
  (assigned: number, used: number) => ({
    message: `Cannot assign ${assigned} seats: ${used} are in use (R-PR-4).`,
    details: { field: 'assigned' },
  }),
);

export const seatsChangedConcurrently = defineError(
  'CONFLICT',
  'ORGANIZATION_SEATS_CHANGED_CONCURRENTLY',
  'The seats kept changing under a seat change; it gave up after several attempts.',
  () => 'The seats changed concurrently too many times; try again.',
);

export const auditRangeInvalid = defineError(
  'BAD_USER_INPUT',
  'ORGANIZATION_AUDIT_RANGE_INVALID',
  "The event log filter's `since` is not before its `until`.",
  () => ({ message: 'since must be before until.', details: { field: 'since' } }),
);
