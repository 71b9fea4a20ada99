import { Engagement, GroupMembership, Organization } from '../../../entities';
import { GroupKind } from '../../../entities/enums';
import { BadUserInputError } from '../../errors';
import { rolesGranting } from '../../permissions/derive';
import { requireViewer, ServiceDeps } from '../context';
import { requireConditions } from './conditions';
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
    await requireConditions(this.deps, 'engagement.join', engagement);
    const termsAcceptedAt = this.termsAcceptance(engagement, input.acceptTerms);
    const organization = await this.organizationOfViewer(engagement, input.organizationId);
    const [change] = await this.memberships.add(
      targetOfEngagement(engagement),
      GroupKind.PARTICIPANT,
      [{ user: viewer, organization }],
      { sendInvitation: false, termsAcceptedAt },
    );
    return change.membership!;
  }
}
