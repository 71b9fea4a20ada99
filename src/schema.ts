import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { NodeResolver } from '../resolvers/NodeResolver';
import { OrganizationResolver } from '../resolvers/OrganizationResolver';
import {
  AuditEventResolver,
  EngagementResolver,
  GroupMembershipResolver,
  ManagedRelationshipResolver,
  OrganizationMemberResolver,
  ProgramResolver,
  TeamMemberResolver,
  TeamResolver,
  UserResolver,
} from '../resolvers/RelationResolvers';
import { ViewerResolver } from '../resolvers/ViewerResolver';
import { applyPermissions } from './permissions/shield';

let base: GraphQLSchema | undefined;

/** The schema as type-graphql builds it from the code, without permissions. */
export function buildBaseSchema(): GraphQLSchema {
  base ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
      ViewerResolver,
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
    ],
    validate: { forbidUnknownValues: false },
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
