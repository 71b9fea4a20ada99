import { Field, ObjectType } from 'type-graphql';
import type { Action } from '../../src/permissions/matrix';
import { UserRef } from './engagement';
import { PermissionAction } from './permissionAction';

@ObjectType({ description: 'One way a user holds an action: its grant path.' })
export class GrantPathInfo {
  @Field({ description: 'The matrix scope that matched: organization, manager, engagement, ...' })
  scope!: string;

  @Field({ description: 'The holding, in words with names.' })
  description!: string;
}

@ObjectType({ description: 'Whether a user may do an action on a resource, and why.' })
export class AccessExplanation {
  @Field(() => PermissionAction)
  action!: Action;

  @Field()
  allowed!: boolean;

  @Field(() => String, { nullable: true, description: 'When denied: the DOMAIN.md rule.' })
  rule!: string | null;

  @Field()
  reason!: string;

  @Field(() => [GrantPathInfo])
  paths!: GrantPathInfo[];
}

@ObjectType({ description: 'A user who holds the action, with its grant paths.' })
export class AccessHolder {
  @Field(() => UserRef)
  user!: UserRef;

  @Field(() => [GrantPathInfo])
  paths!: GrantPathInfo[];
}

@ObjectType({ description: 'One grant of a matrix row.' })
export class PermissionGrant {
  @Field()
  scope!: string;

  @Field(() => [String], { description: 'Organization or team roles, or groups.' })
  holders!: string[];

  @Field(() => String, { nullable: true })
  permission!: string | null;

  @Field(() => [String], { description: 'Manager kinds it is limited to (empty: any).' })
  managerKinds!: string[];

  @Field()
  ownOrganizationOnly!: boolean;

  @Field()
  text!: string;
}

@ObjectType({ description: 'One action of the permission matrix.' })
export class PermissionMatrixRow {
  @Field(() => PermissionAction)
  action!: Action;

  @Field()
  resource!: string;

  @Field()
  description!: string;

  @Field(() => [String])
  rules!: string[];

  @Field(() => [PermissionGrant])
  grants!: PermissionGrant[];
}
