import type { PermissionSet } from '../../entities';
import { AccessLinkStatus, ClientPermission as P } from '../../entities/enums';
import type { DomainError } from '../../src/errors';
import { toGlobalId } from '../../src/globalId';
import {
  accessLinkExpiresAt,
  choosePartner,
  hasLapsed,
  isVerifiedEmployee,
  normalizePermissions,
  permissionsChanged,
  relationshipEndsAt,
  requireAllHeld,
  requireEmployees,
  selectEmployees,
  selectRemoval,
  validateRelationshipExpiry,
} from '../../src/services/partners/validators';

/** The error `run` throws, with its code, message and details. */
function failure(run: () => unknown): { code: string; message: string; details: object } {
  try {
    run();
  } catch (error) {
    const e = error as DomainError;
    return { code: e.code, message: e.message, details: e.details };
  }
  throw new Error('expected a failure');
}

const set = (permissions: P[]) => ({ permissions }) as PermissionSet;
const NOW = new Date('2026-01-10T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('the 1–50 employees rule', () => {
  it('keeps each employee once', () => {
    expect(selectEmployees([3, 1, 3, 2, 1])).toEqual([3, 1, 2]);
  });

  it('takes 50 distinct employees, even named twice', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => i + 1);
    expect(selectEmployees([...fifty, ...fifty])).toHaveLength(50);
  });

  it.each([[[]], [Array.from({ length: 51 }, (_, i) => i)]])(
    'refuses %j employees with BAD_USER_INPUT on userIds',
    (ids) => {
      expect(failure(() => selectEmployees(ids))).toEqual({
        code: 'BAD_USER_INPUT',
        message: 'Select 1 to 50 employees.',
        details: { field: 'userIds', reason: 'PARTNER_EMPLOYEE_COUNT_OUT_OF_RANGE' },
      });
    },
  );
});

describe('removal selection (R-PA-6)', () => {
  it('keeps distinct clients and employees', () => {
    expect(selectRemoval([1, 1, 2], [5, 5])).toEqual({ clientIds: [1, 2], userIds: [5] });
  });

  it.each([
    [[], [1]],
    [[1], []],
    [Array.from({ length: 51 }, (_, i) => i), [1]],
    [[1], Array.from({ length: 51 }, (_, i) => i)],
  ])('refuses %j clients with %j employees', (clients, users) => {
    expect(failure(() => selectRemoval(clients, users))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Select 1 to 50 clients and 1 to 50 employees.',
      details: { field: 'userIds', reason: 'PARTNER_REMOVAL_SELECTION_OUT_OF_RANGE' },
    });
  });
});

describe('permission set arithmetic (R-PA-5, R-PA-9)', () => {
  it('lists a new set’s permissions once, sorted', () => {
    expect(normalizePermissions([P.USERS_MANAGE, P.CONTACTS_EDIT, P.USERS_MANAGE])).toEqual([
      P.CONTACTS_EDIT,
      P.USERS_MANAGE,
    ]);
  });

  it('passes when every wanted permission is held, and for nothing wanted', () => {
    const held = new Set([P.CONTACTS_EDIT, P.USERS_MANAGE]);
    expect(() => requireAllHeld(held, [P.USERS_MANAGE])).not.toThrow();
    expect(() => requireAllHeld(new Set(), [])).not.toThrow();
  });

  it('names every permission lacking, citing R-PA-5', () => {
    const refused = failure(() =>
      requireAllHeld(new Set([P.CONTACTS_EDIT]), [
        P.CONTACTS_EDIT,
        P.SETTINGS_EDIT,
        P.USERS_MANAGE,
      ]),
    );
    expect(refused).toEqual({
      code: 'FORBIDDEN',
      message:
        'A partner admin grants or removes only permissions it holds itself; you lack SETTINGS_EDIT, USERS_MANAGE (R-PA-5).',
      details: { rule: 'R-PA-5', reason: 'PARTNER_PERMISSIONS_NOT_HELD' },
    });
  });

  it('counts what a change of set adds, then what it removes', () => {
    const before = set([P.CONTACTS_EDIT, P.USERS_MANAGE]);
    const after = set([P.USERS_MANAGE, P.SETTINGS_EDIT]);
    expect(permissionsChanged(before, after)).toEqual([P.SETTINGS_EDIT, P.CONTACTS_EDIT]);
    expect(permissionsChanged(after, after)).toEqual([]);
  });

  it('counts everything in the new set as added when the member had none', () => {
    expect(permissionsChanged(null, set([P.CONTACTS_EDIT]))).toEqual([P.CONTACTS_EDIT]);
  });

  it('never counts reports access, which no set gives or takes (R-PA-9)', () => {
    const withReports = set([P.REPORTS_VIEW, P.CONTACTS_EDIT]);
    expect(permissionsChanged(set([P.CONTACTS_EDIT]), withReports)).toEqual([]);
    expect(permissionsChanged(withReports, set([]))).toEqual([P.CONTACTS_EDIT]);
  });
});

