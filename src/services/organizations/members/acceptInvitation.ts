import { OrganizationMember } from '../../../../entities';
import { MemberStatus } from '../../../../entities/enums';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { invitationExpired } from '../errors';
import { invitationExpiredAt } from '../validators';
import { forgetMembership, invitedMember } from './shared';

/**
 * The viewer accepts its own invitation within 30 days (R-BK-2): the membership becomes
 * active. Any signed-in viewer, for itself only. Errors: NOT_FOUND (no invitation), CONFLICT
 * (expired: ask for a new one).
 */
export async function acceptInvitation(
  deps: ServiceDeps,
  organizationId: number,
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  const accepted = await runCommand(deps, async ({ em }) => {
    const invitation = await invitedMember(em, organizationId, viewer.id);
    const now = deps.clock.now();
    if (invitationExpiredAt(invitation.invitedAt ?? invitation.createdAt, now)) {
      throw invitationExpired();
    }
    const change = { status: MemberStatus.ACTIVE, lastActivityAt: now, invitedName: null };
    await em.update(OrganizationMember, { id: invitation.id }, change);
    await recordAudit(em, deps.clock, [
      {
        organizationId,
        actorUserId: viewer.id,
        action: 'member.invitation.accepted',
        targetType: 'User',
        targetId: viewer.id,
      },
    ]);
    return { ...invitation, ...change };
  });
  forgetMembership(deps, organizationId, viewer.id);
  return accepted;
}
