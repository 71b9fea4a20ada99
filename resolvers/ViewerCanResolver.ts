import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  Engagement,
  GroupMembership,
  Organization,
  OrganizationMember,
  Program,
  Team,
} from '../entities';
import type { Context } from '../src/context';
import { scopeOf } from '../src/permissions/scope';
import {
  GroupMembershipViewerCan,
  OrganizationMemberViewerCan,
  VIEWER_CAN_TYPES,
} from './types/viewerCan';

const DESCRIPTION = 'What you may do here: one Boolean per action of the permission matrix.';

@Resolver(() => Organization)
export class OrganizationViewerCanResolver {
  @FieldResolver(() => VIEWER_CAN_TYPES.Organization, { description: DESCRIPTION })
  viewerCan(@Root() org: Organization, @Ctx() ctx: Context): object {
    return ctx.services.viewerCan.forResource('Organization', scopeOf('Organization', org));
  }
}

@Resolver(() => Team)
export class TeamViewerCanResolver {
  @FieldResolver(() => VIEWER_CAN_TYPES.Team, { description: DESCRIPTION })
  viewerCan(@Root() team: Team, @Ctx() ctx: Context): object {
    return ctx.services.viewerCan.forResource('Team', scopeOf('Team', team));
  }
}

@Resolver(() => Program)
export class ProgramViewerCanResolver {
  @FieldResolver(() => VIEWER_CAN_TYPES.Program, { description: DESCRIPTION })
  viewerCan(@Root() program: Program, @Ctx() ctx: Context): object {
    return ctx.services.viewerCan.forResource('Program', scopeOf('Program', program));
  }
}

@Resolver(() => Engagement)
export class EngagementViewerCanResolver {
  @FieldResolver(() => VIEWER_CAN_TYPES.Engagement, { description: DESCRIPTION })
  viewerCan(@Root() engagement: Engagement, @Ctx() ctx: Context): object {
    return ctx.services.viewerCan.forResource(
      'Engagement',
      scopeOf('Engagement', engagement),
      engagement,
    );
  }
}

@Resolver(() => OrganizationMember)
export class MemberViewerCanResolver {
  @FieldResolver(() => OrganizationMemberViewerCan, { description: DESCRIPTION })
  viewerCan(@Root() member: OrganizationMember, @Ctx() ctx: Context): object {
    return ctx.services.viewerCan.forMember(member);
  }
}

@Resolver(() => GroupMembership)
export class GroupMembershipViewerCanResolver {
  @FieldResolver(() => GroupMembershipViewerCan, { description: DESCRIPTION })
  viewerCan(@Root() membership: GroupMembership, @Ctx() ctx: Context): object {
    return ctx.services.viewerCan.forGroupMembership(membership);
  }
}

export const VIEWER_CAN_RESOLVERS = [
  OrganizationViewerCanResolver,
  TeamViewerCanResolver,
  ProgramViewerCanResolver,
  EngagementViewerCanResolver,
  MemberViewerCanResolver,
  GroupMembershipViewerCanResolver,
];
