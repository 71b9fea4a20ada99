import { AccessReviewKind } from '../../entities/enums';
import type { Action } from './matrix';

const CREATE_ACTION: Record<AccessReviewKind, Action> = {
  [AccessReviewKind.ENGAGEMENT_PARTICIPANTS]: 'engagement.createAccessReview',
  [AccessReviewKind.PROGRAM_GROUPS]: 'program.createAccessReview',
  [AccessReviewKind.ORGANIZATION_PARTNER_ADMINS]: 'organization.createAccessReview',
  [AccessReviewKind.ORGANIZATION_GUESTS]: 'organization.createAccessReview',
};

/** The action that opens a review of `kind` on its scope (issue 21): read off the matrix rows. */
export function reviewCreateAction(kind: AccessReviewKind): Action {
  return CREATE_ACTION[kind];
}
