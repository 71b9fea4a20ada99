import { IsNull, LessThan } from 'typeorm';
import { GroupMembership, OrganizationMember } from '../../entities';
import { GroupMembershipStatus, MemberStatus } from '../../entities/enums';
import type { AppDeps } from '../context';
import { log } from '../log';

/** Last access is recorded at most this often per user (one write per hour, not per request). */
const RESOLUTION_MS = 60 * 60 * 1000;

/**
 * Records that a user used the portal: the last access of its active groups (R-IN-2, which also
 * starts a new inactivity period, R-IN-1) and the last activity of its memberships (R-DI-3).
 * Conditional updates, and a per-process memory of who was recorded when, so a busy user costs
 * one write per hour, not one per request. Errors are logged, never thrown.
 */
export function createAccessRecorder(deps: Pick<AppDeps, 'transact' | 'clock'>) {
  const recorded = new Map<number, number>();
  return (userId: number): Promise<void> => {
    const now = deps.clock.now();
    if (now.getTime() - (recorded.get(userId) ?? -Infinity) < RESOLUTION_MS) {
      return Promise.resolve();
    }
    recorded.set(userId, now.getTime());
    return recordAccess(deps, userId, now);
  };
}

async function recordAccess(deps: Pick<AppDeps, 'transact' | 'clock'>, userId: number, now: Date) {
  const stale = new Date(now.getTime() - RESOLUTION_MS);
  try {
    await deps.transact(async (em) => {
      for (const lastAccessAt of [IsNull(), LessThan(stale)]) {
        await em.update(
          GroupMembership,
          { userId, status: GroupMembershipStatus.ACTIVE, lastAccessAt },
          { lastAccessAt: now },
        );
      }
      for (const lastActivityAt of [IsNull(), LessThan(stale)]) {
        await em.update(
          OrganizationMember,
          { userId, status: MemberStatus.ACTIVE, lastActivityAt },
          { lastActivityAt: now },
        );
      }
    });
  } catch (error) {
    log.warn('could not record access', { userId, error: (error as Error).message });
  }
}
