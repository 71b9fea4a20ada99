import { LessThanOrEqual } from 'typeorm';
import { ManagedRelationship, OrganizationMember } from '../entities';
import { MemberStatus, RelationshipStatus } from '../entities/enums';
import { recordAudit } from '../src/services/audit';
import { runCommand } from '../src/services/command';
import { JobDefinition, JobDeps, JobSummary } from './types';

/**
 * Managed-relationship end (R-PA-7): a relationship ENDING since its last partner employee left
 * becomes ENDED at `endsAt` (60 days after the last partner activity). The partner's members
 * lose their delegated access; live subscriptions recompute it.
 */
export async function runRelationshipEnd(deps: JobDeps): Promise<JobSummary> {
  const now = deps.clock.now();
  const due = await deps.db.getRepository(ManagedRelationship).findBy({
    status: RelationshipStatus.ENDING,
    endsAt: LessThanOrEqual(now),
  });
  let ended = 0;
  for (const relationship of due) {
    const done = await runCommand(deps, async ({ em, emit }) => {
      const result = await em
        .createQueryBuilder()
        .update(ManagedRelationship)
        .set({ status: RelationshipStatus.ENDED })
        .where('id = :id AND status = :ending', {
          id: relationship.id,
          ending: RelationshipStatus.ENDING,
        })
        .execute();
      if (!result.affected) return false;
      const entry = {
        actorUserId: null,
        action: 'relationship.ended',
        targetType: 'ManagedRelationship',
        targetId: relationship.id,
        metadata: {
          managerOrganizationId: relationship.managerOrganizationId,
          clientOrganizationId: relationship.clientOrganizationId,
        },
      };
      await recordAudit(em, deps.clock, [
        { ...entry, organizationId: relationship.clientOrganizationId },
        { ...entry, organizationId: relationship.managerOrganizationId },
      ]);
      const managers = await em.findBy(OrganizationMember, {
        organizationId: relationship.managerOrganizationId,
        status: MemberStatus.ACTIVE,
      });
      for (const m of managers) emit({ topic: 'ACCESS_CHANGED', payload: { userId: m.userId } });
      return true;
    });
    if (done) ended++;
  }
  return { relationshipsEnded: ended };
}

export const relationshipEndJob: JobDefinition = {
  name: 'relationships',
  description: 'End managed relationships 60 days after the last partner activity (R-PA-7).',
  everyMs: 60 * 60 * 1000,
  run: runRelationshipEnd,
};
