import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { removeMembership } from './removeMembership';
import { forgetMembership, invitedMember } from './shared';

/**
 * Revokes a pending invitation: the membership and its teams go, the seat is freed. Caller
 * holds `organization.manageMembers`. Errors: NOT_FOUND, FORBIDDEN.
 */
export async function revokeInvitation(
  deps: ServiceDeps,
  input: { organizationId: number; userId: number },
): Promise<void> {
  const viewer = requireViewer(deps);
  const action = mutationAction('revokeInvitation');
  const org = await deps.access.requireOne(action, input.organizationId);
  await runCommand(deps, async (tx) => {
    const invitation = await invitedMember(tx.em, org.id, input.userId);
    await removeMembership(deps, tx, invitation);
    await recordAudit(tx.em, deps.clock, [
      {
        organizationId: org.id,
        actorUserId: viewer.id,
        action: 'member.invitation.revoked',
        targetType: 'User',
        targetId: input.userId,
      },
    ]);
  });
  forgetMembership(deps, org.id, input.userId);
}
