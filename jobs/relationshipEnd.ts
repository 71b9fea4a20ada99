import { IsNull, LessThanOrEqual, MoreThan, Not, Or } from 'typeorm';
import { ManagedRelationship, Organization, OrganizationMember } from '../entities';
import { MemberStatus, NotificationKind, OrgRole, RelationshipStatus } from '../entities/enums';
import { toGlobalId } from '../src/globalId';
import { recordAudit } from '../src/services/audit';
import { runCommand } from '../src/services/command';
import { recordNotifications } from '../src/services/notifications/outbox';
import { runMembershipExpiry } from './membershipExpiry';
import { DAY_MS, JobDefinition, JobDeps, JobSummary } from './types';

/** Relationships handled per run and step, so one run stays short; the next run continues. */
export const RELATIONSHIPS_PER_RUN = 500;
/** Warnings before a relationship's expiry, to both sides (issue 21). */
export const EXPIRY_WARNING_DAYS = [30, 7, 1] as const;

/**
 * Managed-relationship end (R-PA-7): a relationship ENDING since its last partner employee left
 * becomes ENDED at `endsAt` (60 days after the last partner activity). The partner's members
 * lose their delegated access; live subscriptions recompute it.
 */
export async function runRelationshipEnd(deps: JobDeps): Promise<JobSummary> {
  const now = deps.clock.now();
  const repo = deps.db.getRepository(ManagedRelationship);
  const due = await repo.find({
    where: [
      { status: RelationshipStatus.ENDING, endsAt: LessThanOrEqual(now) },
      // Time-bound access (issue 21): an expired relationship ends the same way.
      { status: Not(RelationshipStatus.ENDED), expiresAt: LessThanOrEqual(now) },
    ],
    order: { id: 'ASC' },
    take: RELATIONSHIPS_PER_RUN,
  });
  let ended = 0;
  for (const relationship of due) {
    const done = await runCommand(deps, async ({ em, emit }) => {
      const result = await em
        .createQueryBuilder()
        .update(ManagedRelationship)
        .set({ status: RelationshipStatus.ENDED })
        .where(
          'id = :id AND ((status = :ending AND endsAt <= :now) OR (status != :ended AND expiresAt <= :now))',
          {
            id: relationship.id,
            ending: RelationshipStatus.ENDING,
            ended: RelationshipStatus.ENDED,
            now,
          },
        )
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
  return {
    relationshipsEnded: ended,
    expiryWarnings: await warnOfExpiry(deps),
    ...(await runMembershipExpiry(deps)),
  };
}

/**
 * Warns both sides 30, 7 and 1 days before a relationship expires: the client's super admins
 * (who may renew) and the managing organization's admins. Each warning goes out once: the
 * conditional update on `expiryWarnedDays` claims it inside the transaction of its outbox rows.
 */
async function warnOfExpiry(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  const soon = await deps.db.getRepository(ManagedRelationship).find({
    where: {
      status: Not(RelationshipStatus.ENDED),
      expiresAt: LessThanOrEqual(new Date(now.getTime() + EXPIRY_WARNING_DAYS[0] * DAY_MS)),
      expiryWarnedDays: Or(IsNull(), MoreThan(EXPIRY_WARNING_DAYS[EXPIRY_WARNING_DAYS.length - 1])),
    },
    order: { id: 'ASC' },
    take: RELATIONSHIPS_PER_RUN,
  });
  let sent = 0;
  for (const r of soon) {
    const daysLeft = Math.ceil((r.expiresAt!.getTime() - now.getTime()) / DAY_MS);
    const threshold = [...EXPIRY_WARNING_DAYS].reverse().find((d) => daysLeft <= d)!;
    if (r.expiryWarnedDays !== null && r.expiryWarnedDays <= threshold) continue;
    sent += await runCommand(deps, async ({ em }) => {
      const claimed = await em
        .createQueryBuilder()
        .update(ManagedRelationship)
        .set({ expiryWarnedDays: threshold })
        .where('id = :id AND (expiryWarnedDays IS NULL OR expiryWarnedDays > :t)', {
          id: r.id,
          t: threshold,
        })
        .execute();
      if (!claimed.affected) return 0;
      const [client, manager] = await Promise.all([
        em.findOneByOrFail(Organization, { id: r.clientOrganizationId }),
        em.findOneByOrFail(Organization, { id: r.managerOrganizationId }),
      ]);
      const recipients = await em.findBy(OrganizationMember, [
        { organizationId: client.id, role: OrgRole.ADMIN, status: MemberStatus.ACTIVE },
        { organizationId: manager.id, role: OrgRole.ADMIN, status: MemberStatus.ACTIVE },
      ]);
      await recordNotifications(
        em,
        deps.clock,
        recipients.map((m) => ({
          recipientUserId: m.userId,
          kind: NotificationKind.RELATIONSHIP_EXPIRING,
          data: {
            clientName: client.name,
            managerName: manager.name,
            expiresAt: r.expiresAt!.toISOString().slice(0, 10),
            daysLeft,
            link: `${deps.publicUrl}/organizations/${toGlobalId('Organization', client.id)}`,
          },
        })),
      );
      return recipients.length;
    });
  }
  return sent;
}

export const relationshipEndJob: JobDefinition = {
  name: 'relationships',
  description:
    'End managed relationships 60 days after the last partner activity (R-PA-7) or at their expiry, warning 30, 7 and 1 days ahead; expire organization and group memberships at their end date, warning 7 and 1 days ahead (issue 21).',
  everyMs: 60 * 60 * 1000,
  run: runRelationshipEnd,
};
