import { DataSource } from 'typeorm';
import {
  Engagement,
  GroupMembership,
  Organization,
  OrganizationMember,
  PermissionSet,
  Program,
  Team,
  TeamMember,
  User,
} from '../../entities';
import { Branch, fromOf, inIdOrder, Part, placeholders, readRows, shapeOf } from './rows';

/** What a user holds: its organization, team and group memberships. */
export interface UserRelations {
  memberships: OrganizationMember[];
  teams: TeamMember[];
  groups: GroupMembership[];
}

/** The rows the memberships point to, read in the same statement (to prime the loaders). */
export interface RelatedRows {
  organizations: Organization[];
  permissionSets: PermissionSet[];
  teams: Team[];
  programs: Program[];
  engagements: Engagement[];
}

export interface RelationsRead {
  byUser: Map<number, UserRelations>;
  related: RelatedRows;
}

/** Which users a statement reads: `column` compared on each membership table. */
interface UsersWhere {
  sql: (column: string) => string;
  params: unknown[];
}

/**
 * The memberships of some users in one statement (UNION ALL), with what a page or a permission
 * check reads next: permission sets (grants), teams (team lists, `team.read`), programs and
 * engagements (group lists and their checks); with `organizations`, the organizations of the
 * memberships too (the viewer's own, which its requests mostly open). Each of those is a branch of
 * its own that reads every row once (`id IN (SELECT … )`), not joined onto every membership: a
 * page of 50 users names one program on 250 group memberships (issue 17).
 */
function relationBranches(db: DataSource, users: UsersWhere, organizations: boolean): Branch[] {
  const q = (name: string) => db.driver.escape(name);
  const part = <T>(entity: new () => T, alias: string): Part =>
    ({ shape: shapeOf(db, entity as never), alias }) as Part;
  const own = (kind: string, membership: Part): Branch => ({
    kind,
    parts: [membership],
    rest: `FROM ${fromOf(db, membership)} WHERE ${users.sql(`${q(membership.alias)}.${q('userId')}`)}`,
    params: users.params,
  });
  const pointedTo = (kind: string, target: Part, membership: Part, column: string): Branch => ({
    kind,
    parts: [target],
    rest:
      `FROM ${fromOf(db, target)} WHERE ${q(target.alias)}.${q('id')} IN (SELECT ` +
      `${q(membership.alias)}.${q(column)} FROM ${fromOf(db, membership)} ` +
      `WHERE ${users.sql(`${q(membership.alias)}.${q('userId')}`)})`,
    params: users.params,
  });
  const m = part(OrganizationMember, 'm');
  const tm = part(TeamMember, 'tm');
  const g = part(GroupMembership, 'g');
  return [
    own('M', m),
    pointedTo('PS', part(PermissionSet, 'ps'), m, 'permissionSetId'),
    ...(organizations ? [pointedTo('O', part(Organization, 'o'), m, 'organizationId')] : []),
    own('T', tm),
    pointedTo('TT', part(Team, 't'), tm, 'teamId'),
    own('G', g),
    pointedTo('GP', part(Program, 'p'), g, 'programId'),
    pointedTo('GE', part(Engagement, 'e'), g, 'engagementId'),
  ];
}

function collect(rows: Map<string, unknown[][]>, userIds: readonly number[]): RelationsRead {
  const byUser = new Map<number, UserRelations>(
    userIds.map((id) => [id, { memberships: [], teams: [], groups: [] }]),
  );
  const of = (userId: number) => {
    let relations = byUser.get(userId);
    if (!relations) byUser.set(userId, (relations = { memberships: [], teams: [], groups: [] }));
    return relations;
  };
  const all = (kind: string) => (rows.get(kind) ?? []).map(([row]) => row);
  for (const [m] of rows.get('M')!) {
    of((m as OrganizationMember).userId).memberships.push(m as OrganizationMember);
  }
  for (const [tm] of rows.get('T')!) of((tm as TeamMember).userId).teams.push(tm as TeamMember);
  for (const [g] of rows.get('G')!) {
    of((g as GroupMembership).userId).groups.push(g as GroupMembership);
  }
  const related: RelatedRows = {
    organizations: all('O') as Organization[],
    permissionSets: all('PS') as PermissionSet[],
    teams: all('TT') as Team[],
    programs: all('GP') as Program[],
    engagements: all('GE') as Engagement[],
  };
  for (const relations of byUser.values()) {
    relations.memberships = inIdOrder(relations.memberships);
    relations.teams = inIdOrder(relations.teams);
    relations.groups = inIdOrder(relations.groups);
  }
  return { byUser, related };
}

/** The memberships of `userIds` and what they point to, in one statement. */
export async function readRelations(
  db: DataSource,
  userIds: readonly number[],
): Promise<RelationsRead> {
  const users: UsersWhere = {
    sql: (column) => `${column} IN (${placeholders(userIds.length)})`,
    params: [...userIds],
  };
  return collect(await readRows(db, db, relationBranches(db, users, false)), userIds);
}

/**
 * The user a token's subject names, with its memberships, their organizations and what its
 * grants read: who is asking and what it holds, in one statement at sign-in.
 */
export async function readViewer(
  db: DataSource,
  subject: string,
): Promise<{ user: User | null; relations: RelationsRead }> {
  const q = (name: string) => db.driver.escape(name);
  const userPart: Part = { shape: shapeOf(db, User) as Part['shape'], alias: 'u' };
  const users: UsersWhere = {
    sql: (column) =>
      `${column} = (SELECT ${q('s')}.${q('id')} FROM ${q(userPart.shape.table)} ${q('s')} WHERE ${q('s')}.${q('subject')} = ?)`,
    params: [subject],
  };
  const rows = await readRows(db, db, [
    {
      kind: 'U',
      parts: [userPart],
      rest: `FROM ${fromOf(db, userPart)} WHERE ${q('u')}.${q('subject')} = ?`,
      params: [subject],
    },
    ...relationBranches(db, users, true),
  ]);
  const user = (rows.get('U')![0]?.[0] as User | undefined) ?? null;
  return { user, relations: collect(rows, user ? [user.id] : []) };
}
