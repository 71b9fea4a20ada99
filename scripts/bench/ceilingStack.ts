import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import DataLoader from 'dataloader';
import express from 'express';
import { applyMiddleware } from 'graphql-middleware';
import { rule, shield } from 'graphql-shield';
import {
  Arg,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  InterfaceType,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { DataSource } from 'typeorm';
import { GroupKind, License, MemberStatus, OrgRole, TeamRole } from '../../entities/enums';
import { createTokenVerifier } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { fromGlobalId, toGlobalId } from '../../src/globalId';
import { compiledGateway } from '../../src/http/compiledExecutor';
import { encodeCursor } from '../../src/services/pagination';

/**
 * The fixed stack's own ceiling for scenario (b) (issue 17): the members page written the way
 * the stack is meant to be used, with nothing of this project's design. type-graphql object types
 * and field resolvers (one per relation), DataLoader batching the teams and groups of a page's
 * users, the floor's joined SQL run through TypeORM's data source (raw rows, no entities),
 * graphql-shield on the root field, a verified JWT, Apollo 5 and the gateway's graphql-jit
 * executor; simple resolvers (as the gateway's default, so graphql-jit reads plain fields inline).
 * No record checks, no logging, no limits. `ceilingPlain.ts` is the same page with no
 * type-graphql, DataLoader, TypeORM or shield: a plain result tree.
 */
@InterfaceType()
abstract class Node {
  @Field(() => ID) id: string;
}

@ObjectType({ implements: Node, simpleResolvers: true })
class Team extends Node {
  @Field() name: string;
}

@ObjectType({ implements: Node, simpleResolvers: true })
class Engagement extends Node {
  @Field() name: string;
}

@ObjectType({ simpleResolvers: true })
class TeamMember {
  @Field(() => TeamRole) role: TeamRole;
  teamId: number;
  teamName: string;
}

@ObjectType({ simpleResolvers: true })
class GroupMembership {
  @Field(() => GroupKind) group: GroupKind;
  engagementId: number | null;
  engagementName: string | null;
}

@ObjectType({ simpleResolvers: true })
class TeamEdge {
  @Field(() => TeamMember) node: TeamMember;
}

@ObjectType({ simpleResolvers: true })
class TeamConnection {
  @Field(() => [TeamEdge]) edges: TeamEdge[];
}

@ObjectType({ simpleResolvers: true })
class GroupEdge {
  @Field(() => GroupMembership) node: GroupMembership;
}

@ObjectType({ simpleResolvers: true })
class GroupConnection {
  @Field(() => [GroupEdge]) edges: GroupEdge[];
}

@ObjectType({ implements: Node, simpleResolvers: true })
class User extends Node {
  userId: number;
  @Field() email: string;
  @Field() name: string;
}

@ObjectType({ implements: Node, simpleResolvers: true })
class OrganizationMember extends Node {
  @Field(() => OrgRole) role: OrgRole;
  @Field(() => License) license: License;
  @Field(() => MemberStatus) status: MemberStatus;
  @Field(() => Date, { nullable: true }) lastActivityAt: Date | null;
  userId: number;
  email: string;
  name: string;
}

@ObjectType({ simpleResolvers: true })
class MemberEdge {
  @Field(() => OrganizationMember) node: OrganizationMember;
}

@ObjectType({ simpleResolvers: true })
class PageInfo {
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}

@ObjectType({ simpleResolvers: true })
class MemberConnection {
  @Field(() => [MemberEdge]) edges: MemberEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ implements: Node, simpleResolvers: true })
class Organization extends Node {
  organizationId: number;
}

type Row = Record<string, unknown>;

interface Context {
  subject: string;
  teamsOf: DataLoader<number, TeamMember[]>;
  groupsOf: DataLoader<number, GroupMembership[]>;
}

/** Rows grouped by their `userId`, in the order of `userIds`. */
function perUser<T>(userIds: readonly number[], rows: Row[], make: (row: Row) => T): T[][] {
  const map = new Map<number, T[]>(userIds.map((id) => [id, []]));
  for (const row of rows) map.get(Number(row.userId))!.push(make(row));
  return userIds.map((id) => map.get(id)!);
}

function loaders(db: DataSource): Pick<Context, 'teamsOf' | 'groupsOf'> {
  return {
    teamsOf: new DataLoader(async (userIds) =>
      perUser(
        userIds,
        await db.query(
          `SELECT tm.userId, tm.role, t.id, t.name FROM team_member tm JOIN team t ON t.id = tm.teamId
            WHERE tm.userId IN (?) ORDER BY tm.id`,
          [userIds],
        ),
        (r) => Object.assign(new TeamMember(), { role: r.role, teamId: r.id, teamName: r.name }),
      ),
    ),
    groupsOf: new DataLoader(async (userIds) =>
      perUser(
        userIds,
        await db.query(
          `SELECT g.userId, g.\`group\`, e.id, e.name FROM group_membership g
             LEFT JOIN engagement e ON e.id = g.engagementId WHERE g.userId IN (?) ORDER BY g.id`,
          [userIds],
        ),
        (r) =>
          Object.assign(new GroupMembership(), {
            group: r.group,
            engagementId: r.id,
            engagementName: r.name,
          }),
      ),
    ),
  };
}

