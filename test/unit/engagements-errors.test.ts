import { NAMED_ERRORS } from '../../src/errors';
import * as errors from '../../src/services/engagements/errors';
import { retryOnDuplicate } from '../../src/services/engagements/memberships/add';

const AREA = Object.values(errors);
const PREFIXES = /^(ENGAGEMENT|PROGRAM|GROUP_MEMBERS|GROUP_MEMBERSHIP|ACCESS_REQUEST)_[A-Z_]+$/;

describe('named errors of the engagements area', () => {
  it('are all registered, each with a code, a prefixed reason and a description', () => {
    for (const factory of AREA) {
      expect(NAMED_ERRORS).toContain(factory);
      expect(factory.reason).toMatch(PREFIXES);
      expect(factory.description.length).toBeGreaterThan(10);
    }
  });

  it('have reasons unique in the codebase', () => {
    const reasons = NAMED_ERRORS.map((f) => f.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('tell the CONFLICT cases apart', () => {
    const conflicts = AREA.filter((f) => f.code === 'CONFLICT').map((f) => f.reason);
    expect(conflicts.sort()).toEqual([
      'ACCESS_REQUEST_ALREADY_PENDING',
      'ACCESS_REQUEST_NOT_PENDING',
      'ENGAGEMENT_ALREADY_PARTICIPANT',
      'GROUP_MEMBERSHIP_CHANGED_CONCURRENTLY',
    ]);
  });

  it('carry their reason next to the rule or field they cite', () => {
    expect(errors.feedbackClosed().details).toEqual({
      rule: 'R-EN-4',
      reason: 'ENGAGEMENT_FEEDBACK_CLOSED',
    });
    expect(errors.notOrganizationUsers([3]).message).toBe(
      "Only users of the organization's account can be added (R-US-1): VXNlcjoz.",
    );
  });
});

describe('adds racing on the unique membership key', () => {
  const duplicate = Object.assign(new Error('duplicate'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });

  it('are tried again and then succeed', async () => {
    let calls = 0;
    const result = await retryOnDuplicate(async () => {
      if (++calls < 3) throw duplicate;
      return 'added';
    });
    expect([result, calls]).toEqual(['added', 3]);
  });

  it('give up after three tries with GROUP_MEMBERSHIP_CHANGED_CONCURRENTLY', async () => {
    let calls = 0;
    const failed = retryOnDuplicate(async () => {
      calls++;
      throw duplicate;
    });
    await expect(failed).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'The membership changed concurrently; try again.',
      details: { reason: 'GROUP_MEMBERSHIP_CHANGED_CONCURRENTLY' },
    });
    expect(calls).toBe(3);
  });

  it('pass any other failure through at once', async () => {
    let calls = 0;
    const other = new Error('other');
    await expect(
      retryOnDuplicate(async () => {
        calls++;
        throw other;
      }),
    ).rejects.toBe(other);
    expect(calls).toBe(1);
  });
});
