/**
 * The three statements of scenario (b)'s members page, shared by the floor and both ceilings so
 * that they read exactly the same rows: a page of an organization's members joined with their
 * users (one row more than the page, to tell whether a next page exists), then the page's users'
 * teams and their group memberships (program-scope groups have no engagement: LEFT JOIN, as the
 * gateway answers them).
 */
export const MEMBERS_SQL = `SELECT m.id, m.role, m.license, m.status, m.lastActivityAt, u.id AS userId, u.email, u.name
    FROM organization_member m JOIN \`user\` u ON u.id = m.userId
   WHERE m.organizationId = ? AND m.id > ? ORDER BY m.id LIMIT ?`;
export const TEAMS_SQL = `SELECT tm.userId, tm.role, t.id, t.name FROM team_member tm JOIN team t ON t.id = tm.teamId
   WHERE tm.userId IN (?) ORDER BY tm.id`;
export const GROUPS_SQL = `SELECT g.userId, g.\`group\`, e.id, e.name FROM group_membership g
    LEFT JOIN engagement e ON e.id = g.engagementId WHERE g.userId IN (?) ORDER BY g.id`;

/** Pool settings of the floor and the plain ceiling: the gateway's pool size and UTC dates. */
export const POOL_OPTIONS = { connectionLimit: 20, timezone: 'Z' } as const;

export type Row = Record<string, unknown>;
type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

/** Rows by their `userId`, each list in the rows' order. */
export function groupedByUser(rows: Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const row of rows) {
    const userId = Number(row.userId);
    const list = map.get(userId);
    if (list) list.push(row);
    else map.set(userId, [row]);
  }
  return map;
}

export interface MembersPage {
  members: Row[];
  hasNextPage: boolean;
  teamsOf: Map<number, Row[]>;
  groupsOf: Map<number, Row[]>;
}

/** The page's members, then their teams and groups in parallel (none for an empty page). */
export async function readMembersPage(
  query: Query,
  organizationId: number,
  first: number,
  afterId = 0,
): Promise<MembersPage> {
  const fetched = await query(MEMBERS_SQL, [organizationId, afterId, first + 1]);
  const members = fetched.slice(0, first);
  const userIds = members.map((m) => Number(m.userId));
  const [teams, groups] = userIds.length
    ? await Promise.all([query(TEAMS_SQL, [userIds]), query(GROUPS_SQL, [userIds])])
    : [[], []];
  return {
    members,
    hasNextPage: fetched.length > first,
    teamsOf: groupedByUser(teams),
    groupsOf: groupedByUser(groups),
  };
}
