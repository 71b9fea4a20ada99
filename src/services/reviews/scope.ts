import { EntityManager, IsNull, Not } from 'typeorm';
import {
  AccessReview,
  AccessReviewItem,
  GroupMembership,
  OrganizationMember,
} from '../../../entities';
import { scopeOfGroup } from '../../../entities/GroupMembership';
import { AccessReviewKind, GroupKind, MemberStatus, OrgRole } from '../../../entities/enums';
import type { ResourceScope } from '../../permissions/scope';
import { scopeOf } from '../../permissions/scope';

/** The access an item reviews, as the review's kind finds it. */
export type ReviewSubject = GroupMembership | OrganizationMember;

export type NewItem = Pick<
  AccessReviewItem,
  'userId' | 'memberOrganizationId' | 'group' | 'role' | 'lastAccessAt'
>;

const ORGANIZATION_ROLE: Partial<Record<AccessReviewKind, OrgRole>> = {
  [AccessReviewKind.ORGANIZATION_PARTNER_ADMINS]: OrgRole.PARTNER_ADMIN,
  [AccessReviewKind.ORGANIZATION_GUESTS]: OrgRole.GUEST,
};

/** The access a review of `review`'s scope covers right now (invitations are not access yet). */
export async function subjectsOf(
  em: EntityManager,
  review: Pick<AccessReview, 'kind' | 'organizationId' | 'programId' | 'engagementId'>,
): Promise<NewItem[]> {
  const role = ORGANIZATION_ROLE[review.kind];
  if (role) {
    const members = await em.find(OrganizationMember, {
      where: { organizationId: review.organizationId, role, status: Not(MemberStatus.INVITED) },
      order: { id: 'ASC' },
    });
    return members.map((m) => ({
      userId: m.userId,
      memberOrganizationId: m.organizationId,
      group: null,
      role,
      lastAccessAt: m.lastActivityAt,
    }));
  }
  const groups = await em.find(GroupMembership, {
    where:
      review.kind === AccessReviewKind.ENGAGEMENT_PARTICIPANTS
        ? { engagementId: review.engagementId!, group: GroupKind.PARTICIPANT }
        : { programId: review.programId!, engagementId: IsNull() },
    order: { id: 'ASC' },
  });
  return groups.map((g) => ({
    userId: g.userId,
    memberOrganizationId: g.memberOrganizationId,
    group: g.group,
    role: null,
    lastAccessAt: g.lastAccessAt,
  }));
}

/** The access an item reviewed, if it still exists (else it is already gone). */
export async function currentSubject(
  em: EntityManager,
  review: AccessReview,
  item: AccessReviewItem,
): Promise<ReviewSubject | null> {
  if (item.role) {
    return em.findOneBy(OrganizationMember, {
      organizationId: review.organizationId,
      userId: item.userId,
      role: item.role,
    });
  }
  return em.findOneBy(GroupMembership, {
    scopeKey: scopeOfGroup(review.programId!, review.engagementId),
    group: item.group!,
    userId: item.userId,
  });
}

/** The matrix scope of one item of a review: the review's, with the person's organization. */
export function itemScope(review: AccessReview, item: AccessReviewItem): ResourceScope {
  return { ...scopeOf('AccessReview', review), memberOrganizationId: item.memberOrganizationId };
}
