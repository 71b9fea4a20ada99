import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Organization, User } from '../entities';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { idOf } from './ids';
import { PageArgs } from './types/args';
import { OrganizationConnection } from './types/connections';

@Resolver()
export class ViewerResolver {
  @Query(() => User, { description: 'The signed-in user.' })
  viewer(@Ctx() ctx: Context): User {
    return ctx.viewer!;
  }

  @Query(() => OrganizationConnection, {
    description: 'Organizations the viewer belongs to or manages as a provider or partner.',
  })
  organizations(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Organization>> {
    return ctx.services.organizations.visibleToViewer(page);
  }

  @Query(() => Organization, { description: 'One organization; NOT_FOUND when not visible.' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organization> {
    const [organization] = await ctx.access.require('organization.read', [
      idOf(id, 'Organization'),
    ]);
    return organization;
  }
}
