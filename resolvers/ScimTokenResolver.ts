import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Organization, ScimToken } from '../entities';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { idOf } from './ids';
import { PageArgs } from './types/args';
import {
  CreateScimTokenInput,
  CreateScimTokenPayload,
  RevokeScimTokenInput,
  RevokeScimTokenPayload,
  ScimTokenConnection,
} from './types/scim';

/** SCIM provisioning tokens of an organization (R-PA-10): super admins only. */
@Resolver(() => Organization)
export class ScimTokenResolver {
  @FieldResolver(() => ScimTokenConnection, {
    nullable: true,
    description: 'SCIM provisioning tokens, newest first, without their secrets (R-PA-10).',
  })
  scimTokens(
    @Root() org: Organization,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ScimToken>> {
    return ctx.services.scimTokens.list(org, page);
  }

  @Mutation(() => CreateScimTokenPayload, {
    description:
      'A bearer token for SCIM 2.0 provisioning of the organization at /scim/v2 (super admins only, never partner admins: R-PA-10). The secret is returned once.',
  })
  async createScimToken(
    @Arg('input') input: CreateScimTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateScimTokenPayload> {
    const { token, secret } = await ctx.services.scimTokens.create({
      organizationId: idOf(input.organizationId, 'Organization'),
      name: input.name,
    });
    return { scimToken: token, secret };
  }

  @Mutation(() => RevokeScimTokenPayload, {
    description: 'Revokes a SCIM token: it authorizes nothing from now on (R-PA-10).',
  })
  async revokeScimToken(
    @Arg('input') input: RevokeScimTokenInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeScimTokenPayload> {
    const scimToken = await ctx.services.scimTokens.revoke(idOf(input.scimTokenId, 'ScimToken'));
    return { scimToken };
  }
}
