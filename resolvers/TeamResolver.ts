import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Team, TeamJoinRequest } from '../entities';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { idOf, idsOf } from './ids';
import { PageArgs } from './types/args';
import { memberResultsOf } from './types/bulk';
import { TeamJoinRequestConnection } from './types/connections';
import { UserRef } from './types/engagement';
import { userRef } from './types/events';
import { OrganizationMemberPayload } from './types/members';
import {
  CreateTeamInput,
  DecideTeamJoinRequestInput,
  InviteToTeamInput,
  RemovedPayload,
  SetTeamMembersInput,
  TeamJoinRequestPayload,
  TeamMemberPayload,
  TeamMembersPayload,
  TeamPayload,
  TeamRefInput,
  TeamUserInput,
  UpdateTeamInput,
} from './types/teams';

@Resolver(() => Team)
export class TeamCommandResolver {
  @FieldResolver(() => TeamJoinRequestConnection, {
    nullable: true,
    description: 'Pending requests to join (team admins, company admins; R-DI-7).',
  })
  joinRequests(
    @Root() team: Team,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<TeamJoinRequest>> {
    return ctx.services.teams.joinRequests(team, page);
  }

  @Mutation(() => TeamPayload, { description: 'Create a team; you become its admin.' })
  async createTeam(
    @Arg('input') input: CreateTeamInput,
    @Ctx() ctx: Context,
  ): Promise<TeamPayload> {
    const team = await ctx.services.teams.createTeam({
      organizationId: idOf(input.organizationId, 'Organization'),
      name: input.name,
      privacy: input.privacy,
      invitePolicy: input.invitePolicy,
    });
    return { team };
  }

  @Mutation(() => TeamPayload, {
    description: 'Change name, privacy (R-DI-7) or who may invite (R-DI-2).',
  })
  async updateTeam(
    @Arg('input') input: UpdateTeamInput,
    @Ctx() ctx: Context,
  ): Promise<TeamPayload> {
    const team = await ctx.services.teams.updateTeam({
      teamId: idOf(input.teamId, 'Team'),
      name: input.name ?? undefined,
      privacy: input.privacy ?? undefined,
      invitePolicy: input.invitePolicy ?? undefined,
    });
    return { team };
  }

  @Mutation(() => TeamMembersPayload, {
    description: 'Add users to a team, or promote / revoke team admins (R-DI-2).',
  })
  async setTeamMembers(
    @Arg('input') input: SetTeamMembersInput,
    @Ctx() ctx: Context,
  ): Promise<TeamMembersPayload> {
    const results = await ctx.services.teams.setTeamMembers({
      teamId: idOf(input.teamId, 'Team'),
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      role: input.role,
    });
    return memberResultsOf(results);
  }

  @Mutation(() => RemovedPayload, { description: 'Remove a user from a team (or leave it).' })
  async removeTeamMember(
    @Arg('input') input: TeamUserInput,
    @Ctx() ctx: Context,
  ): Promise<RemovedPayload> {
    await ctx.services.teams.removeTeamMember({
      teamId: idOf(input.teamId, 'Team'),
      userId: idOf(input.userId, 'User'),
    });
    return { removed: true };
  }

  @Mutation(() => TeamMemberPayload, { description: 'Join an open team (R-DI-7).' })
  async joinTeam(
    @Arg('input') input: TeamRefInput,
    @Ctx() ctx: Context,
  ): Promise<TeamMemberPayload> {
    return { member: await ctx.services.teams.joinTeam(idOf(input.teamId, 'Team')) };
  }

  @Mutation(() => TeamJoinRequestPayload, {
    description: 'Ask to join a discoverable team (R-DI-7).',
  })
  async requestToJoinTeam(
    @Arg('input') input: TeamRefInput,
    @Ctx() ctx: Context,
  ): Promise<TeamJoinRequestPayload> {
    return { request: await ctx.services.teams.requestToJoinTeam(idOf(input.teamId, 'Team')) };
  }

  @Mutation(() => TeamJoinRequestPayload, { description: 'Approve a join request.' })
  async approveTeamJoinRequest(
    @Arg('input') input: DecideTeamJoinRequestInput,
    @Ctx() ctx: Context,
  ): Promise<TeamJoinRequestPayload> {
    return {
      request: await ctx.services.teams.approveTeamJoinRequest(
        idOf(input.requestId, 'TeamJoinRequest'),
      ),
    };
  }

  @Mutation(() => TeamJoinRequestPayload, { description: 'Deny a join request.' })
  async denyTeamJoinRequest(
    @Arg('input') input: DecideTeamJoinRequestInput,
    @Ctx() ctx: Context,
  ): Promise<TeamJoinRequestPayload> {
    return {
      request: await ctx.services.teams.denyTeamJoinRequest(
        idOf(input.requestId, 'TeamJoinRequest'),
      ),
    };
  }

  @Mutation(() => OrganizationMemberPayload, {
    description:
      'Invite a new person into the organization and this team (team admins; members when the invite settings allow, R-DI-2).',
  })
  async inviteToTeam(
    @Arg('input') input: InviteToTeamInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.teams.inviteToTeam({
      teamId: idOf(input.teamId, 'Team'),
      email: input.email,
      name: input.name,
    });
    return { member };
  }
}

@Resolver(() => TeamJoinRequest)
export class TeamJoinRequestResolver {
  @FieldResolver(() => UserRef)
  async user(@Root() r: TeamJoinRequest, @Ctx() ctx: Context): Promise<UserRef> {
    return userRef((await ctx.loaders.user.load(r.userId))!);
  }
}
