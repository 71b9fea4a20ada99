import {
  AccessReview,
  AccessReviewItem,
  Engagement,
  Organization,
  Program,
} from '../../../entities';
import { AccessReviewKind, AccessReviewStatus, UndecidedOutcome } from '../../../entities/enums';
import { reviewCreateAction } from '../../permissions/reviewActions';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { requireViewer, ServiceDeps } from '../context';
import { reviewEmpty } from './errors';
import { reviewEvent } from './events';
import { subjectsOf } from './scope';
import { validateDueAt } from './validators';

export interface CreateReviewInput {
  kind: AccessReviewKind;
  /** The engagement, program or organization the kind covers (checked by the resolver). */
  scopeId: number;
  name?: string | null;
  dueAt: Date;
  undecided: UndecidedOutcome;
}

/** Rows per INSERT, within both databases' parameter limits. */
const ITEMS_PER_INSERT = 500;

type Scope = Pick<AccessReview, 'organizationId' | 'programId' | 'engagementId'> & {
  title: string;
};

/** Where the scope sits, from the entity the access check loaded. */
function scopeOfEntity(kind: AccessReviewKind, entity: Engagement | Program | Organization): Scope {
  switch (kind) {
    case AccessReviewKind.ENGAGEMENT_PARTICIPANTS: {
      const e = entity as Engagement;
      return {
        organizationId: e.hostOrganizationId,
        programId: e.programId,
        engagementId: e.id,
        title: `Participants of ${e.name}`,
      };
    }
    case AccessReviewKind.PROGRAM_GROUPS: {
      const p = entity as Program;
      return {
        organizationId: p.hostOrganizationId,
        programId: p.id,
        engagementId: null,
        title: `Groups of ${p.name}`,
      };
    }
    default: {
      const o = entity as Organization;
      const who = kind === AccessReviewKind.ORGANIZATION_GUESTS ? 'Guests' : 'Partner admins';
      return {
        organizationId: o.id,
        programId: null,
        engagementId: null,
        title: `${who} of ${o.name}`,
      };
    }
  }
}

/**
 * Opens an access review (issue 21): one item per person holding the access the kind covers,
 * with the last access date as of now (R-IN-2). Caller holds the kind's create action on the
 * scope (`engagement.createAccessReview`, `program.createAccessReview`,
 * `organization.createAccessReview`). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function createReview(
  deps: ServiceDeps,
  input: CreateReviewInput,
): Promise<AccessReview> {
  const viewer = requireViewer(deps);
  const [entity] = await deps.access.require(reviewCreateAction(input.kind), [input.scopeId]);
  const now = deps.clock.now();
  validateDueAt(input.dueAt, now);
  const scope = scopeOfEntity(input.kind, entity as Engagement | Program | Organization);
  return runCommand(deps, async ({ em, emit }) => {
    const draft = {
      kind: input.kind,
      organizationId: scope.organizationId,
      programId: scope.programId,
      engagementId: scope.engagementId,
      name: input.name?.trim() || scope.title,
      createdByUserId: viewer.id,
      dueAt: input.dueAt,
      undecided: input.undecided,
      status: AccessReviewStatus.OPEN,
      appliedAt: null,
      remindedDays: null,
      createdAt: now,
    };
    const items = await subjectsOf(em, draft);
    if (items.length === 0) throw reviewEmpty();
    const review = await em.save(em.create(AccessReview, draft));
    const rows = items.map((item) => ({
      ...item,
      reviewId: review.id,
      decision: null,
      justification: null,
      decidedByUserId: null,
      decidedAt: null,
      outcome: null,
    }));
    for (let start = 0; start < rows.length; start += ITEMS_PER_INSERT) {
      await em.insert(AccessReviewItem, rows.slice(start, start + ITEMS_PER_INSERT));
    }
    await recordAudit(em, deps.clock, [
      {
        organizationId: review.organizationId,
        actorUserId: viewer.id,
        action: 'accessReview.created',
        targetType: 'AccessReview',
        targetId: review.id,
        metadata: {
          kind: review.kind,
          items: items.length,
          dueAt: review.dueAt.toISOString(),
          undecided: review.undecided,
        },
      },
    ]);
    emit(reviewEvent('CREATED', review, items.length, viewer.id, now));
    return review;
  });
}
