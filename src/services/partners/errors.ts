import { defineError } from '../../errors';

/** The named failures of partner client access (DOMAIN §4); `reason` is in `extensions`. */

export const permissionsNotHeld = defineError(
  'FORBIDDEN',
  'PARTNER_PERMISSIONS_NOT_HELD',
  'A partner admin grants or removes only permissions it holds itself (R-PA-5).',
  (lacking: string[]) => ({
    message: `A partner admin grants or removes only permissions it holds itself; you lack ${lacking.join(', ')} (R-PA-5).`,
    details: { rule: 'R-PA-5' },
  }),
);

export const partnerAdminRequired = defineError(
  'FORBIDDEN',
  'PARTNER_ADMIN_REQUIRED',
  'Only partner admins of the client manage partner employees (R-PA-7).',
  () => ({
    message: 'Only partner admins manage partner employees (R-PA-7).',
    details: { rule: 'R-PA-7' },
  }),
);

export const permissionSetUnknown = defineError(
  'BAD_USER_INPUT',
  'PARTNER_PERMISSION_SET_UNKNOWN',
  'The permission set does not belong to this client account.',
  () => ({
    message: 'Unknown permission set for this client.',
    details: { field: 'permissionSetId' },
  }),
);

export const partnerAmbiguous = defineError(
  'BAD_USER_INPUT',
  'PARTNER_AMBIGUOUS',
  'The viewer works for several partners of the client; the input must name one.',
  () => ({
    message: 'You work for several partners of this client: name one with partnerOrganizationId.',
    details: { field: 'partnerOrganizationId' },
  }),
);

export const partnerNotManaging = defineError(
  'BAD_USER_INPUT',
  'PARTNER_NOT_MANAGING_CLIENT',
  'The viewer works for no partner (or not the one named) that manages the client.',
  () => ({
    message: 'You do not work for a partner that manages this client.',
    details: { field: 'partnerOrganizationId' },
  }),
);

/** The input field naming the user(s) who do not work for the partner. */
export type EmployeeField = 'employeeUserId' | 'userId' | 'userIds';

export const notPartnerEmployee = defineError(
  'BAD_USER_INPUT',
  'PARTNER_USER_NOT_EMPLOYED',
  'A user named is not an active employee of the partner.',
  (partnerName: string, field: EmployeeField, strangers: string[] = []) => ({
    message:
      field === 'userIds'
        ? `Not employees of ${partnerName}: ${strangers.join(', ')}.`
        : `The ${field === 'userId' ? 'user' : 'employee'} does not work for ${partnerName}.`,
    details: { field },
  }),
);

export const employeeCountOutOfRange = defineError(
  'BAD_USER_INPUT',
  'PARTNER_EMPLOYEE_COUNT_OUT_OF_RANGE',
  'A partner employee command takes 1 to 50 employees.',
  () => ({ message: 'Select 1 to 50 employees.', details: { field: 'userIds' } }),
);

export const removalSelectionOutOfRange = defineError(
  'BAD_USER_INPUT',
  'PARTNER_REMOVAL_SELECTION_OUT_OF_RANGE',
  'A removal of partner employees takes 1 to 50 clients and 1 to 50 employees (R-PA-6).',
  () => ({
    message: 'Select 1 to 50 clients and 1 to 50 employees.',
    details: { field: 'userIds' },
  }),
);

export const noPartnerEmployeesToRemove = defineError(
  'BAD_USER_INPUT',
  'PARTNER_REMOVAL_NO_EMPLOYEES',
  'None of the users is a partner employee in the clients named (R-PA-6).',
  () => ({
    message: 'None of these users is a partner employee there.',
    details: { field: 'userIds' },
  }),
);

export const notAllPartnerEmployees = defineError(
  'BAD_USER_INPUT',
  'PARTNER_EMPLOYEES_NOT_ALL_IN_CLIENT',
  'A user named is not a partner employee of the client (deactivation, reactivation).',
  () => ({
    message: 'Every user must be a partner employee of this client.',
    details: { field: 'userIds' },
  }),
);

export const notLinkable = defineError(
  'BAD_USER_INPUT',
  'PARTNER_LINK_NOT_CLIENT_USER',
  'Only a user of the client account not yet linked to a partner can be linked (R-PA-4).',
  () => ({
    message: 'Only a user already in the client account, not yet linked, can be linked (R-PA-4).',
    details: { field: 'userId' },
  }),
);

export const relationshipExpiryOutOfRange = defineError(
  'BAD_USER_INPUT',
  'RELATIONSHIP_EXPIRY_OUT_OF_RANGE',
  'A relationship expires in the future and at most MAX_RELATIONSHIP_DAYS ahead (issue 21).',
  (maxDays: number, field: string) => ({
    message: `A relationship expires in the future and at most ${maxDays} days ahead (MAX_RELATIONSHIP_DAYS).`,
    details: { field },
  }),
);

export const permissionSetNameTaken = defineError(
  'CONFLICT',
  'PERMISSION_SET_NAME_TAKEN',
  'The client account has a permission set of that name.',
  (name: string) => `A set named "${name}" exists.`,
);

export const accessLinkEmployeeInClient = defineError(
  'CONFLICT',
  'ACCESS_LINK_EMPLOYEE_ALREADY_IN_CLIENT',
  'The employee an access link is for is already in the client account (R-PA-2).',
  () => 'The employee is already in this client account.',
);

export const accessLinkAlreadyPending = defineError(
  'CONFLICT',
  'ACCESS_LINK_ALREADY_PENDING',
  'An access link for the employee to the client is already pending (R-PA-2).',
  () => 'An access link for this employee is already pending.',
);

export const accessLinkExpired = defineError(
  'CONFLICT',
  'ACCESS_LINK_EXPIRED',
  'The access link expired before it was decided; the employee sends a new one (R-PA-2).',
  () => 'The access link has expired; the employee must send a new one.',
);

export const accessLinkNotPending = defineError(
  'CONFLICT',
  'ACCESS_LINK_NOT_PENDING',
  'The access link was already approved or rejected (R-PA-2).',
  () => 'The access link is no longer pending.',
);

export const relationshipEnded = defineError(
  'CONFLICT',
  'RELATIONSHIP_ENDED',
  'The relationship has ended and cannot be renewed (issue 21).',
  () => 'The relationship has ended; it cannot be renewed.',
);

export const employeesAlreadyInClient = defineError(
  'CONFLICT',
  'PARTNER_EMPLOYEES_ALREADY_IN_CLIENT',
  'Some of the employees to add are already in the client account (R-PA-3).',
  () => 'Some of these employees are already in the account.',
);

export const employeesAddedConcurrently = defineError(
  'CONFLICT',
  'PARTNER_EMPLOYEES_ADDED_CONCURRENTLY',
  'Another request added some of the same employees to the client at the same time.',
  () => 'The employees were added concurrently.',
);
