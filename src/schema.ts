import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { NodeResolver } from '../resolvers/NodeResolver';
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
import { SubscriptionResolver } from '../resolvers/SubscriptionResolver';
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
import { applyPermissions } from './permissions/shield';

let base: GraphQLSchema | undefined;

/** The schema as type-graphql builds it from the code, without permissions. */
export function buildBaseSchema(): GraphQLSchema {
  base ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
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
    ],
    validate: { forbidUnknownValues: false },
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
  return base;
}

/** The served schema: the base schema with the permission layer applied. */
export function buildSchema(): GraphQLSchema {
  return applyPermissions(buildBaseSchema());
}

/** SDL sorted for a stable committed `schema/schema.graphql`. */
export function printSortedSchema(): string {
  return printSchema(lexicographicSortSchema(buildBaseSchema())) + '\n';
}