describe('relationship expiry (issue 21)', () => {
  it('accepts a date ahead, up to the last allowed day', () => {
    expect(() => validateRelationshipExpiry(days(1), NOW, 730, 'expiresAt')).not.toThrow();
    expect(() => validateRelationshipExpiry(days(730), NOW, 730, 'expiresAt')).not.toThrow();
  });

  it.each([
    ['now', 0],
    ['the past', -1],
    ['beyond the maximum', 731],
  ])('refuses %s on the field named', (_, offset) => {
    expect(
      failure(() => validateRelationshipExpiry(days(offset), NOW, 730, 'relationshipExpiresAt')),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message:
        'A relationship expires in the future and at most 730 days ahead (MAX_RELATIONSHIP_DAYS).',
      details: { field: 'relationshipExpiresAt', reason: 'RELATIONSHIP_EXPIRY_OUT_OF_RANGE' },
    });
  });
});

describe('access link and relationship dates (R-PA-2, R-PA-7)', () => {
  it('expires an access link after 7 days', () => {
    expect(accessLinkExpiresAt(NOW)).toEqual(days(7));
  });

  it('ends a relationship 60 days after the last partner activity', () => {
    expect(relationshipEndsAt(NOW)).toEqual(days(60));
  });

  it('lapses a pending link once its expiry has come, never a decided one', () => {
    const pending = { status: AccessLinkStatus.PENDING, expiresAt: NOW };
    expect(hasLapsed(pending, days(-1))).toBe(false);
    expect(hasLapsed(pending, NOW)).toBe(true);
    expect(hasLapsed({ ...pending, status: AccessLinkStatus.APPROVED }, days(1))).toBe(false);
  });
});

describe('verified partner employees (R-PA-3)', () => {
  const domains = new Set(['fabrikam.example']);

  it('verifies an email in a verified domain', () => {
    expect(isVerifiedEmployee('pat@fabrikam.example', domains)).toBe(true);
  });

  it('does not verify another domain, nor a subdomain', () => {
    expect(isVerifiedEmployee('pat@contoso.example', domains)).toBe(false);
    expect(isVerifiedEmployee('pat@eu.fabrikam.example', domains)).toBe(false);
  });
});

describe('the partner the viewer acts for', () => {
  const worksFor = new Set([10, 20]);

  it('is the one manager the viewer works for', () => {
    expect(choosePartner([10, 30], worksFor)).toBe(10);
  });

  it('is the one requested among several', () => {
    expect(choosePartner([10, 20], worksFor, 20)).toBe(20);
  });

  it('must be named when the viewer works for several managers', () => {
    expect(failure(() => choosePartner([10, 20], worksFor))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'partnerOrganizationId', reason: 'PARTNER_AMBIGUOUS' },
    });
  });

  it.each([
    ['no manager the viewer works for', [30], undefined],
    ['a requested partner that does not manage the client', [10], 20],
  ])('is refused for %s', (_, managers, requested) => {
    expect(failure(() => choosePartner(managers, worksFor, requested))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'You do not work for a partner that manages this client.',
      details: { field: 'partnerOrganizationId', reason: 'PARTNER_NOT_MANAGING_CLIENT' },
    });
  });
});

describe('employees of the partner', () => {
  it('passes when every user works for the partner', () => {
    expect(() => requireEmployees([1, 2], new Set([1, 2, 3]), 'Fabrikam')).not.toThrow();
  });

  it('names the strangers by global id', () => {
    expect(failure(() => requireEmployees([1, 2, 3], new Set([2]), 'Fabrikam'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: `Not employees of Fabrikam: ${toGlobalId('User', 1)}, ${toGlobalId('User', 3)}.`,
      details: { field: 'userIds', reason: 'PARTNER_USER_NOT_EMPLOYED' },
    });
  });
});
