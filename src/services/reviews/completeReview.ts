import { mutationAction } from '../../permissions/mutations';
import { runCommand } from '../command';
import { requireViewer, ServiceDeps } from '../context';
import { AppliedReview, applyReviewIn, forgetApplied } from './applyReview';
import { reviewClosed } from './errors';

/**
 * Completes a review before its due date (issue 21): its decisions apply now, in one
 * transaction, through the same removals as manual ones. With `dryRun`, the same step rolls
 * back and the payload says what would change. Caller holds `accessReview.complete`.
 * Errors: NOT_FOUND, FORBIDDEN, CONFLICT (already applied).
 */
export async function completeReview(deps: ServiceDeps, reviewId: number): Promise<AppliedReview> {
  const viewer = requireViewer(deps);
  await deps.access.require(mutationAction('completeAccessReview'), [reviewId]);
  const applied = await runCommand(deps, (tx) => applyReviewIn(deps, tx, reviewId, viewer.id));
  if (!applied) throw reviewClosed();
  deps.loaders.accessReview.clear(reviewId);
  forgetApplied(deps, applied);
  return applied;
}
