import { AccessReview, AccessReviewItem } from '../../../entities';
import { AccessReviewStatus, ReviewDecision } from '../../../entities/enums';
import { ForbiddenError, NotFoundError } from '../../errors';
import { ResourceScope, scopeOf } from '../../permissions/scope';
import { mutationAction } from '../../permissions/mutations';
import { recordAudit } from '../audit';
import { BulkItem, doneItem, failedItem } from '../common/bulk';
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

/** One decision's result: the bulk item (`id` is the item's) and the item as it stands. */
export interface DecisionResult extends BulkItem {
  /** The item as decided (or as it stands); null when not visible. */
  item: AccessReviewItem | null;
}

interface Allowed {
  id: number;
  input: DecisionInput;
  item: AccessReviewItem;
  review: AccessReview;
  scope: ResourceScope;
  readScope: ResourceScope;
}

/** A decision's item as loaded: with its review, or missing (`scope` null). */
type Loaded = Allowed | { id: number; scope: null; item?: undefined };

/**
 * The decisions the viewer may take (`filterTargets`: NOT_FOUND for an item it may not see,
 * FORBIDDEN, with the item, for one it sees but may not decide), and a FAILED result per other.
 */
async function check(
  deps: ServiceDeps,
  inputs: DecisionInput[],
): Promise<{ allowed: Allowed[]; refused: Map<number, DecisionResult> }> {
  const targets = await Promise.all(
    inputs.map(async (input): Promise<Loaded> => {
      const item = await deps.loaders.accessReviewItem.load(input.itemId);
      const review = item && (await deps.loaders.accessReview.load(item.reviewId));
      if (!item || !review) return { id: input.itemId, scope: null };
      const readScope = scopeOf('AccessReview', review);
      return { id: item.id, input, item, review, scope: itemScope(review, item), readScope };
    }),
  );
  const loaded = new Map(targets.map((t) => [t.id, t]));
  const action = mutationAction('decideAccessReviewItems');
  const { allowed, denied } = await deps.access.filterTargets(action, targets);
  const refused = new Map(
    denied.map(({ id, error }) =>
      error instanceof ForbiddenError
        ? [id, { ...failedItem(id, error), item: loaded.get(id)?.item ?? null }]
        : [id, { ...failedItem(id, new NotFoundError('AccessReviewItem')), item: null }],
    ),
  );
  return { allowed: allowed.filter((t): t is Allowed => t.scope !== null), refused };
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
      results.push(...mine.map((a) => ({ ...failedItem(a.id, reviewClosed()), item: a.item })));
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
          ...failedItem(item.id, reviewItemDecided()),
          item: await tx.em.findOneByOrFail(AccessReviewItem, { id: item.id }),
        });
    }
    results.push(...decided.map((item) => ({ ...doneItem(item.id, true), item })));
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
  const { allowed, refused } = await check(deps, cleaned);
  const recorded = allowed.length ? await runCommand(deps, (tx) => record(deps, tx, allowed)) : [];
  for (const a of allowed) deps.loaders.accessReviewItem.clear(a.id);
  const byId = new Map([...recorded.map((r) => [r.id, r] as const), ...refused]);
  return cleaned.map((i) => byId.get(i.itemId)!);
}

/** One decision; a refusal is an error (NOT_FOUND, FORBIDDEN, CONFLICT) rather than a result. */
export async function decideItem(
  deps: ServiceDeps,
  input: DecisionInput,
): Promise<AccessReviewItem> {
  const [result] = await decideItems(deps, [input]);
  if (result.outcome === 'CHANGED') return result.item!;
  throw result.cause;
}