function resolvers(db: DataSource) {
  @Resolver()
  class NodeResolver {
    @Query(() => Node, { nullable: true })
    node(@Arg('id', () => ID) id: string): Organization | null {
      const decoded = fromGlobalId(id);
      if (decoded?.type !== 'Organization') return null;
      return Object.assign(new Organization(), { id, organizationId: decoded.id });
    }
  }

  @Resolver(() => Organization)
  class OrganizationResolver {
    @FieldResolver(() => MemberConnection)
    async members(
      @Root() organization: Organization,
      @Arg('first', () => Int) first: number,
    ): Promise<MemberConnection> {
      const rows: Row[] = await db.query(
        `SELECT m.id, m.role, m.license, m.status, m.lastActivityAt, u.id AS userId, u.email, u.name
           FROM organization_member m JOIN \`user\` u ON u.id = m.userId
          WHERE m.organizationId = ? ORDER BY m.id LIMIT ?`,
        [organization.organizationId, first + 1],
      );
      const page = rows.slice(0, first);
      return {
        edges: page.map((r) => ({
          node: Object.assign(new OrganizationMember(), {
            id: toGlobalId('OrganizationMember', Number(r.id)),
            role: r.role,
            license: r.license,
            status: r.status,
            lastActivityAt: r.lastActivityAt,
            userId: Number(r.userId),
            email: r.email,
            name: r.name,
          }),
        })),
        pageInfo: {
          endCursor: page.length ? encodeCursor(Number(page.at(-1)!.id)) : null,
          hasNextPage: rows.length > first,
        },
      };
    }
  }

  @Resolver(() => OrganizationMember)
  class MemberResolver {
    @FieldResolver(() => User)
    user(@Root() member: OrganizationMember): User {
      return Object.assign(new User(), {
        id: toGlobalId('User', member.userId),
        userId: member.userId,
        email: member.email,
        name: member.name,
      });
    }
  }

  @Resolver(() => User)
  class UserResolver {
    @FieldResolver(() => TeamConnection)
    async teams(
      @Root() user: User,
      @Arg('first', () => Int) first: number,
      @Ctx() ctx: Context,
    ): Promise<TeamConnection> {
      const list = await ctx.teamsOf.load(user.userId);
      return { edges: list.slice(0, first).map((node) => ({ node })) };
    }

    @FieldResolver(() => GroupConnection)
    async groups(
      @Root() user: User,
      @Arg('first', () => Int) first: number,
      @Ctx() ctx: Context,
    ): Promise<GroupConnection> {
      const list = await ctx.groupsOf.load(user.userId);
      return { edges: list.slice(0, first).map((node) => ({ node })) };
    }
  }

  @Resolver(() => TeamMember)
  class TeamMemberResolver {
    @FieldResolver(() => Team)
    team(@Root() member: TeamMember): Team {
      return { id: toGlobalId('Team', member.teamId), name: member.teamName };
    }
  }

  @Resolver(() => GroupMembership)
  class GroupMembershipResolver {
    @FieldResolver(() => Engagement, { nullable: true })
    engagement(@Root() m: GroupMembership): Engagement | null {
      return m.engagementId === null
        ? null
        : { id: toGlobalId('Engagement', m.engagementId), name: m.engagementName! };
    }
  }

  return [
    NodeResolver,
    OrganizationResolver,
    MemberResolver,
    UserResolver,
    TeamMemberResolver,
    GroupMembershipResolver,
  ] as const;
}

async function main() {
  const config = loadConfig();
  const verifier = createTokenVerifier(config.jwt);
  const db = new DataSource({
    type: 'mariadb',
    url: config.databaseUrl!.replace(/^mariadb:/, 'mysql:'),
    poolSize: 20,
  });
  await db.initialize();
  const built = await buildSchema({ resolvers: resolvers(db), orphanedTypes: [Team, Engagement] });
  const signedIn = rule({ cache: 'contextual' })((_parent, _args, ctx: Context) => !!ctx.subject);
  // As the gateway does, the shield wraps the fields that need a rule: here the root field only.
  const rules = shield({ Query: { node: signedIn } }).generate(built) as Record<string, never>;
  const schema = applyMiddleware(built, { Query: rules.Query });
  const apollo = new ApolloServer<Context>({
    gateway: compiledGateway(schema, () => undefined),
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
        return { subject: (await verifier.verify(token)).sub, ...loaders(db) };
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
          .then(() => db.destroy())
          .then(() => process.exit(0)),
    );
    server.closeIdleConnections();
  });
}

void main();
