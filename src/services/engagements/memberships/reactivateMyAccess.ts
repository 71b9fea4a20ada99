import { In, IsNull, Not } from 'typeorm';
import { GroupMembership } from '../../../../entities';
import { GroupMembershipStatus } from '../../../../entities/enums';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { membershipEvent } from '../events';
import { forgetMemberships } from './shared';

/**
 * Restores the viewer's own program and engagement groups that the inactivity job deactivated
 * (R-IN-1); using the portal again starts a new period. Any signed-in viewer, for itself.
 */
export async function reactivateMyAccess(deps: ServiceDeps): Promise<GroupMembership[]> {
  const viewer = requireViewer(deps);
  const restored = await runCommand(deps, async ({ em, emit }) => {
    const now = deps.clock.now();
    const memberships = await em.findBy(GroupMembership, {
      userId: viewer.id,
      status: GroupMembershipStatus.DEACTIVATED,
      deactivatedAt: Not(IsNull()),
    });
    if (!memberships.length) return [];
    await em.update(
      GroupMembership,
      { id: In(memberships.map((m) => m.id)) },
      { status: GroupMembershipStatus.ACTIVE, deactivatedAt: null, lastAccessAt: now },
    );
    for (const m of memberships) {
      const program = (await deps.loaders.program.load(m.programId))!;
      const engagement = m.engagementId ? await deps.loaders.engagement.load(m.engagementId) : null;
      const organization = (await deps.loaders.organization.load(m.memberOrganizationId))!;
      await recordAudit(em, deps.clock, [
        {
          organizationId: program.hostOrganizationId,
          actorUserId: viewer.id,
          action: 'member.inactivity.reactivated',
          targetType: 'GroupMembership',
          targetId: m.id,
          metadata: { group: m.group },
        },
      ]);
      const names = {
        user: viewer,
        organization,
        engagement,
        hostOrganizationId: program.hostOrganizationId,
      };
      const active = { ...m, status: GroupMembershipStatus.ACTIVE };
      emit(membershipEvent('ADDED', active, names, viewer.id, now));
    }
    return em.findBy(GroupMembership, { id: In(memberships.map((m) => m.id)) });
  });
  forgetMemberships(deps, [viewer.id]);
  return restored;
}
