import { Brackets } from 'typeorm';
import { AccessReview, AccessReviewItem } from '../../../entities';
import { AccessReviewKind } from '../../../entities/enums';
import { scopeOf } from '../../permissions/scope';
import type { ServiceDeps } from '../context';
import { Connection, connectionOfList, PageArgs, pageOfQuery } from '../pagination';

/** Most reviews one scope lists (newest first are kept); reviews are few per scope. */
const MAX_REVIEWS_PER_SCOPE = 200;

export type ReviewScopeType = 'Engagement' | 'Program' | 'Organization';

/**
 * The reviews of an engagement, a program (its program-group reviews) or an organization (its
 * partner-admin and guest reviews) the viewer may see (`accessReview.read`). Caller has seen the
 * scope itself. Any signed-in viewer.
 */
export async function reviewsOf(
  deps: ServiceDeps,
  type: ReviewScopeType,
  id: number,
  args: PageArgs,
): Promise<Connection<AccessReview>> {
  const where =
    type === 'Engagement'
      ? { engagementId: id }
      : type === 'Program'
        ? { programId: id, kind: AccessReviewKind.PROGRAM_GROUPS }
        : [
            { organizationId: id, kind: AccessReviewKind.ORGANIZATION_PARTNER_ADMINS },
            { organizationId: id, kind: AccessReviewKind.ORGANIZATION_GUESTS },
          ];
  const rows = await deps.db
    .getRepository(AccessReview)
    .find({ where, order: { id: 'DESC' }, take: MAX_REVIEWS_PER_SCOPE });
  const visible = await Promise.all(
    rows.map((r) => deps.access.can('accessReview.read', scopeOf('AccessReview', r))),
  );
  return connectionOfList(
    rows.filter((_, i) => visible[i]),
    args,
  );
}

/**
 * The organizations whose items the viewer may decide or see in a review: null for all (the
 * review's managers), else a Power User's own organizations (R-PU-1).
 */
export async function reviewableOrganizations(
  deps: ServiceDeps,
  review: AccessReview,
): Promise<number[] | null> {
  const grants = await deps.access.matched('accessReview.read', scopeOf('AccessReview', review));
  if (grants.some((g) => g.ownOrganizationId === undefined)) return null;
  return [...new Set(grants.map((g) => g.ownOrganizationId!))];
}

/**
 * A review's items the viewer reviews (R-IN-2: with the last access date), in id order;
 * `undecidedOnly` leaves out the decided ones. Caller may read the review.
 */
export async function itemsOf(
  deps: ServiceDeps,
  review: AccessReview,
  args: PageArgs & { undecidedOnly?: boolean | null },
): Promise<Connection<AccessReviewItem>> {
  const own = await reviewableOrganizations(deps, review);
  const query = () => {
    const qb = deps.db
      .getRepository(AccessReviewItem)
      .createQueryBuilder('i')
      .where('i.reviewId = :reviewId', { reviewId: review.id });
    if (own) {
      qb.andWhere(
        new Brackets((b) =>
          own.length ? b.where('i.memberOrganizationId IN (:...own)', { own }) : b.where('1 = 0'),
        ),
      );
    }
    if (args.undecidedOnly) qb.andWhere('i.decision IS NULL');
    return qb;
  };
  return pageOfQuery(query, 'i', args);
}
