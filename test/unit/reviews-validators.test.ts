import { AccessReviewKind, ReviewDecision, UndecidedOutcome } from '../../entities/enums';
import { DomainError } from '../../src/errors';
import {
  effectiveDecision,
  MAX_DECISIONS_PER_CALL,
  MAX_REVIEW_DAYS,
  reminderDue,
  scopeMatches,
  scopeTypeOf,
  validateDecisionCount,
  validateDueAt,
  validateJustification,
} from '../../src/services/reviews/validators';

/** The pure rules of access reviews (issue 21), without a server. */
const NOW = new Date('2026-11-01T09:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

function reasonOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return (error as DomainError).details.reason;
  }
  return 'no error';
}

describe('access review validators (issue 21)', () => {
  it('a due date lies in the future and at most MAX_REVIEW_DAYS ahead', () => {
    expect(validateDueAt(days(1), NOW)).toEqual(days(1));
    expect(validateDueAt(days(MAX_REVIEW_DAYS), NOW)).toEqual(days(MAX_REVIEW_DAYS));
    for (const bad of [NOW, days(-1), days(MAX_REVIEW_DAYS + 1), new Date(NaN)]) {
      expect(reasonOf(() => validateDueAt(bad, NOW))).toBe('REVIEW_DUE_DATE_INVALID');
    }
  });

  it('a justification is trimmed and 1 to 500 characters long', () => {
    expect(validateJustification('  Left the team. ')).toBe('Left the team.');
    expect(reasonOf(() => validateJustification('   '))).toBe('REVIEW_JUSTIFICATION_REQUIRED');
    expect(reasonOf(() => validateJustification('x'.repeat(501)))).toBe(
      'REVIEW_JUSTIFICATION_REQUIRED',
    );
  });

  it('a bulk decision names 1 to 50 distinct items (R-BK-1 bound)', () => {
    expect(() => validateDecisionCount([1, 2, 3])).not.toThrow();
    const full = Array.from({ length: MAX_DECISIONS_PER_CALL }, (_, i) => i + 1);
    expect(() => validateDecisionCount(full)).not.toThrow();
    for (const bad of [[], [...full, 51], [1, 1]]) {
      expect(reasonOf(() => validateDecisionCount(bad))).toBe('REVIEW_DECISIONS_INVALID');
    }
  });

  it('an undecided item is kept or removed as the review says; a decision wins', () => {
    expect(effectiveDecision(null, UndecidedOutcome.KEEP)).toBe(ReviewDecision.APPROVE);
    expect(effectiveDecision(null, UndecidedOutcome.REMOVE)).toBe(ReviewDecision.REMOVE);
    expect(effectiveDecision(ReviewDecision.APPROVE, UndecidedOutcome.REMOVE)).toBe(
      ReviewDecision.APPROVE,
    );
    expect(effectiveDecision(ReviewDecision.REMOVE, UndecidedOutcome.KEEP)).toBe(
      ReviewDecision.REMOVE,
    );
  });

  it('reminders go out 7 and 1 days ahead, each once, never after the due date', () => {
    expect(reminderDue(days(10), NOW, null)).toBeNull();
    expect(reminderDue(days(7), NOW, null)).toBe(7);
    expect(reminderDue(days(6.5), NOW, 7)).toBeNull();
    expect(reminderDue(days(1), NOW, 7)).toBe(1);
    expect(reminderDue(days(0.5), NOW, 1)).toBeNull();
    expect(reminderDue(days(0.5), NOW, null)).toBe(1);
    expect(reminderDue(days(-1), NOW, null)).toBeNull();
  });

  it('each kind covers one type of scope', () => {
    expect(scopeTypeOf(AccessReviewKind.ENGAGEMENT_PARTICIPANTS)).toBe('Engagement');
    expect(scopeTypeOf(AccessReviewKind.PROGRAM_GROUPS)).toBe('Program');
    expect(scopeTypeOf(AccessReviewKind.ORGANIZATION_PARTNER_ADMINS)).toBe('Organization');
    expect(scopeTypeOf(AccessReviewKind.ORGANIZATION_GUESTS)).toBe('Organization');
    expect(scopeMatches(AccessReviewKind.PROGRAM_GROUPS, 'Engagement')).toBe(false);
    expect(scopeMatches(AccessReviewKind.ORGANIZATION_GUESTS, 'Organization')).toBe(true);
  });
});
