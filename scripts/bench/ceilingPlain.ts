import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, GraphQLObjectType } from 'graphql';
import mysql, { RowDataPacket } from 'mysql2/promise';
import { createTokenVerifier } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { fromGlobalId, toGlobalId } from '../../src/globalId';
import { compiledGateway } from '../../src/http/compiledExecutor';
import { encodeCursor } from '../../src/services/pagination';

/**
 * The plain-tree ceiling of scenario (b) (issue 17): the members page with no resolver below the
 * root. Apollo Server 5 on express 5, the gateway's graphql-jit executor, a verified JWT per
 * request, a graphql-js schema (no type-graphql), and the floor's three joined statements through
 * mysql2 building the whole result tree, so every field below the root is a property read. No
 * authorization, no loaders, no logging, no limits. `ceilingStack.ts` is the same page written the
 * way the fixed stack is meant to be used.
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

type Row = RowDataPacket & Record<string, unknown>;

function groupedByUser(rows: Row[]): Map<number, Row[]> {
  const map = new Map<number, Row[]>();
  for (const row of rows) {
    const list = map.get(row.userId as number);
    if (list) list.push(row);
    else map.set(row.userId as number, [row]);
  }
  return map;
}

async function membersPage(pool: mysql.Pool, organizationId: number, first: number) {
  const [members] = await pool.query<Row[]>(
    `SELECT m.id, m.role, m.license, m.status, m.lastActivityAt, u.id AS userId, u.email, u.name
       FROM organization_member m JOIN \`user\` u ON u.id = m.userId
      WHERE m.organizationId = ? ORDER BY m.id LIMIT ?`,
    [organizationId, first + 1],
  );
  const page = members.slice(0, first);
  const userIds = page.map((m) => m.userId as number);
  const [[teams], [groups]] = userIds.length
    ? await Promise.all([
        pool.query<Row[]>(
          `SELECT tm.userId, tm.role, t.id, t.name FROM team_member tm JOIN team t ON t.id = tm.teamId
            WHERE tm.userId IN (?) ORDER BY tm.id`,
          [userIds],
        ),
        pool.query<Row[]>(
          `SELECT g.userId, g.\`group\`, e.id, e.name FROM group_membership g
             LEFT JOIN engagement e ON e.id = g.engagementId WHERE g.userId IN (?) ORDER BY g.id`,
          [userIds],
        ),
      ])
    : [[[]], [[]]];
  const teamsOf = groupedByUser(teams);
  const groupsOf = groupedByUser(groups);
  return {
    edges: page.map((m) => ({
      node: {
        id: toGlobalId('OrganizationMember', m.id as number),
        role: m.role,
        license: m.license,
        status: m.status,
        lastActivityAt: (m.lastActivityAt as Date | null)?.toISOString() ?? null,
        user: {
          id: toGlobalId('User', m.userId as number),
          email: m.email,
          name: m.name,
          teams: {
            edges: (teamsOf.get(m.userId as number) ?? []).map((t) => ({
              node: {
                role: t.role,
                team: { id: toGlobalId('Team', t.id as number), name: t.name },
              },
            })),
          },
          groups: {
            edges: (groupsOf.get(m.userId as number) ?? []).map((g) => ({
              node: {
                group: g.group,
                engagement: g.id
                  ? { id: toGlobalId('Engagement', g.id as number), name: g.name }
                  : null,
              },
            })),
          },
        },
      },
    })),
    pageInfo: {
      endCursor: page.length ? encodeCursor(Number(page.at(-1)!.id)) : null,
      hasNextPage: members.length > first,
    },
  };
}

async function main() {
  const config = loadConfig();
  const verifier = createTokenVerifier(config.jwt);
  const pool = mysql.createPool({ uri: config.databaseUrl, connectionLimit: 20 });
  const schema = buildSchema(SDL);
  const query = schema.getType('Query') as GraphQLObjectType;
  query.getFields().node.resolve = async (_root, args: { id: string }) => {
    const decoded = fromGlobalId(args.id);
    if (decoded?.type !== 'Organization') return null;
    return { __typename: 'Organization', id: args.id, organizationId: decoded.id };
  };
  const organization = schema.getType('Organization') as GraphQLObjectType;
  organization.getFields().members.resolve = (
    org: { organizationId: number },
    args: { first: number },
  ) => membersPage(pool, org.organizationId, args.first);

  const apollo = new ApolloServer<{ subject: string }>({
    gateway: compiledGateway(schema, () => undefined),
    // As the gateway: its default cache-control plugin would wrap every field resolver.
    plugins: [ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
        return { subject: (await verifier.verify(token)).sub };
      },
    }),
  );
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    process.stdout.write(`http://127.0.0.1:${address.port}\n`);
  });
  process.once('SIGTERM', () => {
    server.close(
      () =>
        void apollo
          .stop()
          .then(() => pool.end())
          .then(() => process.exit(0)),
    );
    server.closeIdleConnections();
  });
}

void main();
