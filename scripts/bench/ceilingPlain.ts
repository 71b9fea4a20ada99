import { buildSchema, GraphQLObjectType } from 'graphql';
import mysql from 'mysql2/promise';
import { loadConfig } from '../../src/config';
import { fromGlobalId, toGlobalId } from '../../src/globalId';
import { encodeCursor } from '../../src/services/pagination';
import { serveCeiling } from './ceilingServer';
import { POOL_OPTIONS, readMembersPage, Row } from './membersPage';

/**
 * The plain-tree ceiling of scenario (b) (issue 17): a graphql-js schema (no type-graphql) in
 * which only `Query.node` and `Organization.members` have resolvers; `members` runs the floor's
 * three statements (`membersPage.ts`) through mysql2 and builds the whole answer, so every field
 * below it is a property read. Served by `serveCeiling` (Apollo 5, graphql-jit, a verified JWT).
 * No record checks, no loaders, no logging, no limits. `ceilingStack.ts` is the same page with a
 * type-graphql resolver per relation.
 */

const SDL = `
  enum OrgRole { ADMIN GUEST MEMBER PARTNER_ADMIN SERVICE_USER }
  enum License { FREE FULL RESTRICTED_FREE }
  enum MemberStatus { ACTIVE DEACTIVATED INVITED }
  enum TeamRole { ADMIN MEMBER }
  enum GroupKind { ENGAGEMENT_CREATOR ENGAGEMENT_OWNER PACKAGE_PUBLISHER PARTICIPANT POWER_USER PROGRAM_OWNER }
  interface Node { id: ID! }
  type Query { node(id: ID!): Node }
  type PageInfo { endCursor: String hasNextPage: Boolean! }
  type Organization implements Node { id: ID! members(first: Int!): MemberConnection! }
  type MemberConnection { edges: [MemberEdge!]! pageInfo: PageInfo! }
  type MemberEdge { node: Member! }
  type Member implements Node { id: ID! role: OrgRole! license: License! status: MemberStatus!
    lastActivityAt: String user: User! }
  type User implements Node { id: ID! email: String! name: String!
    teams(first: Int!): TeamConnection! groups(first: Int!): GroupConnection! }
  type TeamConnection { edges: [TeamEdge!]! }
  type TeamEdge { node: TeamMembership! }
  type TeamMembership { role: TeamRole! team: Team! }
  type Team implements Node { id: ID! name: String! }
  type GroupConnection { edges: [GroupEdge!]! }
  type GroupEdge { node: GroupMembership! }
  type GroupMembership { group: GroupKind! engagement: Engagement }
  type Engagement implements Node { id: ID! name: String! }
`;

async function membersPage(pool: mysql.Pool, organizationId: number, first: number) {
  const query = async (sql: string, params: unknown[]) =>
    (await pool.query(sql, params))[0] as Row[];
  const { members, hasNextPage, teamsOf, groupsOf } = await readMembersPage(
    query,
    organizationId,
    first,
  );
  return {
    edges: members.map((m) => ({
      node: {
        id: toGlobalId('OrganizationMember', Number(m.id)),
        role: m.role,
        license: m.license,
        status: m.status,
        lastActivityAt: (m.lastActivityAt as Date | null)?.toISOString() ?? null,
        user: {
          id: toGlobalId('User', Number(m.userId)),
          email: m.email,
          name: m.name,
          teams: {
            edges: (teamsOf.get(Number(m.userId)) ?? []).map((t) => ({
              node: { role: t.role, team: { id: toGlobalId('Team', Number(t.id)), name: t.name } },
            })),
          },
          groups: {
            edges: (groupsOf.get(Number(m.userId)) ?? []).map((g) => ({
              node: {
                group: g.group,
                engagement:
                  g.id === null
                    ? null
                    : { id: toGlobalId('Engagement', Number(g.id)), name: g.name },
              },
            })),
          },
        },
      },
    })),
    pageInfo: {
      endCursor: members.length ? encodeCursor(Number(members.at(-1)!.id)) : null,
      hasNextPage,
    },
  };
}

async function main() {
  const config = loadConfig();
  const pool = mysql.createPool({ uri: config.databaseUrl, ...POOL_OPTIONS });
  const schema = buildSchema(SDL);
  const query = schema.getType('Query') as GraphQLObjectType;
  query.getFields().node.resolve = (_root, args: { id: string }) => {
    const decoded = fromGlobalId(args.id);
    if (decoded?.type !== 'Organization') return null;
    return { __typename: 'Organization', id: args.id, organizationId: decoded.id };
  };
  const organization = schema.getType('Organization') as GraphQLObjectType;
  organization.getFields().members.resolve = (
    org: { organizationId: number },
    args: { first: number },
  ) => membersPage(pool, org.organizationId, args.first);
  await serveCeiling({ config, schema, context: () => ({}), close: () => pool.end() });
}

void main();
