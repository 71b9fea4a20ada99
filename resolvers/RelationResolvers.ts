import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  AuditEvent,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
  User,
} from '../entities';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { toGlobalId } from '../src/globalId';
import { PageArgs } from './types/args';
import {
  GroupMembershipConnection,
  OrganizationMemberConnection,
  TeamMemberConnection,
} from './types/connections';

import { invitedNameOf, memberProfile, visibleOrganization } from './visibility';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => OrganizationMemberConnection, {
    description: 'Memberships the viewer may see.',
  })
  memberships(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<OrganizationMember>> {
    return ctx.services.users.memberships(user, page);
  }

  @FieldResolver(() => TeamMemberConnection, {
    description: 'Team memberships the viewer may see.',
  })
  teams(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<TeamMember>> {
    return ctx.services.users.teams(user, page);
  }

  @FieldResolver(() => GroupMembershipConnection, {
    description: 'Program and engagement groups the viewer may see.',
  })
  groups(
    @Root() user: User,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<GroupMembership>> {
    return ctx.services.users.groups(user, page);
  }
}

@Resolver(() => OrganizationMember)
export class OrganizationMemberResolver {
  @FieldResolver(() => User, {
    description:
      'While an existing user has not accepted the invitation, only the email and the name the ' +
      'inviting admin typed: their own profile stays private until they consent.',
  })
  user(@Root() member: OrganizationMember, @Ctx() ctx: Context): User | Promise<User> {
    return memberProfile(ctx, member);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Null when the viewer may not see the organization.',
  })
  organization(
    @Root() member: OrganizationMember,
    @Ctx() ctx: Context,
  ): Promise<Organization | null> {
    return visibleOrganization(ctx, member.organizationId);
  }
}

@Resolver(() => ManagedRelationship)
export class ManagedRelationshipResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Null when the viewer may not see the client.',
  })
  client(@Root() r: ManagedRelationship, @Ctx() ctx: Context): Promise<Organization | null> {
    return visibleOrganization(ctx, r.clientOrganizationId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'Null when the viewer may not see the manager.',
  })
  manager(@Root() r: ManagedRelationship, @Ctx() ctx: Context): Promise<Organization | null> {
    return visibleOrganization(ctx, r.managerOrganizationId);
  }

  @FieldResolver(() => String, {
    description: "The managing organization's name, shown to the client.",
  })
  async managerName(@Root() r: ManagedRelationship, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.organization.load(r.managerOrganizationId))?.name ?? '';
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @FieldResolver(() => TeamMemberConnection)
  members(
    @Root() team: Team,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<TeamMember>> {
    return ctx.services.teams.members(team, page);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() team: Team, @Ctx() ctx: Context): Promise<Organization | null> {
    return visibleOrganization(ctx, team.organizationId);
  }
}

@Resolver(() => TeamMember)
export class TeamMemberResolver {
  @FieldResolver(() => User, { description: 'As on OrganizationMember.user.' })
  async user(@Root() member: TeamMember, @Ctx() ctx: Context): Promise<User> {
    const invitedName = await invitedNameOf(ctx, member.userId, member.organizationId);
    return memberProfile(ctx, { userId: member.userId, invitedName });
  }

  @FieldResolver(() => Team)
  team(@Root() member: TeamMember, @Ctx() ctx: Context): Team | Promise<Team> {
    return ctx.loaders.team.loadNow(member.teamId) as Team | Promise<Team>;
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipResolver {
  @FieldResolver(() => User)
  async user(@Root() m: GroupMembership, @Ctx() ctx: Context): Promise<User> {
    return (await ctx.loaders.user.load(m.userId))!;
  }

  @FieldResolver(() => String, { description: 'The organization the member acts for.' })
  async organizationName(@Root() m: GroupMembership, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.organization.load(m.memberOrganizationId))?.name ?? '';
  }

  @FieldResolver(() => Program)
  async program(@Root() m: GroupMembership, @Ctx() ctx: Context): Promise<Program> {
    return (await ctx.loaders.program.load(m.programId))!;
  }

  @FieldResolver(() => Engagement, {
    nullable: true,
    description: 'Null for program-scope groups.',
  })
  engagement(
    @Root() m: GroupMembership,
    @Ctx() ctx: Context,
  ): Engagement | null | Promise<Engagement | null> {
    return m.engagementId === null ? null : ctx.loaders.engagement.loadNow(m.engagementId);
  }
}

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Who acted; null for the system actor. Whoever may read the event log sees who acted in ' +
      'it, a provider or partner user included, as `filter.actorId` matches it.',
  })
  async actor(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<User | null> {
    if (event.actorUserId === null) return null;
    const reader = await ctx.access.can('organization.readEventLog', {
      organizationId: event.organizationId,
    });
    return reader ? ctx.loaders.user.load(event.actorUserId) : null;
  }

  @FieldResolver(() => String, { description: 'Global id of the object the event is about.' })
  targetId(@Root() event: AuditEvent): string {
    return toGlobalId(event.targetType, event.targetId);
  }

  @FieldResolver(() => String, { description: 'Event details as JSON text.' })
  metadata(@Root() event: AuditEvent): string {
    return JSON.stringify(event.metadata ?? {});
  }
}
