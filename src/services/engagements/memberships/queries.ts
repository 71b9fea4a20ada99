import { GroupMembership, Organization, User } from '../../../../entities';
import { GroupKind } from '../../../../entities/enums';
import type { ServiceDeps } from '../../context';
import {
  applyKeyset,
  Connection,
  PageArgs,
  pageOfFetched,
  parsePage,
  toConnection,
} from '../../pagination';
import { MAX_MEMBERS_PER_CALL } from '../validators';
import { managedOrganizations, memberSearch, organizationFor } from './shared';

/**
 * Users of one organization matching `search` (partial name or email) who can be added to the
 * engagement (R-MB-1, R-US-1). Caller holds `engagement.addParticipants`; Power Users search
 * only their own organization (R-PU-3). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function candidates(
  deps: ServiceDeps,
  engagementId: number,
  search: string,
  organizationId: number | undefined,
  args: PageArgs,
): Promise<Connection<User>> {
  const window = parsePage(args);
  const [engagement] = await deps.access.require('engagement.addParticipants', [engagementId]);
  const own = await managedOrganizations(deps, 'engagement.addParticipants', engagement);
  const org = await organizationFor(deps, engagement, own, organizationId, GroupKind.PARTICIPANT);
  const { rows, hasMore } = pageOfFetched(
    await applyKeyset(memberSearch(deps, org.id, search), 'u.id', 'ASC', window).getMany(),
    window,
  );
  for (const user of rows) deps.loaders.user.prime(user.id, user);
  return toConnection(rows, hasMore, window, () => memberSearch(deps, org.id, search).getCount());
}

export interface ParticipantRow {
  name: string;
  email: string;
  organization: string;
  status: string;
  lastAccessAt: Date | null;
  addedAt: Date;
}

interface RawParticipantRow {
  id: number;
  name: string;
  email: string;
  organization: string;
  status: string;
  lastAccessAt: Date | string | null;
  createdAt: Date | string;
}

/**
 * The engagement's participants for the CSV export (R-MB-3), in id order, a page at a time so
 * a large list never sits in memory. Caller holds `engagement.exportParticipants`; Power Users
 * export their own organization's participants.
 */
export async function* participantRows(
  deps: ServiceDeps,
  engagementId: number,
): AsyncGenerator<ParticipantRow> {
  const [engagement] = await deps.access.require('engagement.exportParticipants', [engagementId]);
  const own = await managedOrganizations(deps, 'engagement.exportParticipants', engagement);
  let afterId = 0;
  for (;;) {
    const rows = await deps.reads.stale((em) => {
      const qb = em
        .getRepository(GroupMembership)
        .createQueryBuilder('g')
        .innerJoin(User, 'u', 'u.id = g.userId')
        .innerJoin(Organization, 'o', 'o.id = g.memberOrganizationId')
        .select([
          'g.id AS id',
          'u.name AS name',
          'u.email AS email',
          'o.name AS organization',
          'g.status AS status',
          'g.lastAccessAt AS lastAccessAt',
          'g.createdAt AS createdAt',
        ])
        .where('g.engagementId = :engagementId AND g.group = :group AND g.id > :afterId', {
          engagementId: engagement.id,
          group: GroupKind.PARTICIPANT,
          afterId,
        })
        .orderBy('g.id', 'ASC')
        .limit(MAX_MEMBERS_PER_CALL);
      if (own) qb.andWhere('g.memberOrganizationId IN (:...own)', { own });
      return qb.getRawMany<RawParticipantRow>();
    });
    for (const row of rows) yield participantRow(row);
    if (rows.length < MAX_MEMBERS_PER_CALL) return;
    afterId = Number(rows[rows.length - 1].id);
  }
}

function participantRow(row: RawParticipantRow): ParticipantRow {
  return {
    name: row.name,
    email: row.email,
    organization: row.organization,
    status: row.status,
    lastAccessAt: toDate(row.lastAccessAt),
    addedAt: toDate(row.createdAt)!,
  };
}

/** Raw rows carry driver values: a Date from mysql2, a UTC text from SQLite. */
function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
