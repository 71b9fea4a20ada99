import { In } from 'typeorm';
import {
  Engagement,
  GroupMembership,
  InactivityNotice,
  Organization,
  Program,
  User,
} from '../entities';
import { GroupMembershipStatus, NotificationKind } from '../entities/enums';
import { isUniqueViolation } from '../src/db/transaction';
import { recordAudit } from '../src/services/audit';
import { runCommand } from '../src/services/command';
import { membershipEvent } from '../src/services/engagements/events';
import { recordNotifications } from '../src/services/notifications/outbox';
import { DAY_MS, JobDefinition, JobDeps, JobSummary } from './types';

/** R-IN-1: more than 180 days without access deactivates; warnings 30, 14 and 1 days before. */
export const INACTIVITY_DAYS = 180;
const WARNINGS = [
  { stage: 'WARNING_1', daysLeft: 1 },
  { stage: 'WARNING_14', daysLeft: 14 },
  { stage: 'WARNING_30', daysLeft: 30 },
] as const;

/** A user's last access: the latest `lastAccessAt` (or join date) of its active groups. */
async function lastAccessByUser(
  deps: JobDeps,
  before: Date,
): Promise<{ userId: number; last: Date }[]> {
  const rows = await deps.db
    .getRepository(GroupMembership)
    .createQueryBuilder('g')
    .select('g.userId', 'userId')
    .addSelect('MAX(COALESCE(g.lastAccessAt, g.createdAt))', 'last')
    .where('g.status = :active', { active: GroupMembershipStatus.ACTIVE })
    .groupBy('g.userId')
    .having('MAX(COALESCE(g.lastAccessAt, g.createdAt)) <= :before', { before })
    .getRawMany<{ userId: number; last: Date | string }>();
  return rows.map((r) => ({ userId: Number(r.userId), last: toDate(r.last) }));
}

/** Raw aggregates come back as a Date (mysql2) or UTC text (SQLite). */
function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}

/**
 * Claims one step of a user's inactivity period; false when it was already taken (by an earlier
 * run, or a concurrent one): the unique notice key makes each step happen once.
 */
async function claim(
  em: Parameters<Parameters<JobDeps['transact']>[0]>[0],
  deps: JobDeps,
  userId: number,
  periodStart: Date,
  stage: string,
): Promise<boolean> {
  const noticeKey = `${userId}:${periodStart.toISOString()}:${stage}`;
  const existing = await em.countBy(InactivityNotice, { noticeKey });
  if (existing) return false;
  await em.insert(InactivityNotice, {
    noticeKey,
    userId,
    periodStart,
    stage,
    createdAt: deps.clock.now(),
  });
  return true;
}

/**
 * The inactivity job (R-IN-1). For every user whose last access is 150+ days old: the latest
 * warning due (30, 14 or 1 day before), once per inactivity period; past 180 days, its program
 * and engagement groups are deactivated (not deleted: reactivation restores them), once. A new
 * access starts a new period. Safe to run many times a day or to skip days.
 */
export async function runInactivity(deps: JobDeps): Promise<JobSummary> {
  const now = deps.clock.now();
  const summary = {
    usersChecked: 0,
    warningsQueued: 0,
    usersDeactivated: 0,
    membershipsDeactivated: 0,
  };
  const candidates = await lastAccessByUser(deps, new Date(now.getTime() - 150 * DAY_MS));
  for (const { userId, last } of candidates) {
    summary.usersChecked++;
    const inactiveMs = now.getTime() - last.getTime();
    const deactivation = new Date(last.getTime() + INACTIVITY_DAYS * DAY_MS);
    const user = await deps.db.getRepository(User).findOneByOrFail({ id: userId });
    try {
      if (inactiveMs > INACTIVITY_DAYS * DAY_MS) {
        const count = await runCommand(deps, async ({ em, emit }) => {
          if (!(await claim(em, deps, userId, last, 'DEACTIVATED'))) return 0;
          const memberships = await em.findBy(GroupMembership, {
            userId,
            status: GroupMembershipStatus.ACTIVE,
          });
          if (!memberships.length) return 0;
          await em.update(
            GroupMembership,
            { id: In(memberships.map((m) => m.id)) },
            { status: GroupMembershipStatus.DEACTIVATED, deactivatedAt: now },
          );
          const programs = new Map(
            (await em.findBy(Program, { id: In(memberships.map((m) => m.programId)) })).map((p) => [
              p.id,
              p,
            ]),
          );
          const engagements = new Map(
            (
              await em.findBy(Engagement, {
                id: In(memberships.flatMap((m) => (m.engagementId ? [m.engagementId] : []))),
              })
            ).map((e) => [e.id, e]),
          );
          const organizations = new Map(
            (
              await em.findBy(Organization, {
                id: In(memberships.map((m) => m.memberOrganizationId)),
              })
            ).map((o) => [o.id, o]),
          );
          await recordAudit(
            em,
            deps.clock,
            memberships.map((m) => ({
              organizationId: programs.get(m.programId)!.hostOrganizationId,
              actorUserId: null,
              action: 'member.inactivity.deactivated',
              targetType: 'GroupMembership',
              targetId: m.id,
              metadata: { userId, group: m.group, lastAccess: last.toISOString() },
            })),
          );
          await recordNotifications(em, deps.clock, [
            {
              recipientUserId: userId,
              kind: NotificationKind.INACTIVITY_DEACTIVATED,
              data: {
                lastAccess: last.toISOString().slice(0, 10),
                link: `${deps.publicUrl}/access/reactivate`,
              },
            },
          ]);
          for (const m of memberships) {
            emit(
              membershipEvent(
                'DEACTIVATED',
                { ...m, status: GroupMembershipStatus.DEACTIVATED },
                {
                  user,
                  organization: organizations.get(m.memberOrganizationId)!,
                  engagement: m.engagementId ? (engagements.get(m.engagementId) ?? null) : null,
                  hostOrganizationId: programs.get(m.programId)!.hostOrganizationId,
                },
                null,
                now,
              ),
            );
          }
          return memberships.length;
        });
        if (count) {
          summary.usersDeactivated++;
          summary.membershipsDeactivated += count;
        }
        continue;
      }
      const due = WARNINGS.find(
        (w) => deactivation.getTime() - now.getTime() <= w.daysLeft * DAY_MS,
      );
      if (!due) continue;
      const queued = await runCommand(deps, async ({ em }) => {
        if (!(await claim(em, deps, userId, last, due.stage))) return false;
        await recordNotifications(em, deps.clock, [
          {
            recipientUserId: userId,
            kind: NotificationKind.INACTIVITY_WARNING,
            data: {
              daysLeft: due.daysLeft,
              lastAccess: last.toISOString().slice(0, 10),
              deactivationDate: deactivation.toISOString().slice(0, 10),
              link: `${deps.publicUrl}/`,
            },
          },
        ]);
        return true;
      });
      if (queued) summary.warningsQueued++;
    } catch (error) {
      // A concurrent run took the same step first: nothing to do.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return summary;
}

export const inactivityJob: JobDefinition = {
  name: 'inactivity',
  description:
    'Warn (30, 14, 1 days) and deactivate program access after 180 days without access (R-IN-1).',
  everyMs: 60 * 60 * 1000,
  run: runInactivity,
};
