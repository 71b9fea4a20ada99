import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Engagement, GroupMembership, Organization, Program } from '../entities';
import { ProgramGroup } from '../entities/enums';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { idOf, idsOf } from './ids';
import { PageArgs } from './types/args';
import { EngagementConnection, GroupMembershipConnection } from './types/connections';
import {
  AddProgramMembersInput,
  RemoveProgramMembersInput,
  SetProgramMemberExpiryInput,
  CreateProgramInput,
  MembershipChangesPayload,
  membershipChangesOf,
  ProgramPayload,
  UpdateProgramInput,
} from './types/engagement';
import { visibleOrganization } from './visibility';

@Resolver(() => Program)
export class ProgramResolver {
  @FieldResolver(() => EngagementConnection, {
    nullable: true,
    description: "The program's engagements, optionally by partial name (R-MB-4: find by name).",
  })
  engagements(
    @Root() program: Program,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Engagement>> {
    return ctx.services.engagements.engagements(program, search, page);
  }

  @FieldResolver(() => GroupMembershipConnection, {
    nullable: true,
    description: 'Program-scope group members with last access date (R-IN-2).',
  })
  members(
    @Root() program: Program,
    @Arg('group', () => ProgramGroup, { nullable: true }) group: ProgramGroup | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<GroupMembership>> {
    return ctx.services.engagements.programMembers(program, group, page);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The host organization, when visible.',
  })
  hostOrganization(@Root() program: Program, @Ctx() ctx: Context): Promise<Organization | null> {
    return visibleOrganization(ctx, program.hostOrganizationId);
  }

  @Mutation(() => ProgramPayload, {
    description: 'Create a program in a host organization; you become its Program Owner.',
  })
  async createProgram(
    @Arg('input') input: CreateProgramInput,
    @Ctx() ctx: Context,
  ): Promise<ProgramPayload> {
    const program = await ctx.services.engagements.createProgram({
      organizationId: idOf(input.organizationId, 'Organization'),
      name: input.name,
      description: input.description,
    });
    return { program };
  }

  @Mutation(() => ProgramPayload, { description: "Change a program's name or description." })
  async updateProgram(
    @Arg('input') input: UpdateProgramInput,
    @Ctx() ctx: Context,
  ): Promise<ProgramPayload> {
    const program = await ctx.services.engagements.updateProgram({
      programId: idOf(input.programId, 'Program'),
      name: input.name ?? undefined,
      description: input.description ?? undefined,
    });
    return { program };
  }

  @Mutation(() => MembershipChangesPayload, {
    description: 'Add host-organization users to a program group (Program Owners only, R-EN-1).',
  })
  async addProgramMembers(
    @Arg('input') input: AddProgramMembersInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipChangesPayload> {
    const results = await ctx.services.memberships.addProgramMembers({
      programId: idOf(input.programId, 'Program'),
      group: input.group,
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      expiresAt: input.expiresAt,
    });
    return membershipChangesOf(results);
  }

  @Mutation(() => MembershipChangesPayload, {
    description: 'Set or clear the end of program group memberships (Program Owners; issue 21).',
  })
  async setProgramMemberExpiry(
    @Arg('input') input: SetProgramMemberExpiryInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipChangesPayload> {
    const results = await ctx.services.memberships.setProgramMemberExpiry({
      programId: idOf(input.programId, 'Program'),
      group: input.group,
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      expiresAt: input.expiresAt,
    });
    return membershipChangesOf(results);
  }

  @Mutation(() => MembershipChangesPayload, {
    description: 'Remove users from a program group (Program Owners only).',
  })
  async removeProgramMembers(
    @Arg('input') input: RemoveProgramMembersInput,
    @Ctx() ctx: Context,
  ): Promise<MembershipChangesPayload> {
    const results = await ctx.services.memberships.removeProgramMembers({
      programId: idOf(input.programId, 'Program'),
      group: input.group,
      userIds: idsOf(input.userIds, 'User', 'userIds'),
    });
    return membershipChangesOf(results);
  }
}
