import { forUpdate } from '../src/db/transaction';
import { EntityManager, IsNull, LessThanOrEqual, MoreThan, Or } from 'typeorm';
import {
  Engagement,
  GroupMembership,
  Organization,
  OrganizationMember,
  Program,
} from '../entities';
import { MemberStatus, NotificationKind, OrgRole } from '../entities/enums';
import { toGlobalId } from '../src/globalId';
import { recordAudit } from '../src/services/audit';
import { runCommand } from '../src/services/command';
import { expiryWarningDue } from '../src/services/common/expiry';
import type { ServiceDeps } from '../src/services/context';
import { removeMembersIn } from '../src/services/engagements/memberships/remove';
import { forgetMemberships, GroupTarget } from '../src/services/engagements/memberships/shared';
import { recordNotifications } from '../src/services/notifications/outbox';
import { removeMembership } from '../src/services/organizations/members/removeMembership';
import { forgetMembership } from '../src/services/organizations/members/shared';
import { lockOrganization } from '../src/services/organizations/seats';
import { leavesNoSuperAdmin } from '../src/services/organizations/validators';
import { systemDeps } from '../src/services/reviews/system';
import { DAY_MS, JobDeps, JobSummary } from './types';

/** Memberships expired or warned per run, table and step; the next run continues. */
export const MEMBERSHIPS_PER_RUN = 500;
const FIRST_WARNING_DAYS = 7;

/**
 * Membership end dates (issue 21), run by the `relationships` job: organization and group
 * memberships past their `expiresAt` go through the same removal as a manual one (seat freed,
 * membership events, audit with the system actor); the last super admin of an organization is
 * kept (`member.expiryKept`, its end cleared). Members are warned 7 and 1 days ahead, each
 * warning claimed by a conditional update so that concurrent runs never send it twice.
 */
export async function runMembershipExpiry(deps: JobDeps): Promise<JobSummary> {
  const system = systemDeps(deps);
  const now = deps.clock.now();
  const due = { expiresAt: LessThanOrEqual(now) };
  const members = await deps.db
    .getRepository(OrganizationMember)
    .find({ where: due, order: { id: 'ASC' }, take: MEMBERSHIPS_PER_RUN });
  const groups = await deps.db
    .getRepository(GroupMembership)
    .find({ where: due, order: { id: 'ASC' }, take: MEMBERSHIPS_PER_RUN });
  let expired = 0;
  let kept = 0;
  for (const m of members) {
    const outcome = await expireMember(system, m.id, now);
    if (outcome === 'expired') expired++;
    if (outcome === 'kept') kept++;
  }
  for (const g of groups) expired += await expireGroupMembership(system, g.id, now);
  return {
    membershipsExpired: expired,
    membershipExpiryKept: kept,
    membershipExpiryWarnings: await warnMembers(system, now),
  };
}

/** Locks a due row (MySQL `FOR UPDATE`; SQLite serializes) and returns it, or null when gone. */
function lockDue<T extends OrganizationMember | GroupMembership>(
  em: EntityManager,
  entity: new () => T,
  id: number,
  now: Date,
): Promise<T | null> {
  const qb = em
    .createQueryBuilder(entity, 'm')
    .where('m.id = :id AND m.expiresAt <= :now', { id, now });
  return forUpdate(qb).getOne();
}

async function expireMember(
  deps: ServiceDeps,
  id: number,
  now: Date,
): Promise<'expired' | 'kept' | null> {
  const done = await runCommand(deps, async (tx) => {
    const { em } = tx;
    const found = await em.findOneBy(OrganizationMember, { id });
    if (!found) return null;
    await lockOrganization(em, found.organizationId);
    const member = await lockDue(em, OrganizationMember, id, now);
    if (!member) return null;
    const entry = {
      organizationId: member.organizationId,
      actorUserId: null,
      targetType: 'User',
      targetId: member.userId,
    };
    if (await isLastSuperAdmin(em, member)) {
      await em.update(OrganizationMember, { id }, { expiresAt: null, expiryWarnedDays: null });
      const expiresAt = member.expiresAt!.toISOString();
      await recordAudit(em, deps.clock, [
        {
          ...entry,
          action: 'member.expiryKept',
          metadata: { expiresAt, reason: 'LAST_SUPER_ADMIN' },
        },
      ]);
      return { member, outcome: 'kept' as const };
    }
    await removeMembership(deps, tx, member);
    await recordAudit(em, deps.clock, [
      {
        ...entry,
        action: 'member.removed',
        metadata: { role: member.role, status: member.status, reason: 'EXPIRED' },
      },
    ]);
    return { member, outcome: 'expired' as const };
  });
  if (!done) return null;
  forgetMembership(deps, done.member.organizationId, done.member.userId);
  return done.outcome;
}

