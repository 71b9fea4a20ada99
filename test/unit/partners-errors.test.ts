import { DomainError, NAMED_ERRORS } from '../../src/errors';
import * as partnerErrors from '../../src/services/partners/errors';

const factories = Object.values(partnerErrors).filter((v) => typeof v === 'function');

describe('named errors of partner client access', () => {
  it('are all registered, with a description', () => {
    expect(factories.length).toBeGreaterThan(0);
    for (const factory of factories) {
      expect(NAMED_ERRORS).toContain(factory);
      expect(factory.description.length).toBeGreaterThan(10);
    }
  });

  it('carry reasons of their own prefixes, unique in the codebase', () => {
    const reasons = factories.map((f) => f.reason);
    for (const reason of reasons) {
      expect(reason).toMatch(/^(PARTNER|ACCESS_LINK|PERMISSION_SET|RELATIONSHIP)_[A-Z_]+$/);
    }
    const all = NAMED_ERRORS.map((f) => f.reason);
    expect(new Set(all).size).toBe(all.length);
  });

  it('tell the CONFLICT cases apart (R-PA-2, R-PA-3)', () => {
    const conflicts = factories.filter((f) => f.code === 'CONFLICT').map((f) => f.reason);
    expect(conflicts).toEqual([
      'PERMISSION_SET_NAME_TAKEN',
      'ACCESS_LINK_EMPLOYEE_ALREADY_IN_CLIENT',
      'ACCESS_LINK_ALREADY_PENDING',
      'ACCESS_LINK_EXPIRED',
      'ACCESS_LINK_NOT_PENDING',
      'RELATIONSHIP_ENDED',
      'PARTNER_EMPLOYEES_ALREADY_IN_CLIENT',
      'PARTNER_EMPLOYEES_ADDED_CONCURRENTLY',
    ]);
  });

  it('put the reason beside the code, and the message in the error', () => {
    const error = partnerErrors.permissionSetNameTaken('Sales');
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('A set named "Sales" exists.');
    expect(error.details).toEqual({ reason: 'PERMISSION_SET_NAME_TAKEN' });
  });

  it('name the field a user not employed by the partner came from', () => {
    expect(partnerErrors.notPartnerEmployee('Fabrikam', 'employeeUserId').message).toBe(
      'The employee does not work for Fabrikam.',
    );
    expect(partnerErrors.notPartnerEmployee('Fabrikam', 'userId')).toMatchObject({
      message: 'The user does not work for Fabrikam.',
      details: { field: 'userId', reason: 'PARTNER_USER_NOT_EMPLOYED' },
    });
  });
});
