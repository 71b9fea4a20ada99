import { LessThan } from 'typeorm';
import { OrganizationMember, TeamMember } from '../entities';
import { MemberStatus } from '../entities/enums';
import { recordAudit } from '../src/services/audit';
import { runCommand } from '../src/services/command';
import { INVITATION_DAYS } from '../src/services/directory/DirectoryService';
import { releaseSeats } from '../src/services/organizations/seats';
import { DAY_MS, JobDefinition, JobDeps, JobSummary } from './types';

/**
 * Invitation expiry (R-BK-2): invitations older than 30 days go, with their team memberships,
 * and free their seats. Each is removed by a conditional delete, so two runs never free a seat
 * twice.
 */
export async function runInvitationExpiry(deps: JobDeps): Promise<JobSummary> {
  const cutoff = new Date(deps.clock.now().getTime() - INVITATION_DAYS * DAY_MS);
  const expired = await deps.db.getRepository(OrganizationMember).find({
    where: { status: MemberStatus.INVITED, invitedAt: LessThan(cutoff) },
    take: 1000,
  });
  let count = 0;
  for (const invitation of expired) {
    const removed = await runCommand(deps, async ({ em }) => {
      const result = await em
        .createQueryBuilder()
        .delete()
        .from(OrganizationMember)
        .where('id = :id AND status = :invited AND invitedAt < :cutoff', {
          id: invitation.id,
          invited: MemberStatus.INVITED,
          cutoff,
        })
        .execute();
      if (!result.affected) return false;
      await releaseSeats(em, invitation.organizationId);
      await em.delete(TeamMember, {
        organizationId: invitation.organizationId,
        userId: invitation.userId,
      });
      await recordAudit(em, deps.clock, [
        {
          organizationId: invitation.organizationId,
          actorUserId: null,
          action: 'member.invitation.expired',
          targetType: 'User',
          targetId: invitation.userId,
          metadata: { invitedAt: invitation.invitedAt?.toISOString() ?? null },
        },
      ]);
      return true;
    });
    if (removed) count++;
  }
  return { invitationsExpired: count };
}

export const invitationExpiryJob: JobDefinition = {
  name: 'invitations',
  description: 'Remove invitations older than 30 days and free their seats (R-BK-2).',
  everyMs: 60 * 60 * 1000,
  run: runInvitationExpiry,
};
