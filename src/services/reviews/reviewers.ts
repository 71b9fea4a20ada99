import { EntityManager, In, IsNull } from 'typeorm';
import {
  AccessReview,
  AccessReviewItem,
  GroupMembership,
  OrganizationMember,
} from '../../../entities';
import {
  AccessReviewKind,
  GroupKind,
  GroupMembershipStatus,
  MemberStatus,
  OrgRole,
} from '../../../entities/enums';

/**
 * Who reviews the undecided items of a review, as the matrix's `accessReview.decide` grants:
 * the engagement's owners and the program owners (engagement reviews), the program owners
 * (program reviews), the organization's super admins (partner admins, guests); Power Users for
 * their own organization's participants (R-PU-1). User ids, each once.
 */
export async function reviewersOf(
  em: EntityManager,
  review: AccessReview,
  undecided: AccessReviewItem[],
): Promise<number[]> {
  if (
    review.kind === AccessReviewKind.ORGANIZATION_PARTNER_ADMINS ||
    review.kind === AccessReviewKind.ORGANIZATION_GUESTS
  ) {
    const admins = await em.findBy(OrganizationMember, {
      organizationId: review.organizationId,
      role: OrgRole.ADMIN,
      status: MemberStatus.ACTIVE,
    });
    return [...new Set(admins.map((a) => a.userId))];
  }
  const active = GroupMembershipStatus.ACTIVE;
  const holders = await em.findBy(GroupMembership, [
    {
      programId: review.programId!,
      engagementId: IsNull(),
      group: GroupKind.PROGRAM_OWNER,
      status: active,
    },
    ...(review.engagementId === null
      ? []
      : [
          { engagementId: review.engagementId, group: GroupKind.ENGAGEMENT_OWNER, status: active },
          {
            engagementId: review.engagementId,
            group: GroupKind.POWER_USER,
            status: active,
            memberOrganizationId: In([...new Set(undecided.map((i) => i.memberOrganizationId))]),
          },
        ]),
  ]);
  return [...new Set(holders.map((h) => h.userId))];
}
