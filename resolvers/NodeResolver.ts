import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Node } from '../entities/Node';
import type { Context } from '../src/context';
import { toGlobalId } from '../src/globalId';

@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID)
  id(@Root() root: { id: number }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name, root.id);
  }

  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null with a NOT_FOUND error when not visible.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<object> {
    return ctx.services.nodes.node(id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Up to 100 objects; null for each not visible.',
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(object | null)[]> {
    return ctx.services.nodes.nodes(ids);
  }
}