async function isLastSuperAdmin(em: EntityManager, member: OrganizationMember): Promise<boolean> {
  if (member.role !== OrgRole.ADMIN || member.status !== MemberStatus.ACTIVE) return false;
  const admins = await em.countBy(OrganizationMember, {
    organizationId: member.organizationId,
    role: OrgRole.ADMIN,
    status: MemberStatus.ACTIVE,
  });
  return leavesNoSuperAdmin(admins, 1);
}

async function expireGroupMembership(deps: ServiceDeps, id: number, now: Date): Promise<number> {
  const userId = await runCommand(deps, async (tx) => {
    const membership = await lockDue(tx.em, GroupMembership, id, now);
    if (!membership) return null;
    const target = await targetOf(tx.em, membership);
    await removeMembersIn(deps, tx, {
      target,
      group: membership.group,
      userIds: [membership.userId],
      actorUserId: null,
    });
    return membership.userId;
  });
  if (userId === null) return 0;
  forgetMemberships(deps, [userId]);
  return 1;
}

async function targetOf(em: EntityManager, m: GroupMembership): Promise<GroupTarget> {
  const program = await em.findOneByOrFail(Program, { id: m.programId });
  const engagement =
    m.engagementId === null ? null : await em.findOneByOrFail(Engagement, { id: m.engagementId });
  return { programId: program.id, hostOrganizationId: program.hostOrganizationId, engagement };
}

/** The rows whose first warning is due and whose last one was not sent. */
function warnable(now: Date) {
  return {
    expiresAt: LessThanOrEqual(new Date(now.getTime() + FIRST_WARNING_DAYS * DAY_MS)),
    expiryWarnedDays: Or(IsNull(), MoreThan(1)),
  };
}

async function warnMembers(deps: ServiceDeps, now: Date): Promise<number> {
  const page = { where: warnable(now), order: { id: 'ASC' as const }, take: MEMBERSHIPS_PER_RUN };
  const members = await deps.db.getRepository(OrganizationMember).find(page);
  const groups = await deps.db.getRepository(GroupMembership).find(page);
  let sent = 0;
  for (const m of members) {
    sent += await warnOnce(deps, OrganizationMember, m, now, async (em) => {
      const org = await em.findOneByOrFail(Organization, { id: m.organizationId });
      return { scopeName: org.name, link: `/organizations/${toGlobalId('Organization', org.id)}` };
    });
  }
  for (const g of groups) {
    sent += await warnOnce(deps, GroupMembership, g, now, async (em) => {
      const target = await targetOf(em, g);
      if (target.engagement) {
        const path = `/engagements/${toGlobalId('Engagement', target.engagement.id)}`;
        return { scopeName: target.engagement.name, link: path };
      }
      const program = await em.findOneByOrFail(Program, { id: g.programId });
      return { scopeName: program.name, link: `/programs/${toGlobalId('Program', program.id)}` };
    });
  }
  return sent;
}

/** Claims the warning due on the row and writes its notification in the same transaction. */
async function warnOnce<T extends OrganizationMember | GroupMembership>(
  deps: ServiceDeps,
  entity: new () => T,
  row: T,
  now: Date,
  scope: (em: EntityManager) => Promise<{ scopeName: string; link: string }>,
): Promise<number> {
  const threshold = expiryWarningDue(row.expiresAt!, now, row.expiryWarnedDays);
  if (threshold === null) return 0;
  return runCommand(deps, async ({ em }) => {
    const claimed = await em
      .createQueryBuilder()
      .update(entity)
      .set({ expiryWarnedDays: threshold } as never)
      .where(
        'id = :id AND expiresAt = :expiresAt AND (expiryWarnedDays IS NULL OR expiryWarnedDays > :t)',
        { id: row.id, expiresAt: row.expiresAt, t: threshold },
      )
      .execute();
    if (!claimed.affected) return 0;
    const { scopeName, link } = await scope(em);
    await recordNotifications(em, deps.clock, [
      {
        recipientUserId: row.userId,
        kind: NotificationKind.MEMBERSHIP_EXPIRING,
        data: {
          scopeName,
          expiresAt: row.expiresAt!.toISOString().slice(0, 10),
          daysLeft: Math.ceil((row.expiresAt!.getTime() - now.getTime()) / DAY_MS),
          link: `${deps.publicUrl}${link}`,
        },
      },
    ]);
    return 1;
  });
}
