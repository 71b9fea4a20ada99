import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Organization, OrganizationMember } from '../../../entities';
import { License, MemberStatus, OrgRole } from '../../../entities/enums';
import { like, likePattern } from '../common/text';
import type { ServiceDeps } from '../context';
import { invitationValidSince } from '../organizations/validators';
import { invalidDirectoryCursor } from './errors';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DirectoryFilter {
  roles?: OrgRole[] | null;
  licenses?: License[] | null;
  teamId?: number | null;
  /** Activity window in days (30, 60, 90 or 180), or `since` a date. */
  activityDays?: number | null;
  activitySince?: Date | null;
  /** With a window: active in it (true) or not (false). */
  active?: boolean | null;
  search?: string | null;
  hideInvited?: boolean | null;
}

/** Active and deactivated members first, then invited users (R-BK-2); by id within each. */
export type Phase = 0 | 1;
export interface DirectoryCursor {
  phase: Phase;
  id: number;
}

export function encodeCursor(phase: Phase, id: number): string {
  return Buffer.from(`dir:${phase}:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): DirectoryCursor {
  const match = /^dir:([01]):([1-9][0-9]{0,14})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match) throw invalidDirectoryCursor(field);
  return { phase: Number(match[1]) as Phase, id: Number(match[2]) };
}

/** The directory's members matching the filter, in SQL (R-DI-3, R-DI-4, R-BK-2). */
export function directoryQuery(
  deps: ServiceDeps,
  org: Organization,
  filter: DirectoryFilter,
  em: EntityManager,
): SelectQueryBuilder<OrganizationMember> {
  const now = deps.clock.now();
  const qb = em
    .getRepository(OrganizationMember)
    .createQueryBuilder('m')
    .where('m.organizationId = :orgId', { orgId: org.id })
    // Expired invitations are not listed (R-BK-2).
    .andWhere(
      new Brackets((w) =>
        w
          .where('m.status <> :invited', { invited: MemberStatus.INVITED })
          .orWhere('m.invitedAt >= :invitedSince', { invitedSince: invitationValidSince(now) }),
      ),
    );
  if (filter.roles?.length) qb.andWhere('m.role IN (:...roles)', { roles: filter.roles });
  if (filter.licenses?.length) {
    qb.andWhere('m.license IN (:...licenses)', { licenses: filter.licenses });
  }
  if (filter.hideInvited) qb.andWhere('m.status <> :hidden', { hidden: MemberStatus.INVITED });
  if (filter.teamId != null) {
    qb.andWhere('m.userId IN (SELECT tm.userId FROM team_member tm WHERE tm.teamId = :teamId)', {
      teamId: filter.teamId,
    });
  }
  const since =
    filter.activitySince ??
    (filter.activityDays != null ? new Date(now.getTime() - filter.activityDays * DAY_MS) : null);
  if (since) {
    if (filter.active === false) {
      qb.andWhere('(m.lastActivityAt IS NULL OR m.lastActivityAt < :since)', { since });
    } else {
      qb.andWhere('m.lastActivityAt >= :since', { since });
    }
  }
  const search = filter.search?.trim();
  if (search) {
    // A pending invitee (invitedName set) is found by the name the admin typed, never by the
    // name of their own account, which the admin may not see before they accept (consent).
    const users = (column: string) =>
      `m.userId IN (SELECT u.id FROM \`user\` u WHERE ${like(column)})`;
    qb.andWhere(
      `(${users('LOWER(u.email)')} OR (m.invitedName IS NULL AND ${users('LOWER(u.name)')}) OR ${like('LOWER(m.invitedName)')})`,
      { pattern: likePattern(search.toLowerCase()) },
    );
  }
  return qb;
}

/**
 * Rows after the cursor (members, then invitees, each by id), or `backward` the rows before it,
 * read in reverse and turned around; `hasMore`: more rows in the direction of travel.
 */
export async function directoryPage(
  deps: ServiceDeps,
  org: Organization,
  filter: DirectoryFilter,
  size: number,
  cursor?: DirectoryCursor,
  backward = false,
): Promise<{ rows: OrganizationMember[]; phases: Phase[]; hasMore: boolean }> {
  const rows: OrganizationMember[] = [];
  const phases: Phase[] = [];
  for (const phase of backward ? ([1, 0] as const) : ([0, 1] as const)) {
    if (cursor && (backward ? cursor.phase < phase : cursor.phase > phase)) continue;
    const need = size + 1 - rows.length;
    if (need <= 0) break;
    const found = await deps.reads.stale((em) => {
      const qb = directoryQuery(deps, org, filter, em)
        .andWhere(phase === 0 ? 'm.status <> :p' : 'm.status = :p', { p: MemberStatus.INVITED })
        .orderBy('m.id', backward ? 'DESC' : 'ASC')
        .limit(need);
      if (cursor && cursor.phase === phase) {
        qb.andWhere(`m.id ${backward ? '<' : '>'} :cursorId`, { cursorId: cursor.id });
      }
      return qb.getMany();
    });
    for (const row of found) {
      rows.push(row);
      phases.push(phase);
    }
  }
  const kept = rows.slice(0, size);
  const keptPhases = phases.slice(0, size);
  if (backward) [kept, keptPhases].forEach((list) => list.reverse());
  return { rows: kept, phases: keptPhases, hasMore: rows.length > size };
}
