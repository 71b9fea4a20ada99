import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../src/context';
import { idOf, idsOf } from './ids';
import {
  AcceptInvitationInput,
  AddOrganizationMemberInput,
  ChangeMemberRoleInput,
  OrganizationMemberPayload,
  OrganizationMemberRefInput,
  RemoveOrganizationMemberPayload,
  SetOrganizationMemberExpiryInput,
  UpdateBillingInformationInput,
  UpdateBillingInformationPayload,
} from './types/members';

/** Onboarding, offboarding, roles and billing of an organization (R-PR-3, R-PA-1). */
@Resolver()
export class MemberResolver {
  @Mutation(() => OrganizationMemberPayload, {
    description:
      'Onboard a user by email: add as active or invite; occupies a seat (R-PR-3, R-PR-4).',
  })
  async addOrganizationMember(
    @Arg('input') input: AddOrganizationMemberInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.members.addOrganizationMember({
      organizationId: idOf(input.organizationId, 'Organization'),
      email: input.email,
      name: input.name,
      role: input.role,
      license: input.license,
      invite: input.invite,
      teamIds: idsOf(input.teamIds, 'Team', 'teamIds'),
      expiresAt: input.expiresAt,
    });
    return { member };
  }

  @Mutation(() => OrganizationMemberPayload, {
    description: 'Send an invitation again; its 30 days start over (R-BK-2).',
  })
  async resendInvitation(
    @Arg('input') input: OrganizationMemberRefInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.members.resendInvitation({
      organizationId: idOf(input.organizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
    });
    return { member };
  }

  @Mutation(() => RemoveOrganizationMemberPayload, {
    description: 'Revoke a pending invitation; frees its seat.',
  })
  async revokeInvitation(
    @Arg('input') input: OrganizationMemberRefInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveOrganizationMemberPayload> {
    const organizationId = idOf(input.organizationId, 'Organization');
    await ctx.services.members.revokeInvitation({
      organizationId,
      userId: idOf(input.userId, 'User'),
    });
    return {
      removedUserId: input.userId,
      organization: (await ctx.loaders.organization.load(organizationId))!,
    };
  }

  @Mutation(() => OrganizationMemberPayload, {
    description: 'Accept your own invitation within 30 days: you become an active member.',
  })
  async acceptInvitation(
    @Arg('input') input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.members.acceptInvitation(
      idOf(input.organizationId, 'Organization'),
    );
    return { member };
  }

  @Mutation(() => RemoveOrganizationMemberPayload, {
    description: 'Offboard a user; frees its seat. Never the last super admin (R-PA-8).',
  })
  async removeOrganizationMember(
    @Arg('input') input: OrganizationMemberRefInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveOrganizationMemberPayload> {
    const organizationId = idOf(input.organizationId, 'Organization');
    await ctx.services.members.removeOrganizationMember({
      organizationId,
      userId: idOf(input.userId, 'User'),
    });
    return {
      removedUserId: input.userId,
      organization: (await ctx.loaders.organization.load(organizationId))!,
    };
  }

  @Mutation(() => OrganizationMemberPayload, {
    description: "Change a member's role (R-PR-3); never demotes the last super admin (R-PA-8).",
  })
  async changeMemberRole(
    @Arg('input') input: ChangeMemberRoleInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.members.changeMemberRole({
      organizationId: idOf(input.organizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
      role: input.role,
    });
    return { member };
  }

  @Mutation(() => OrganizationMemberPayload, {
    description:
      "Set or clear the end of a membership (issue 21); the warnings start again. Same rights as changing the member's role.",
  })
  async setOrganizationMemberExpiry(
    @Arg('input') input: SetOrganizationMemberExpiryInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationMemberPayload> {
    const member = await ctx.services.members.setOrganizationMemberExpiry({
      organizationId: idOf(input.organizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
      expiresAt: input.expiresAt,
    });
    return { member };
  }

  @Mutation(() => UpdateBillingInformationPayload, {
    description: 'Update billing information (R-PR-3, R-PA-1).',
  })
  async updateBillingInformation(
    @Arg('input') input: UpdateBillingInformationInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateBillingInformationPayload> {
    const organization = await ctx.services.organizations.updateBillingInformation({
      organizationId: idOf(input.organizationId, 'Organization'),
      email: input.email,
      address: input.address,
    });
    return { organization };
  }
}
