import { AccessReviewKind, ReviewDecision, UndecidedOutcome } from '../../../entities/enums';
import type { ResourceType } from '../../permissions/matrix';
import {
  reviewDecisionsInvalid,
  reviewDueDateInvalid,
  reviewJustificationRequired,
} from './errors';

/** Longest time a review stays open. */
export const MAX_REVIEW_DAYS = 365;
/** Most items one bulk decision names (as the directory's bulk actions, R-BK-1). */
export const MAX_DECISIONS_PER_CALL = 50;
export const MAX_JUSTIFICATION = 500;
/** Reminders to reviewers with undecided items, days before the due date. */
export const REMINDER_DAYS = [7, 1] as const;
const DAY_MS = 86_400_000;

/** The resource a review of each kind is opened on. */
export function scopeTypeOf(kind: AccessReviewKind): 'Engagement' | 'Program' | 'Organization' {
  switch (kind) {
    case AccessReviewKind.ENGAGEMENT_PARTICIPANTS:
      return 'Engagement';
    case AccessReviewKind.PROGRAM_GROUPS:
      return 'Program';
    default:
      return 'Organization';
  }
}

/** Whether `type` (of a global id) is what a review of `kind` covers. */
export function scopeMatches(kind: AccessReviewKind, type: ResourceType | string): boolean {
  return scopeTypeOf(kind) === type;
}

/** The due date, in the future and at most MAX_REVIEW_DAYS ahead. */
export function validateDueAt(dueAt: Date, now: Date): Date {
  const ms = dueAt.getTime() - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_REVIEW_DAYS * DAY_MS) {
    throw reviewDueDateInvalid(MAX_REVIEW_DAYS);
  }
  return dueAt;
}

/** A trimmed justification of 1 to MAX_JUSTIFICATION characters. */
export function validateJustification(raw: string): string {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_JUSTIFICATION) {
    throw reviewJustificationRequired(MAX_JUSTIFICATION);
  }
  return text;
}

/** 1 to MAX_DECISIONS_PER_CALL decisions, each item named once. */
export function validateDecisionCount(itemIds: number[]): void {
  if (
    itemIds.length === 0 ||
    itemIds.length > MAX_DECISIONS_PER_CALL ||
    new Set(itemIds).size !== itemIds.length
  ) {
    throw reviewDecisionsInvalid(MAX_DECISIONS_PER_CALL);
  }
}

/** What applies to an item: its decision, or the review's rule for undecided items. */
export function effectiveDecision(
  decision: ReviewDecision | null,
  undecided: UndecidedOutcome,
): ReviewDecision {
  if (decision) return decision;
  return undecided === UndecidedOutcome.REMOVE ? ReviewDecision.REMOVE : ReviewDecision.APPROVE;
}

/** The reminder due now (7 or 1 days ahead) that was not sent yet, or null. */
export function reminderDue(dueAt: Date, now: Date, remindedDays: number | null): number | null {
  const daysLeft = Math.ceil((dueAt.getTime() - now.getTime()) / DAY_MS);
  if (daysLeft <= 0) return null;
  const threshold = [...REMINDER_DAYS].reverse().find((d) => daysLeft <= d);
  if (threshold === undefined) return null;
  if (remindedDays !== null && remindedDays <= threshold) return null;
  return threshold;
}
