import type { AccessReview, AccessReviewItem } from '../../../entities';
import type { ServiceDeps } from '../context';
import type { Connection, PageArgs } from '../pagination';
import { AppliedReview } from './applyReview';
import { completeReview } from './completeReview';
import { createReview, CreateReviewInput } from './createReview';
import { decideItem, decideItems, DecisionInput, DecisionResult } from './decideItems';
import { itemsOf, reviewsOf, ReviewScopeType } from './queries';

/** The access-review commands and queries of one request (issue 21); each lives in its own file. */
export class AccessReviewService {
  constructor(private readonly deps: ServiceDeps) {}

  create(input: CreateReviewInput): Promise<AccessReview> {
    return createReview(this.deps, input);
  }

  decide(input: DecisionInput): Promise<AccessReviewItem> {
    return decideItem(this.deps, input);
  }

  decideMany(inputs: DecisionInput[]): Promise<DecisionResult[]> {
    return decideItems(this.deps, inputs);
  }

  complete(reviewId: number): Promise<AppliedReview> {
    return completeReview(this.deps, reviewId);
  }

  reviewsOf(type: ReviewScopeType, id: number, args: PageArgs): Promise<Connection<AccessReview>> {
    return reviewsOf(this.deps, type, id, args);
  }

  items(
    review: AccessReview,
    args: PageArgs & { undecidedOnly?: boolean | null },
  ): Promise<Connection<AccessReviewItem>> {
    return itemsOf(this.deps, review, args);
  }
}
