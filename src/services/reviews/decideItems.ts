import { AccessReview, AccessReviewItem } from '../../../entities';
import { AccessReviewStatus, ReviewDecision } from '../../../entities/enums';
import { NotFoundError } from '../../errors';
import { scopeOf } from '../../permissions/scope';
import { refusalOf } from '../../permissions/access';
import { mutationAction } from '../../permissions/mutations';
import { recordAudit } from '../audit';
import { runCommand, Tx } from '../command';
import { requireViewer, ServiceDeps } from '../context';
import { reviewClosed, reviewItemDecided } from './errors';
import { reviewEvent } from './events';
import { itemScope } from './scope';
import { lockReview } from './lock';
import { validateDecisionCount, validateJustification } from './validators';

export interface DecisionInput {
  itemId: number;
  decision: ReviewDecision;
  justification: string;
}

export type DecisionOutcome =
  'DECIDED' | 'ALREADY_DECIDED' | 'REVIEW_CLOSED' | 'NOT_FOUND' | 'FORBIDDEN';

export interface DecisionResult {
  itemId: number;
  outcome: DecisionOutcome;
  /** The item as decided (or as it stands); null when not visible. */
  item: AccessReviewItem | null;
}

interface Allowed {
  input: DecisionInput;
  item: AccessReviewItem;
  review: AccessReview;
}

/** NOT_FOUND for what the viewer may not see, FORBIDDEN for an item it sees but may not decide. */
async function check(deps: ServiceDeps, input: DecisionInput): Promise<Allowed | DecisionResult> {
  const item = await deps.loaders.accessReviewItem.load(input.itemId);
  const review = item && (await deps.loaders.accessReview.load(item.reviewId));
  if (!item || !review) return { itemId: input.itemId, outcome: 'NOT_FOUND', item: null };
  if (!(await deps.access.can('accessReview.read', scopeOf('AccessReview', review)))) {
    return { itemId: input.itemId, outcome: 'NOT_FOUND', item: null };
  }
  if (
    !(await deps.access.can(mutationAction('decideAccessReviewItems'), itemScope(review, item)))
  ) {
    return { itemId: input.itemId, outcome: 'FORBIDDEN', item };
  }
  return { input, item, review };
}

/** Records the allowed decisions; each item once (`decision IS NULL`), on open reviews only. */
async function record(deps: ServiceDeps, tx: Tx, allowed: Allowed[]): Promise<DecisionResult[]> {
  const viewer = requireViewer(deps);
  const now = deps.clock.now();
  const results: DecisionResult[] = [];
  for (const reviewId of [...new Set(allowed.map((a) => a.review.id))]) {
    const mine = allowed.filter((a) => a.review.id === reviewId);
    const review = await lockReview(tx.em, reviewId);
    if (review.status !== AccessReviewStatus.OPEN) {
      results.push(
        ...mine.map((a) => ({
          itemId: a.item.id,
          outcome: 'REVIEW_CLOSED' as const,
          item: a.item,
        })),
      );
      continue;
    }
    const decided: AccessReviewItem[] = [];
    for (const { input, item } of mine) {
      const change = {
        decision: input.decision,
        justification: input.justification,
        decidedByUserId: viewer.id,
        decidedAt: now,
      };
      const updated = await tx.em
        .createQueryBuilder()
        .update(AccessReviewItem)
        .set(change)
        .where('id = :id AND decision IS NULL', { id: item.id })
        .execute();
      if (updated.affected) decided.push({ ...item, ...change });
      else
        results.push({
          itemId: item.id,
          outcome: 'ALREADY_DECIDED',
          item: await tx.em.findOneByOrFail(AccessReviewItem, { id: item.id }),
        });
    }
    results.push(
      ...decided.map((item) => ({ itemId: item.id, outcome: 'DECIDED' as const, item })),
    );
    if (!decided.length) continue;
    await recordAudit(
      tx.em,
      deps.clock,
      decided.map((item) => ({
        organizationId: review.organizationId,
        actorUserId: viewer.id,
        action: 'accessReview.decided',
        targetType: 'AccessReviewItem',
        targetId: item.id,
        metadata: {
          reviewId,
          userId: item.userId,
          decision: item.decision,
          justification: item.justification,
        },
      })),
    );
    tx.emit(reviewEvent('DECIDED', review, decided.length, viewer.id, now));
  }
  return results;
}

/**
 * Reviewers decide items (issue 21): APPROVE or REMOVE with a justification, 1 to 50 items per
 * call, one result per item in the order given. Each item is checked on its own
 * (`accessReview.decide` with the person's organization: Power Users decide their own
 * organization's participants only, R-PU-1); refused items do not stop the others. A decision is
 * final: a second one, or one on an applied review, is reported and changes nothing.
 * Errors: BAD_USER_INPUT (count, justification).
 */
export async function decideItems(
  deps: ServiceDeps,
  inputs: DecisionInput[],
): Promise<DecisionResult[]> {
  validateDecisionCount(inputs.map((i) => i.itemId));
  const cleaned = inputs.map((i) => ({
    ...i,
    justification: validateJustification(i.justification),
  }));
  const checked = await Promise.all(cleaned.map((i) => check(deps, i)));
  const allowed = checked.filter((c): c is Allowed => 'review' in c);
  const recorded = allowed.length ? await runCommand(deps, (tx) => record(deps, tx, allowed)) : [];
  const ids = allowed.map((a) => a.item.id);
  for (const id of ids) deps.loaders.accessReviewItem.clear(id);
  const byId = new Map(recorded.map((r) => [r.itemId, r]));
  return checked.map((c) => ('review' in c ? byId.get(c.item.id)! : c));
}

/** One decision; a refusal is an error (NOT_FOUND, FORBIDDEN, CONFLICT) rather than a result. */
export async function decideItem(
  deps: ServiceDeps,
  input: DecisionInput,
): Promise<AccessReviewItem> {
  const [result] = await decideItems(deps, [input]);
  switch (result.outcome) {
    case 'DECIDED':
      return result.item!;
    case 'NOT_FOUND':
      throw new NotFoundError('AccessReviewItem');
    case 'FORBIDDEN':
      throw refusalOf(mutationAction('decideAccessReviewItem'));
    case 'ALREADY_DECIDED':
      throw reviewItemDecided();
    case 'REVIEW_CLOSED':
      throw reviewClosed();
  }
}
