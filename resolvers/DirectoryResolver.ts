import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Organization, OrganizationMember } from '../entities';
import type { Context } from '../src/context';
import type { DirectoryFilter } from '../src/services/directory/DirectoryService';
import type { BatchResult } from '../src/services/directory/BatchService';
import type { Connection } from '../src/services/pagination';
import { idOf, idsOf, optionalIdOf } from './ids';
import { PageArgs } from './types/args';
import { bulkFieldsOf } from './types/bulk';
import { OrganizationMemberConnection } from './types/connections';
import {
  BatchUpdateMembersInput,
  BatchUpdateMembersPayload,
  ChangeMemberLicenseInput,
  DirectoryFilterInput,
  SetMemberTeamsInput,
} from './types/directory';
import { OrganizationMemberPayload, OrganizationMemberRefInput } from './types/members';

export function directoryFilterOf(input: DirectoryFilterInput | null | undefined): DirectoryFilter {
  return {
    roles: input?.roles,
    licenses: input?.licenses,
    teamId: optionalIdOf(input?.teamId, 'Team'),
    activityDays: input?.activity ?? null,
    activitySince: input?.activitySince ?? null,
    active: input?.active,
    search: input?.search,
    hideInvited: input?.hideInvited,
  };
}

@Resolver(() => Organization)
export class DirectoryResolver {
  @FieldResolver(() => OrganizationMemberConnection, {
    nullable: true,
    description:
      'The user directory (R-DI-3, R-DI-4): filtered, active and deactivated members first, then invited users (R-BK-2). Also as CSV: GET /exports/organizations/<id>/directory.csv.',
  })
  directory(
    @Root() org: Organization,
    @Arg('filter', () => DirectoryFilterInput, { nullable: true })
    filter: DirectoryFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<OrganizationMember>> {
    return ctx.services.directory.directory(org, directoryFilterOf(filter), page);
  }

  @Mutation(() => BatchUpdateMembersPayload, {
    description:
      'Bulk change of at most 50 users (R-BK-1): one result per user, dryRun, atomic, idempotencyKey.',
  })
  async batchUpdateMembers(
    @Arg('input') input: BatchUpdateMembersInput,
    @Ctx() ctx: Context,
  ): Promise<BatchUpdateMembersPayload> {
    const result = await ctx.services.batches.batchUpdateMembers({
      organizationId: idOf(input.organizationId, 'Organization'),
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      operation: input.operation,
      teamIds: input.teamIds ? idsOf(input.teamIds, 'Team', 'teamIds') : undefined,
      removeFromCurrentTeams: input.removeFromCurrentTeams,
      newTeamName: input.newTeamName,
      teamId: optionalIdOf(input.teamId, 'Team'),
      license: input.license,
      dryRun: input.dryRun,
      atomic: input.atomic,
      idempotencyKey: input.idempotencyKey,
    });
    return payloadOf(result, ctx);
  }

  @Mutation(() => OrganizationMemberPayload, {
    description: "Switch one member's license (R-DI-5).",
  })
  async changeMemberLicense(
    @Arg('input') input: ChangeMemberLicenseInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.batches.changeMemberLicense({
      organizationId: idOf(input.organizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
      license: input.license,
    });
    return { member };
  }

  @Mutation(() => OrganizationMemberPayload, { description: "Set one member's teams (R-DI-5)." })
  async setMemberTeams(
    @Arg('input') input: SetMemberTeamsInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.batches.setMemberTeams({
      organizationId: idOf(input.organizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
      teamIds: idsOf(input.teamIds, 'Team', 'teamIds'),
    });
    return { member };
  }

  @Mutation(() => OrganizationMemberPayload, {
    description: 'Deactivate a member: frees its seat, keeps its history (R-DI-5).',
  })
  async deactivateMember(
    @Arg('input') input: OrganizationMemberRefInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    return { member: await ctx.services.batches.deactivateMember(memberRefOf(input)) };
  }

  @Mutation(() => OrganizationMemberPayload, {
    description: 'Reactivate a member: takes a seat (R-DI-5, R-PR-4).',
  })
  async reactivateMember(
    @Arg('input') input: OrganizationMemberRefInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    return { member: await ctx.services.batches.reactivateMember(memberRefOf(input)) };
  }
}

function memberRefOf(input: OrganizationMemberRefInput) {
  return {
    organizationId: idOf(input.organizationId, 'Organization'),
    userId: idOf(input.userId, 'User'),
  };
}

@Resolver(() => OrganizationMember)
export class DirectoryEntryResolver {
  @FieldResolver(() => Int, { description: 'Number of teams in the organization (R-DI-3).' })
  teamCount(@Root() member: OrganizationMember, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.directory.teamCount(member);
  }
}

async function payloadOf(result: BatchResult, ctx: Context): Promise<BatchUpdateMembersPayload> {
  const users = await Promise.all(
    result.items.map(async (i) =>
      (await ctx.access.can('user.read', { userId: i.id })) ? ctx.loaders.user.load(i.id) : null,
    ),
  );
  return {
    applied: result.applied,
    dryRun: result.dryRun,
    atomic: result.atomic,
    failed: result.items.filter((i) => i.error).length,
    createdTeam: result.createdTeamId ? await ctx.loaders.team.load(result.createdTeamId) : null,
    results: result.items.map((i, k) => ({ ...bulkFieldsOf(i, 'User'), user: users[k], ok: i.ok })),
  };
}
