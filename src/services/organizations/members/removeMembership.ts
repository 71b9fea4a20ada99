import { In } from 'typeorm';
import {
  Engagement,
  GroupMembership,
  OrganizationMember,
  Program,
  TeamMember,
} from '../../../../entities';
import type { Tx } from '../../command';
import type { ServiceDeps } from '../../context';
import { membershipEvent } from '../../engagements/events';
import { occupiesSeat, releaseSeats } from '../seats';

/**
 * Deletes a membership in the caller's transaction with what hangs on it: the seat, the team
 * memberships in the organization and the engagement groups held for it (membership events
 * published after commit).
 */
export async function removeMembership(
  deps: ServiceDeps,
  tx: Tx,
  member: OrganizationMember,
): Promise<void> {
  const { em, emit } = tx;
  await em.delete(OrganizationMember, { id: member.id });
  if (occupiesSeat(member.status)) await releaseSeats(em, member.organizationId);
  await em.delete(TeamMember, { organizationId: member.organizationId, userId: member.userId });
  const groups = await em.findBy(GroupMembership, {
    userId: member.userId,
    memberOrganizationId: member.organizationId,
  });
  if (groups.length === 0) return;
  await em.delete(GroupMembership, { id: In(groups.map((g) => g.id)) });
  const [user, organization] = await Promise.all([
    deps.loaders.user.load(member.userId),
    deps.loaders.organization.load(member.organizationId),
  ]);
  const engagements = new Map(
    (
      await em.findBy(Engagement, {
        id: In(groups.flatMap((g) => (g.engagementId === null ? [] : [g.engagementId]))),
      })
    ).map((e) => [e.id, e]),
  );
  const programs = new Map(
    (await em.findBy(Program, { id: In(groups.map((g) => g.programId)) })).map((p) => [p.id, p]),
  );
  for (const g of groups) {
    emit(
      membershipEvent(
        'REMOVED',
        g,
        {
          user: user!,
          organization: organization!,
          engagement: g.engagementId === null ? null : (engagements.get(g.engagementId) ?? null),
          hostOrganizationId: programs.get(g.programId)!.hostOrganizationId,
        },
        deps.viewer?.id ?? null,
        deps.clock.now(),
      ),
    );
  }
}
