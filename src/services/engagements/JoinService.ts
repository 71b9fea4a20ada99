import { Engagement, GroupMembership, Organization } from '../../../entities';
import { GroupKind, GroupMembershipStatus, JoinPolicy } from '../../../entities/enums';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../errors';
import { rolesGranting } from '../../permissions/derive';
import { requireViewer, ServiceDeps } from '../context';
import { GroupMembershipService, targetOfEngagement } from './GroupMembershipService';

/**
 * Joining an engagement (R-EN-3): open engagements are joined directly after accepting the
 * terms; approval engagements take an access request; closed ones neither.
 */
export class JoinService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly memberships: GroupMembershipService,
  ) {}

  /** Refuses a join or request the engagement's policy does not allow, saying what to do. */
  requirePolicy(engagement: Engagement, wanted: JoinPolicy.OPEN | JoinPolicy.APPROVAL): void {
    if (engagement.joinPolicy === wanted) return;
    if (engagement.joinPolicy === JoinPolicy.CLOSED) {
      throw new ForbiddenError(
        'This engagement accepts neither joins nor access requests; ask its administrators through other channels (R-EN-3).',
        'R-EN-3',
      );
    }
    throw new BadUserInputError(
      engagement.joinPolicy === JoinPolicy.OPEN
        ? 'This engagement is open: join it directly with joinEngagement (R-EN-3).'
        : 'This engagement asks for approval: use requestEngagementAccess with a justification (R-EN-3).',
      'engagementId',
    );
  }

  /** The time the terms were accepted; BAD_USER_INPUT when the engagement has terms not accepted. */
  termsAcceptance(engagement: Engagement, accepted: boolean): Date | null {
    if (engagement.termsOfUse && !accepted) {
      throw new BadUserInputError(
        'Accept the terms of use of this engagement first (R-EN-3).',
        'acceptTerms',
      );
    }
    return accepted ? this.deps.clock.now() : null;
  }

  /**
   * The viewer's organization the engagement is offered to: the one named, or the only one.
   * BAD_USER_INPUT when none or several match.
   */
  async organizationOfViewer(
    engagement: Engagement,
    requested: number | undefined,
  ): Promise<Organization> {
    const roles = await this.deps.access.organizationRoles();
    const audienceRoles = rolesGranting('engagement.join', 'audience');
    const audience = await this.deps.loaders.audienceOfEngagement.load(engagement.id);
    const eligible = audience
      .map((a) => a.organizationId)
      .filter((id) => audienceRoles.includes(roles.get(id)!));
    const chosen =
      requested !== undefined
        ? eligible.find((id) => id === requested)
        : eligible.length === 1
          ? eligible[0]
          : undefined;
    if (chosen === undefined) {
      throw new BadUserInputError(
        requested !== undefined
          ? 'The engagement is not offered to that organization of yours.'
          : 'You belong to several organizations this engagement is offered to: name one with organizationId.',
        'organizationId',
      );
    }
    return (await this.deps.loaders.organization.load(chosen))!;
  }

  /** CONFLICT when the viewer already participates. */
  async refuseParticipant(engagement: Engagement): Promise<void> {
    const viewer = requireViewer(this.deps);
    const mine = await this.deps.loaders.groupMembershipsOfUser.load(viewer.id);
    const participating = mine.some(
      (m: GroupMembership) =>
        m.engagementId === engagement.id &&
        m.group === GroupKind.PARTICIPANT &&
        m.status === GroupMembershipStatus.ACTIVE,
    );
    if (participating) throw new ConflictError('You already participate in this engagement.');
  }

  /**
   * Joins an open engagement offered to one of the viewer's organizations, accepting its terms.
   * Caller holds `engagement.join`. Errors: NOT_FOUND, FORBIDDEN (closed), BAD_USER_INPUT (not
   * open, terms not accepted), CONFLICT (already a participant).
   */
  async join(input: {
    engagementId: number;
    acceptTerms: boolean;
    organizationId?: number;
  }): Promise<GroupMembership> {
    const viewer = requireViewer(this.deps);
    const [engagement] = await this.deps.access.require('engagement.join', [input.engagementId]);
    this.requirePolicy(engagement, JoinPolicy.OPEN);
    const termsAcceptedAt = this.termsAcceptance(engagement, input.acceptTerms);
    const organization = await this.organizationOfViewer(engagement, input.organizationId);
    await this.refuseParticipant(engagement);
    const [change] = await this.memberships.add(
      targetOfEngagement(engagement),
      GroupKind.PARTICIPANT,
      [{ user: viewer, organization }],
      { sendInvitation: false, termsAcceptedAt },
    );
    return change.membership!;
  }
}
