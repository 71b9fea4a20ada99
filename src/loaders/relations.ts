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
 * The memberships of some users in one statement (UNION ALL of three branches), each joined
 * with what a page or a permission check reads next: permission sets (grants), teams (team
 * lists, `team.read`), programs and engagements (group lists and their checks); with
 * `organizations`, the organizations of the memberships too (the viewer's own, which its
 * requests mostly open).
 */
function relationBranches(db: DataSource, users: UsersWhere, organizations: boolean): Branch[] {
  const q = (name: string) => db.driver.escape(name);
  const part = <T>(entity: new () => T, alias: string, optional = false): Part =>
    ({ shape: shapeOf(db, entity as never), alias, optional }) as Part;
  const on = (alias: string, column: string, from: string) =>
    `LEFT JOIN ${fromOf(db, parts[alias])} ON ${q(alias)}.${q('id')} = ${q(from)}.${q(column)}`;
  const parts: Record<string, Part> = {
    m: part(OrganizationMember, 'm'),
    ps: part(PermissionSet, 'ps', true),
    o: part(Organization, 'o', true),
    tm: part(TeamMember, 'tm'),
    t: part(Team, 't', true),
    g: part(GroupMembership, 'g'),
    p: part(Program, 'p', true),
    e: part(Engagement, 'e', true),
  };
  return [
    {
      kind: 'M',
      parts: organizations ? [parts.m, parts.ps, parts.o] : [parts.m, parts.ps],
      rest:
        `FROM ${fromOf(db, parts.m)} ${on('ps', 'permissionSetId', 'm')}` +
        (organizations ? ` ${on('o', 'organizationId', 'm')}` : '') +
        ` WHERE ${users.sql(`${q('m')}.${q('userId')}`)}`,
      params: users.params,
    },
    {
      kind: 'T',
      parts: [parts.tm, parts.t],
      rest: `FROM ${fromOf(db, parts.tm)} ${on('t', 'teamId', 'tm')} WHERE ${users.sql(`${q('tm')}.${q('userId')}`)}`,
      params: users.params,
    },
    {
      kind: 'G',
      parts: [parts.g, parts.p, parts.e],
      rest:
        `FROM ${fromOf(db, parts.g)} ${on('p', 'programId', 'g')} ${on('e', 'engagementId', 'g')}` +
        ` WHERE ${users.sql(`${q('g')}.${q('userId')}`)}`,
      params: users.params,
    },
  ];
}

function collect(rows: Map<string, unknown[][]>, userIds: readonly number[]): RelationsRead {
  const byUser = new Map<number, UserRelations>(
    userIds.map((id) => [id, { memberships: [], teams: [], groups: [] }]),
  );
  const related: RelatedRows = {
    organizations: [],
    permissionSets: [],
    teams: [],
    programs: [],
    engagements: [],
  };
  const of = (userId: number) => {
    let relations = byUser.get(userId);
    if (!relations) byUser.set(userId, (relations = { memberships: [], teams: [], groups: [] }));
    return relations;
  };
  const add = <T>(list: T[], value: unknown) => {
    if (value) list.push(value as T);
  };
  for (const [m, ps, o] of rows.get('M')!) {
    of((m as OrganizationMember).userId).memberships.push(m as OrganizationMember);
    add(related.permissionSets, ps);
    add(related.organizations, o);
  }
  for (const [tm, t] of rows.get('T')!) {
    of((tm as TeamMember).userId).teams.push(tm as TeamMember);
    add(related.teams, t);
  }
  for (const [g, p, e] of rows.get('G')!) {
    of((g as GroupMembership).userId).groups.push(g as GroupMembership);
    add(related.programs, p);
    add(related.engagements, e);
  }
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
