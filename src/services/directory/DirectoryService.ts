import { In } from 'typeorm';
import { Organization, OrganizationMember, TeamMember, User } from '../../../entities';
import type { ServiceDeps } from '../context';
import { Connection, LazyCount, PageArgs, pageDirection, pageInfoOf } from '../pagination';
import {
  decodeCursor,
  DirectoryCursor,
  DirectoryFilter,
  directoryPage,
  directoryQuery,
  encodeCursor,
} from './listing';
import { teamsOfOrganization } from './teams/shared';
import { validateActivityFilter, validateSearch } from './validators';

export type { DirectoryFilter } from './listing';
export { INVITATION_DAYS } from '../organizations/validators';

const EXPORT_PAGE = 500;

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
    validateActivityFilter(filter);
    if (filter.teamId != null) {
      await teamsOfOrganization(this.deps, org.id, [filter.teamId], 'teamId');
    }
    validateSearch(filter.search);
    return filter;
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
    const { rows, phases, hasMore } = await directoryPage(
      this.deps,
      org,
      filter,
      size,
      cursor,
      backward,
    );
    const edges = rows.map((node, i) => ({ cursor: encodeCursor(phases[i], node.id), node }));
    return {
      edges,
      pageInfo: pageInfoOf({ backward, cursor: cursor !== undefined }, hasMore, edges),
      totalCount: new LazyCount(() =>
        this.deps.reads.stale((em) => directoryQuery(this.deps, org, filter, em).getCount()),
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
    let after: DirectoryCursor | undefined;
    for (;;) {
      const { rows, phases, hasMore } = await directoryPage(
        this.deps,
        org,
        filter,
        EXPORT_PAGE,
        after,
      );
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
}
