import { In } from 'typeorm';
import {
  AccessReview,
  AccessReviewItem,
  Engagement,
  GroupMembership,
  OrganizationMember,
} from '../../../entities';
import {
  AccessReviewKind,
  AccessReviewStatus,
  GroupKind,
  ReviewDecision,
  ReviewItemOutcome,
} from '../../../entities/enums';
import { recordAudit } from '../audit';
import type { Tx } from '../command';
import type { ServiceDeps } from '../context';
import { removeMembersIn } from '../engagements/memberships/remove';
import { forgetMemberships } from '../engagements/memberships/shared';
import { removeMembership } from '../organizations/members/removeMembership';
import { forgetMembership } from '../organizations/members/shared';
import { lockOrganization } from '../organizations/seats';
import { endRelationshipIfNoEmployees } from '../partners/employees/remove';
import { reviewEvent } from './events';
import { currentSubject } from './scope';
import { effectiveDecision } from './validators';

export interface AppliedReview {
  review: AccessReview;
  items: AccessReviewItem[];
  /** Whose group memberships (or organization memberships) went: forgotten after commit. */
  removedGroups: number[];
  removedMembers: OrganizationMember[];
}

/** Claims an open review for applying: one conditional update, so only one apply ever runs. */
async function claim(tx: Tx, reviewId: number, now: Date, dueBy?: Date): Promise<boolean> {
  const qb = tx.em
    .createQueryBuilder()
    .update(AccessReview)
    .set({ status: AccessReviewStatus.APPLIED, appliedAt: now })
    .where('id = :id AND status = :open', { id: reviewId, open: AccessReviewStatus.OPEN });
  if (dueBy) qb.andWhere('dueAt <= :dueBy', { dueBy });
  return !!(await qb.execute()).affected;
}

/** Removes group memberships through the engagement members' removal, group by group. */
async function removeGroups(
  deps: ServiceDeps,
  tx: Tx,
  review: AccessReview,
  subjects: GroupMembership[],
  actorUserId: number | null,
): Promise<void> {
  const engagement =
    review.engagementId === null
      ? null
      : await tx.em.findOneByOrFail(Engagement, { id: review.engagementId });
  const target = {
    programId: review.programId!,
    hostOrganizationId: review.organizationId,
    engagement,
  };
  for (const group of [...new Set(subjects.map((s) => s.group))] as GroupKind[]) {
    const userIds = subjects.filter((s) => s.group === group).map((s) => s.userId);
    await removeMembersIn(deps, tx, { target, group, userIds, actorUserId });
  }
}

/**
 * Removes organization memberships as `removeOrganizationMember` (guests) and
 * `removePartnerEmployees` (partner admins) do: seats freed, teams and groups left, the same
 * audit entries; a partner left without employees starts its relationship's 60-day end (R-PA-7).
 */
async function removeMembers(
  deps: ServiceDeps,
  tx: Tx,
  review: AccessReview,
  members: OrganizationMember[],
  actorUserId: number | null,
): Promise<void> {
  await lockOrganization(tx.em, review.organizationId);
  const partnerAdmins = review.kind === AccessReviewKind.ORGANIZATION_PARTNER_ADMINS;
  for (const member of members) await removeMembership(deps, tx, member);
  await recordAudit(
    tx.em,
    deps.clock,
    members.map((m) => ({
      organizationId: m.organizationId,
      actorUserId,
      action: partnerAdmins ? 'partner.employee.removed' : 'member.removed',
      targetType: 'User',
      targetId: m.userId,
      metadata: partnerAdmins
        ? { partnerOrganizationId: m.partnerOrganizationId, accessReviewId: review.id }
        : { role: m.role, status: m.status, accessReviewId: review.id },
    })),
  );
  const partners = new Set(members.flatMap((m) => m.partnerOrganizationId ?? []));
  for (const partnerId of partners) {
    await endRelationshipIfNoEmployees(deps, tx.em, {
      partnerId,
      clientId: review.organizationId,
      actorUserId,
    });
  }
}

/**
 * Applies a review in the caller's transaction (issue 21): every item's decision (undecided ones
 * as the review says) in one step, audited once more as a whole. Returns null when the review is
 * no longer open (or, with `dueBy`, not yet due): another apply won.
 */
export async function applyReviewIn(
  deps: ServiceDeps,
  tx: Tx,
  reviewId: number,
  actorUserId: number | null,
  dueBy?: Date,
): Promise<AppliedReview | null> {
  const now = deps.clock.now();
  if (!(await claim(tx, reviewId, now, dueBy))) return null;
  const review = await tx.em.findOneByOrFail(AccessReview, { id: reviewId });
  const items = await tx.em.find(AccessReviewItem, { where: { reviewId }, order: { id: 'ASC' } });
  const groups: GroupMembership[] = [];
  const members: OrganizationMember[] = [];
  const outcomes = new Map<number, ReviewItemOutcome>();
  for (const item of items) {
    const subject = await currentSubject(tx.em, review, item);
    const remove = effectiveDecision(item.decision, review.undecided) === ReviewDecision.REMOVE;
    if (!subject) outcomes.set(item.id, ReviewItemOutcome.ALREADY_GONE);
    else if (!remove) outcomes.set(item.id, ReviewItemOutcome.KEPT);
    else {
      outcomes.set(item.id, ReviewItemOutcome.REMOVED);
      if (subject instanceof GroupMembership) groups.push(subject);
      else members.push(subject);
    }
  }
  if (groups.length) await removeGroups(deps, tx, review, groups, actorUserId);
  if (members.length) await removeMembers(deps, tx, review, members, actorUserId);
  for (const outcome of Object.values(ReviewItemOutcome)) {
    const ids = items.filter((i) => outcomes.get(i.id) === outcome).map((i) => i.id);
    if (ids.length) await tx.em.update(AccessReviewItem, { id: In(ids) }, { outcome });
  }
  const count = (o: ReviewItemOutcome) => [...outcomes.values()].filter((v) => v === o).length;
  const removed = count(ReviewItemOutcome.REMOVED);
  await recordAudit(tx.em, deps.clock, [
    {
      organizationId: review.organizationId,
      actorUserId,
      action: 'accessReview.applied',
      targetType: 'AccessReview',
      targetId: review.id,
      metadata: {
        kept: count(ReviewItemOutcome.KEPT),
        removed,
        alreadyGone: count(ReviewItemOutcome.ALREADY_GONE),
        undecided: items.filter((i) => i.decision === null).length,
        trigger: dueBy ? 'due' : 'completed',
      },
    },
  ]);
  tx.emit(reviewEvent('APPLIED', review, removed, actorUserId, now));
  return {
    review,
    items: items.map((i) => ({ ...i, outcome: outcomes.get(i.id)! })),
    removedGroups: groups.map((g) => g.userId),
    removedMembers: members,
  };
}

/** After the commit: the request's caches and every live subscription of those who lost access. */
export function forgetApplied(deps: ServiceDeps, applied: AppliedReview): void {
  if (applied.removedGroups.length) forgetMemberships(deps, applied.removedGroups);
  for (const m of applied.removedMembers) forgetMembership(deps, m.organizationId, m.userId);
}
