import { Brackets, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Organization, OrganizationMember, Team, TeamMember, User } from '../../../entities';
import { License, MemberStatus, OrgRole } from '../../../entities/enums';
import { BadUserInputError } from '../../errors';
import { like, likePattern } from '../common/text';
import type { ServiceDeps } from '../context';
import { Connection, LazyCount, PageArgs, pageDirection, pageInfoOf } from '../pagination';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Invitations older than this are expired and not listed (R-BK-2). */
export const INVITATION_DAYS = 30;
export const ACTIVITY_WINDOWS = [30, 60, 90, 180] as const;
const EXPORT_PAGE = 500;

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
type Phase = 0 | 1;

function encodeCursor(phase: Phase, id: number): string {
  return Buffer.from(`dir:${phase}:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, field = 'after'): { phase: Phase; id: number } {
  const match = /^dir:([01]):([1-9][0-9]{0,14})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match) throw new BadUserInputError('Invalid cursor.', field);
  return { phase: Number(match[1]) as Phase, id: Number(match[2]) };
}

export interface DirectoryRow {
  member: OrganizationMember;
  user: User;
  teamCount: number;
}

/**
 * The company user directory (R-DI-3, R-DI-4, R-BK-2): members with role, license, number of
 * teams, last activity and status, filtered in SQL and keyset-paginated, so a page costs the
 * same at 100,000 members as at 100.
 */
export class DirectoryService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Checks the filter against the organization; BAD_USER_INPUT names the bad field. */
  async validate(org: Organization, filter: DirectoryFilter): Promise<DirectoryFilter> {
    if (
      filter.activityDays != null &&
      !(ACTIVITY_WINDOWS as readonly number[]).includes(filter.activityDays)
    ) {
      throw new BadUserInputError(
        `activity window must be one of ${ACTIVITY_WINDOWS.join(', ')} days, or a date.`,
        'activityDays',
      );
    }
    if (filter.activityDays != null && filter.activitySince != null) {
      throw new BadUserInputError('Give an activity window or a date, not both.', 'activitySince');
    }
    if (filter.teamId != null) {
      const team = await this.deps.loaders.team.load(filter.teamId);
      if (!team || team.organizationId !== org.id) {
        throw new BadUserInputError('Unknown team for this organization.', 'teamId');
      }
    }
    if (filter.search && filter.search.length > 200) {
      throw new BadUserInputError('search must have at most 200 characters.', 'search');
    }
    return filter;
  }

  private query(
    org: Organization,
    filter: DirectoryFilter,
    em: EntityManager,
  ): SelectQueryBuilder<OrganizationMember> {
    const now = this.deps.clock.now();
    const qb = em
      .getRepository(OrganizationMember)
      .createQueryBuilder('m')
      .where('m.organizationId = :orgId', { orgId: org.id })
      // Expired invitations are not listed (R-BK-2).
      .andWhere(
        new Brackets((w) =>
          w
            .where('m.status <> :invited', { invited: MemberStatus.INVITED })
            .orWhere('m.invitedAt >= :invitedSince', {
              invitedSince: new Date(now.getTime() - INVITATION_DAYS * DAY_MS),
            }),
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
  private async page(
    org: Organization,
    filter: DirectoryFilter,
    size: number,
    cursor?: { phase: Phase; id: number },
    backward = false,
  ): Promise<{ rows: OrganizationMember[]; phases: Phase[]; hasMore: boolean }> {
    const rows: OrganizationMember[] = [];
    const phases: Phase[] = [];
    for (const phase of backward ? ([1, 0] as const) : ([0, 1] as const)) {
      if (cursor && (backward ? cursor.phase < phase : cursor.phase > phase)) continue;
      const need = size + 1 - rows.length;
      if (need <= 0) break;
      const found = await this.deps.reads.stale((em) => {
        const qb = this.query(org, filter, em)
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

  /**
   * A page of the directory. Caller holds `organization.readDirectory`. Errors: BAD_USER_INPUT.
   */
  async directory(
    org: Organization,
    filter: DirectoryFilter,
    args: PageArgs,
  ): Promise<Connection<OrganizationMember>> {
    await this.validate(org, filter);
    const { size, backward } = pageDirection(args);
    const raw = backward ? args.before : args.after;
    const cursor = raw ? decodeCursor(raw, backward ? 'before' : 'after') : undefined;
    const { rows, phases, hasMore } = await this.page(org, filter, size, cursor, backward);
    const edges = rows.map((node, i) => ({ cursor: encodeCursor(phases[i], node.id), node }));
    return {
      edges,
      pageInfo: pageInfoOf({ backward, cursor: cursor !== undefined }, hasMore, edges),
      totalCount: new LazyCount(() =>
        this.deps.reads.stale((em) => this.query(org, filter, em).getCount()),
      ),
    };
  }

  /** Number of teams of a member in its organization, batched per request. */
  teamCount(member: OrganizationMember): Promise<number> {
    return this.deps.loaders.teamCountOfMember.load(`${member.organizationId}:${member.userId}`);
  }

  /**
   * Every row of the filtered directory, a page at a time, for the CSV export (R-DI-3). Caller
   * holds `organization.exportDirectory`.
   */
  async *rows(org: Organization, filter: DirectoryFilter): AsyncGenerator<DirectoryRow> {
    await this.validate(org, filter);
    let after: { phase: Phase; id: number } | undefined;
    for (;;) {
      const { rows, phases, hasMore } = await this.page(org, filter, EXPORT_PAGE, after);
      if (rows.length === 0) return;
      const userIds = rows.map((r) => r.userId);
      const users = new Map(
        (
          await this.deps.reads.stale((em) => em.getRepository(User).findBy({ id: In(userIds) }))
        ).map((u) => [u.id, u]),
      );
      const counts = await this.deps.reads.stale((em) =>
        em
          .getRepository(TeamMember)
          .createQueryBuilder('t')
          .select('t.userId', 'userId')
          .addSelect('COUNT(*)', 'count')
          .where('t.organizationId = :orgId AND t.userId IN (:...userIds)', {
            orgId: org.id,
            userIds,
          })
          .groupBy('t.userId')
          .getRawMany<{ userId: number; count: string | number }>(),
      );
      const countOf = new Map(counts.map((c) => [Number(c.userId), Number(c.count)]));
      for (const member of rows) {
        yield {
          member,
          user: users.get(member.userId)!,
          teamCount: countOf.get(member.userId) ?? 0,
        };
      }
      if (!hasMore) return;
      after = { phase: phases[rows.length - 1], id: rows[rows.length - 1].id };
    }
  }

  /** Teams of the organization by id, for validation of team operations. */
  async teamsOf(org: Organization, teamIds: number[]): Promise<Team[]> {
    const teams = (await this.deps.loaders.team.loadMany(teamIds)).filter(
      (t): t is Team => t instanceof Team && t.organizationId === org.id,
    );
    if (teams.length !== new Set(teamIds).size) {
      throw new BadUserInputError('Unknown team for this organization.', 'teamIds');
    }
    return teams;
  }
}
