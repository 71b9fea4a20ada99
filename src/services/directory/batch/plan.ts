import { EntityManager, In } from 'typeorm';
import { Organization, OrganizationMember, Team } from '../../../../entities';
import { MemberStatus, OrgRole } from '../../../../entities/enums';
import { DomainError, NotFoundError, SeatLimitReachedError } from '../../../errors';
import { lastSuperAdmin } from '../../organizations/errors';
import { lockOrganization, occupiesSeat } from '../../organizations/seats';
import { seatsRemaining } from '../../organizations/validators';
import { batchPartnerEmployee, teamNameTaken } from '../errors';
import { beyondFreeSeats, lastSuperAdminOf, refusedForPartnerEmployees } from '../validators';
import { BulkOutcome, failedItem } from '../../common/bulk';
import type { BatchInput, BatchItem } from './types';

/** One user of a batch: its membership, and why it is refused (null: it can take the change). */
export interface Plan {
  userId: number;
  member: OrganizationMember | null;
  error: DomainError | null;
}

/** One user's result; a refused user is FAILED whatever `outcome` says. */
export function itemOf(p: Plan, outcome: BulkOutcome): BatchItem {
  if (p.error) return { ...failedItem(p.userId, p.error), ok: false };
  return { id: p.userId, outcome, error: null, ok: outcome !== 'NOT_APPLIED' };
}

/** Who can take the change, without writing: per-user errors, and the batch-wide checks. */
export async function planBatch(
  em: EntityManager,
  org: Organization,
  input: BatchInput,
): Promise<Plan[]> {
  const members = new Map(
    (
      await em.findBy(OrganizationMember, { organizationId: org.id, userId: In(input.userIds) })
    ).map((m) => [m.userId, m]),
  );
  const plans: Plan[] = input.userIds.map((userId) => {
    const member = members.get(userId) ?? null;
    if (!member) return { userId, member, error: new NotFoundError('OrganizationMember') };
    if (member.partnerOrganizationId !== null && refusedForPartnerEmployees(input.operation)) {
      return { userId, member, error: batchPartnerEmployee() };
    }
    return { userId, member, error: null };
  });
  const candidates = plans.filter((p) => !p.error);
  if (input.operation === 'DEACTIVATE') {
    const admins = await em.count(OrganizationMember, {
      where: { organizationId: org.id, role: OrgRole.ADMIN, status: MemberStatus.ACTIVE },
    });
    const last = lastSuperAdminOf(admins, candidates, (p) => p.member!);
    if (last) last.error = lastSuperAdmin(false);
  }
  if (input.operation === 'REACTIVATE') {
    const returning = candidates.filter((p) => !occupiesSeat(p.member!.status));
    const free = seatsRemaining(await lockOrganization(em, org.id)); // current, not a snapshot
    for (const p of beyondFreeSeats(returning, free)) {
      p.error = new SeatLimitReachedError(Math.max(0, free), returning.length);
    }
  }
  if (input.operation === 'ADD_TO_NEW_TEAM') {
    const name = input.newTeamName!.trim();
    if (await em.countBy(Team, { organizationId: org.id, name })) throw teamNameTaken(name);
  }
  return plans;
}
