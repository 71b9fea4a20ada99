import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { NodeResolver } from '../resolvers/NodeResolver';
import { ACCESS_REVIEW_RESOLVERS } from '../resolvers/AccessReviewResolver';
import { OrganizationResolver } from '../resolvers/OrganizationResolver';
import { AccessRequestResolver } from '../resolvers/AccessRequestResolver';
import { ContentResolver } from '../resolvers/ContentResolver';
import { DirectoryEntryResolver, DirectoryResolver } from '../resolvers/DirectoryResolver';
import { EngagementResolver } from '../resolvers/EngagementResolver';
import { ExplainResolver } from '../resolvers/ExplainResolver';
import { ExportResolver } from '../resolvers/ExportResolver';
import { MemberResolver } from '../resolvers/MemberResolver';
import {
  AccessLinkResolver,
  ClientAccountResolver,
  PartnerEmployeeResolver,
} from '../resolvers/PartnerResolver';
import { ProgramResolver } from '../resolvers/ProgramResolver';
import {
  AccessRequestEventResolver,
  MembershipEventResolver,
  SubscriptionResolver,
} from '../resolvers/SubscriptionResolver';
import { AuditSubscriptionResolver } from '../resolvers/AuditSubscriptionResolver';
import { TeamCommandResolver, TeamJoinRequestResolver } from '../resolvers/TeamResolver';
import { VIEWER_CAN_RESOLVERS } from '../resolvers/ViewerCanResolver';
import {
  AuditEventResolver,
  GroupMembershipResolver,
  ManagedRelationshipResolver,
  OrganizationMemberResolver,
  TeamMemberResolver,
  TeamResolver,
  UserResolver,
} from '../resolvers/RelationResolvers';
import { ViewerListsResolver, ViewerResolver } from '../resolvers/ViewerResolver';
import { ScimTokenResolver } from '../resolvers/ScimTokenResolver';
import type { Context } from './context';
import { applyPermissions } from './permissions/shield';
import { validateArguments } from './validation/arguments';
import { callFieldResolversDirectly } from './directFieldResolvers';

const RESOLVERS = [
  NodeResolver,
  ...ACCESS_REVIEW_RESOLVERS,
  ViewerResolver,
  ViewerListsResolver,
  OrganizationResolver,
  UserResolver,
  OrganizationMemberResolver,
  ManagedRelationshipResolver,
  TeamResolver,
  TeamMemberResolver,
  ProgramResolver,
  EngagementResolver,
  GroupMembershipResolver,
  AuditEventResolver,
  AccessRequestResolver,
  ContentResolver,
  SubscriptionResolver,
  AccessRequestEventResolver,
  MembershipEventResolver,
  AuditSubscriptionResolver,
  MemberResolver,
  ClientAccountResolver,
  PartnerEmployeeResolver,
  AccessLinkResolver,
  ...VIEWER_CAN_RESOLVERS,
  ExplainResolver,
  DirectoryResolver,
  DirectoryEntryResolver,
  TeamCommandResolver,
  TeamJoinRequestResolver,
  ExportResolver,
  ScimTokenResolver,
] as const;

let base: GraphQLSchema | undefined;

/** The schema as type-graphql builds it from the code, without permissions. */
export function buildBaseSchema(): GraphQLSchema {
  if (base) return base;
  simpleResolversByDefault();
  base = buildSchemaSync({
    resolvers: RESOLVERS,
    validateFn: validateArguments,
    // Every @Subscription has its own `subscribe`, reading the application's EventBus (one per
    // app, so test servers stay apart); type-graphql still insists on a pubSub, which must never
    // be reached.
    pubSub: {
      publish: () => {
        throw new Error('Publish through the EventBus (src/pubsub/bus.ts).');
      },
      subscribe: () => {
        throw new Error('Subscribe through SubscriptionService.');
      },
    },
  });
  sortParametersOnce();
  callFieldResolversDirectly(base, RESOLVERS);
  return base;
}

/**
 * A field that only reads its parent's property gets no resolver of its own (type-graphql's
 * `simpleResolvers`), so the compiled executor reads the property inline instead of calling
 * type-graphql's wrapper (a context object and a call per field and row: issue 17). No field of
 * the schema has middlewares or roles that wrapper would run. A property that may hold a promise
 * (a connection's lazy `totalCount`) keeps a resolver with `@Field({ simple: false })`, since
 * graphql-jit does not await a property it reads inline.
 */
function simpleResolversByDefault(): void {
  const storage = getMetadataStorage();
  for (const type of storage.objectTypes) {
    type.simpleResolvers ??= true;
    for (const field of type.fields ?? []) {
      const renamed = field.schemaName !== field.name;
      const wrapped = (field.middlewares?.length ?? 0) > 0 || field.roles !== undefined;
      if ((renamed || wrapped) && field.simple !== false) {
        throw new Error(`${type.name}.${field.schemaName} needs @Field({ simple: false })`);
      }
    }
  }
}

/**
 * type-graphql's `getParams` sorts a resolver's parameter metadata by index on every call, and
 * `Array#sort` allocates each time (about 9 % of what a members page allocated, issue 17). The
 * arrays do not change once the schema is built: sorted here once, their own `sort` hands them
 * back as they are.
 */
function sortParametersOnce(): void {
  const storage = getMetadataStorage();
  const handlers = [
    ...storage.queries,
    ...storage.mutations,
    ...storage.subscriptions,
    ...storage.fieldResolvers,
  ];
  for (const { params } of handlers) {
    if (!params || Object.hasOwn(params, 'sort')) continue;
    params.sort((a, b) => a.index - b.index);
    Object.defineProperty(params, 'sort', { value: alreadySorted });
  }
}

function alreadySorted<T>(this: T[]): T[] {
  return this;
}

/** The served schema: the base schema with dry runs and the permission layer applied. */
export function buildSchema(): GraphQLSchema {
  return applyPermissions(applyDryRun(buildBaseSchema()));
}

const dryRunApplied = new WeakSet<GraphQLSchema>();

/**
 * A mutation called with `dryRun: true` (in its input, or as an argument) runs with the request's
 * dry-run switch on: every check and write happens in a transaction that is rolled back, and the
 * payload shows what would change (issue 21). Only mutation fields are wrapped; shield stays
 * outside, so a dry run is authorized exactly like the real one.
 */
function applyDryRun(schema: GraphQLSchema): GraphQLSchema {
  if (dryRunApplied.has(schema)) return schema;
  dryRunApplied.add(schema);
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context: Context, info) =>
      args.dryRun === true || (args.input as { dryRun?: unknown } | undefined)?.dryRun === true
        ? context.dryRun.around(async () => resolve(source, args, context, info))
        : resolve(source, args, context, info);
  }
  return schema;
}

/** SDL sorted for a stable committed `schema/schema.graphql`. */
export function printSortedSchema(): string {
  return printSchema(lexicographicSortSchema(buildBaseSchema())) + '\n';
}
