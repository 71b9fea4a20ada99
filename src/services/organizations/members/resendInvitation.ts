import { OrganizationMember } from '../../../../entities';
import { NotificationKind } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { recordNotifications } from '../../notifications/outbox';
import { invitationData, invitedMember } from './shared';

/**
 * Sends an invitation again; its 30 days start over (R-BK-2). Caller holds
 * `organization.manageMembers`. Errors: NOT_FOUND (no invitation), FORBIDDEN.
 */
export async function resendInvitation(
  deps: ServiceDeps,
  input: { organizationId: number; userId: number },
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  const action = mutationAction('resendInvitation');
  const org = await deps.access.requireOne(action, input.organizationId);
  return runCommand(deps, async ({ em }) => {
    const invitation = await invitedMember(em, org.id, input.userId);
    const now = deps.clock.now();
    await em.update(OrganizationMember, { id: invitation.id }, { invitedAt: now });
    await recordAudit(em, deps.clock, [
      {
        organizationId: org.id,
        actorUserId: viewer.id,
        action: 'member.invitation.resent',
        targetType: 'User',
        targetId: input.userId,
      },
    ]);
    await recordNotifications(em, deps.clock, [
      {
        recipientUserId: input.userId,
        kind: NotificationKind.ORGANIZATION_INVITATION,
        data: invitationData(deps, org, viewer.name, []),
      },
    ]);
    return { ...invitation, invitedAt: now };
  });
}
