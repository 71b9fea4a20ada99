import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../src/context';
import type { Action } from '../src/permissions/matrix';
import { publishedMatrix } from '../src/permissions/published';
import type { Connection } from '../src/services/pagination';
import type { Holder } from '../src/services/permissions/ExplainService';
import { idOf } from './ids';
import { PageArgs } from './types/args';
import { PermissionAction } from './types/permissionAction';
import { connectionOfType } from './types/connections';
import { userRef } from './types/events';
import { AccessExplanation, AccessHolder, PermissionMatrixRow } from './types/explain';

const AccessHolderConnection = connectionOfType(AccessHolder);

@Resolver()
export class ExplainResolver {
  @Query(() => AccessExplanation, {
    nullable: true,
    description:
      'Whether a user may do an action (e.g. ENGAGEMENT_ADD_POWER_USERS) on a resource, with the grant paths or the rule that denies. About yourself, or, for admins of the resource, about anyone you can see.',
  })
  explainAccess(
    @Arg('userId', () => ID) userId: string,
    @Arg('action', () => PermissionAction) action: Action,
    @Arg('resourceId', () => ID) resourceId: string,
    @Ctx() ctx: Context,
  ): Promise<AccessExplanation> {
    return ctx.services.explain.explain({ userId: idOf(userId, 'User'), action, resourceId });
  }

  @Query(() => AccessHolderConnection, {
    nullable: true,
    description:
      'The users who hold an action on a resource, with their grant paths, delegation included, deactivated members excluded. For admins of the resource.',
  })
  async whoCan(
    @Arg('action', () => PermissionAction) action: Action,
    @Arg('resourceId', () => ID) resourceId: string,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessHolder>> {
    const holders = await ctx.services.explain.whoCan({ action, resourceId }, page);
    return {
      ...holders,
      edges: holders.edges.map((e) => ({
        cursor: e.cursor,
        node: { user: userRef((e.node as Holder).user), paths: (e.node as Holder).paths },
      })),
    };
  }

  @Query(() => [PermissionMatrixRow], {
    description: 'The permission matrix: every action, who holds it at each scope, and its rules.',
  })
  permissionMatrix(): PermissionMatrixRow[] {
    return publishedMatrix();
  }
}
