import 'reflect-metadata';
import DataLoader from 'dataloader';
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
import { loadConfig } from '../../src/config';
import { createDataSource } from '../../src/db/dataSource';
import { fromGlobalId, toGlobalId } from '../../src/globalId';
import { encodeCursor } from '../../src/services/pagination';
import { serveCeiling } from './ceilingServer';
import { groupedByUser, GROUPS_SQL, MEMBERS_SQL, Row, TEAMS_SQL } from './membersPage';

/**
 * The stack ceiling of scenario (b) (issue 17): the members page on the fixed stack with none of
 * this project's design. type-graphql object types with one field resolver per relation (simple
 * resolvers, as the gateway's default, so graphql-jit reads plain fields inline), DataLoader
 * batching the teams and groups of a page's users, the floor's three statements
 * (`membersPage.ts`) as raw SQL through TypeORM's data source (no entities), graphql-shield on
 * the root field; served by `serveCeiling` (Apollo 5, graphql-jit, a verified JWT). No record
 * checks, no logging, no limits. `ceilingPlain.ts` is the same page as one plain result tree.
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

interface Context {
  teamsOf: DataLoader<number, TeamMember[]>;
  groupsOf: DataLoader<number, GroupMembership[]>;
}

/** A DataLoader of each user's rows of `sql` (one statement per batch), made into `T`s. */
function perUserLoader<T>(db: DataSource, sql: string, make: (row: Row) => T) {
  return new DataLoader<number, T[]>(async (userIds) => {
    const byUser = groupedByUser(await db.query(sql, [userIds]));
    return userIds.map((id) => (byUser.get(id) ?? []).map(make));
  });
}

function loaders(db: DataSource): Context {
  return {
    teamsOf: perUserLoader(db, TEAMS_SQL, (r) =>
      Object.assign(new TeamMember(), { role: r.role, teamId: Number(r.id), teamName: r.name }),
    ),
    groupsOf: perUserLoader(db, GROUPS_SQL, (r) =>
      Object.assign(new GroupMembership(), {
        group: r.group,
        engagementId: r.id === null ? null : Number(r.id),
        engagementName: r.name,
      }),
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
      const rows: Row[] = await db.query(MEMBERS_SQL, [organization.organizationId, 0, first + 1]);
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
  // TypeORM's data source as the gateway configures it (pool, UTC, charset), used for raw SQL.
  const db = await createDataSource({ databaseUrl: config.databaseUrl, sqlitePath: ':memory:' });
  await db.initialize();
  const built = await buildSchema({ resolvers: resolvers(db), orphanedTypes: [Team, Engagement] });
  const signedIn = rule({ cache: 'contextual' })(
    (_parent, _args, ctx: { subject?: string }) => !!ctx.subject,
  );
  // As the gateway does, the shield wraps the fields that need a rule: here the root field only.
  const rules = shield({ Query: { node: signedIn } }).generate(built) as Record<string, never>;
  const schema = applyMiddleware(built, { Query: rules.Query });
  await serveCeiling({ config, schema, context: () => loaders(db), close: () => db.destroy() });
}

void main();
