import { forUpdate } from '../../db/transaction';
import { EntityManager } from 'typeorm';
import { Organization, OrganizationMember } from '../../../entities';
import { MemberStatus, OrgRole } from '../../../entities/enums';
import { SeatLimitReachedError } from '../../errors';
import { lastSuperAdmin } from './errors';
import { leavesNoSuperAdmin, seatsRemaining } from './validators';

/** Whether a member in this status occupies a seat (R-PR-4: active and invited members). */
export function occupiesSeat(status: MemberStatus): boolean {
  return status === MemberStatus.ACTIVE || status === MemberStatus.INVITED;
}

/**
 * Takes `count` seats of an organization in the caller's transaction, or throws
 * SEAT_LIMIT_REACHED. One conditional update (`used + n <= assigned`): the database, not a
 * read-then-write, decides, so concurrent additions never oversubscribe (R-PR-4). Every path that
 * occupies a seat (add, invite, approve, license change, reactivation) comes through here.
 */
export async function occupySeats(
  em: EntityManager,
  organizationId: number,
  count = 1,
): Promise<void> {
  if (count <= 0) return;
  const result = await em
    .createQueryBuilder()
    .update(Organization)
    .set({ seatsUsed: () => `seatsUsed + ${Number(count)}` })
    .where('id = :id AND seatsUsed + :count <= seatsAssigned', { id: organizationId, count })
    .execute();
  if (!result.affected) {
    // A locking read: the row as the refusing update saw it (its lock is held), not the
    // transaction's older MySQL snapshot, so the error states the real figures.
    const org = await lockOrganization(em, organizationId);
    throw new SeatLimitReachedError(Math.max(0, seatsRemaining(org)), count);
  }
}

/** Gives back `count` seats in the caller's transaction (offboarding, deactivation). */
export async function releaseSeats(
  em: EntityManager,
  organizationId: number,
  count = 1,
): Promise<void> {
  if (count <= 0) return;
  await em
    .createQueryBuilder()
    .update(Organization)
    .set({ seatsUsed: () => `seatsUsed - ${Number(count)}` })
    .where('id = :id AND seatsUsed >= :count', { id: organizationId, count })
    .execute();
}

/**
 * Locks the organization row for the rest of the transaction (MySQL `FOR UPDATE`; SQLite
 * transactions are already serialized), so checks about its members cannot race; returns the
 * row as of now.
 */
export async function lockOrganization(
  em: EntityManager,
  organizationId: number,
): Promise<Organization> {
  const qb = em.createQueryBuilder(Organization, 'o').where('o.id = :id', { id: organizationId });
  return forUpdate(qb).getOneOrFail();
}

/**
 * Refuses a change that would leave the organization without an active super admin (R-PA-8).
 * Call inside the transaction, after `lockOrganization`.
 */
export async function keepOneSuperAdmin(
  em: EntityManager,
  organizationId: number,
  leavingUserId: number,
): Promise<void> {
  const admins = await em.find(OrganizationMember, {
    select: { userId: true },
    where: { organizationId, role: OrgRole.ADMIN, status: MemberStatus.ACTIVE },
  });
  const leaving = admins.filter((a) => a.userId === leavingUserId).length;
  if (leavesNoSuperAdmin(admins.length, leaving)) throw lastSuperAdmin();
}
