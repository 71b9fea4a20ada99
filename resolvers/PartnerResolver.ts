import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AccessLink, Organization, OrganizationMember, PermissionSet } from '../entities';
import { AccessLinkStatus } from '../entities/enums';
import type { Context } from '../src/context';
import type { Connection } from '../src/services/pagination';
import { idOf, idsOf, optionalIdOf } from './ids';
import { doneItem } from '../src/services/common/bulk';
import { PageArgs } from './types/args';
import { bulkFieldsOf, memberResultsOf } from './types/bulk';
import { AccessLinkConnection } from './types/connections';
import { OrganizationRef, UserRef } from './types/engagement';
import { ref, userRef } from './types/events';
import {
  AccessLinkPayload,
  AddPartnerEmployeesInput,
  CreateAccessLinkInput,
  CreatePermissionSetInput,
  DecideAccessLinkInput,
  PartnerEmployeeInput,
  PartnerEmployeePayload,
  PartnerEmployeesInput,
  PartnerEmployeesPayload,
  PermissionSetPayload,
  RemovePartnerEmployeesInput,
  RemovePartnerEmployeesPayload,
  RelationshipPayload,
  RenewRelationshipInput,
  SetReportsAccessInput,
  SwitchToPartnerAdminInput,
} from './types/partners';

function employeesOf(input: PartnerEmployeesInput) {
  return {
    clientOrganizationId: idOf(input.clientOrganizationId, 'Organization'),
    userIds: idsOf(input.userIds, 'User', 'userIds'),
  };
}

@Resolver(() => Organization)
export class ClientAccountResolver {
  @FieldResolver(() => [PermissionSet], {
    nullable: true,
    description: "The client account's permission sets.",
  })
  permissionSets(@Root() org: Organization, @Ctx() ctx: Context): Promise<PermissionSet[]> {
    return ctx.services.partners.permissionSets(org);
  }

  @FieldResolver(() => AccessLinkConnection, {
    nullable: true,
    description: 'Access links sent to this client account, newest first (R-PA-2).',
  })
  accessLinks(
    @Root() org: Organization,
    @Arg('status', () => AccessLinkStatus, { nullable: true }) status: AccessLinkStatus | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AccessLink>> {
    return ctx.services.partners.accessLinks(org, status, page);
  }
}

@Resolver(() => OrganizationMember)
export class PartnerEmployeeResolver {
  @FieldResolver(() => PermissionSet, {
    nullable: true,
    description: "A partner admin's permission set (R-PA-3).",
  })
  permissionSet(@Root() m: OrganizationMember, @Ctx() ctx: Context): Promise<PermissionSet | null> {
    return m.permissionSetId === null
      ? Promise.resolve(null)
      : ctx.loaders.permissionSet.load(m.permissionSetId);
  }

  @FieldResolver(() => OrganizationRef, {
    nullable: true,
    description: 'For a partner employee: the partner it works for.',
  })
  async partnerOrganization(
    @Root() m: OrganizationMember,
    @Ctx() ctx: Context,
  ): Promise<OrganizationRef | null> {
    if (m.partnerOrganizationId === null) return null;
    return ref('Organization', (await ctx.loaders.organization.load(m.partnerOrganizationId))!);
  }
}

@Resolver(() => AccessLink)
export class AccessLinkResolver {
  @FieldResolver(() => UserRef)
  async employee(@Root() l: AccessLink, @Ctx() ctx: Context): Promise<UserRef> {
    return userRef((await ctx.loaders.user.load(l.employeeUserId))!);
  }

  @FieldResolver(() => OrganizationRef)
  async client(@Root() l: AccessLink, @Ctx() ctx: Context): Promise<OrganizationRef> {
    return ref('Organization', (await ctx.loaders.organization.load(l.clientOrganizationId))!);
  }

  @FieldResolver(() => OrganizationRef)
  async partner(@Root() l: AccessLink, @Ctx() ctx: Context): Promise<OrganizationRef> {
    return ref('Organization', (await ctx.loaders.organization.load(l.partnerOrganizationId))!);
  }

  @FieldResolver(() => PermissionSet)
  async permissionSet(@Root() l: AccessLink, @Ctx() ctx: Context): Promise<PermissionSet> {
    return (await ctx.loaders.permissionSet.load(l.permissionSetId))!;
  }

  @Mutation(() => PermissionSetPayload, {
    description: 'Create a permission set in a client account (R-PA-3, R-PA-5).',
  })
  async createPermissionSet(
    @Arg('input') input: CreatePermissionSetInput,
    @Ctx() ctx: Context,
  ): Promise<PermissionSetPayload> {
    const permissionSet = await ctx.services.partners.createPermissionSet({
      organizationId: idOf(input.organizationId, 'Organization'),
      name: input.name,
      permissions: input.permissions,
    });
    return { permissionSet };
  }

  @Mutation(() => AccessLinkPayload, {
    description:
      'Send a client an access link to become its partner admin, for yourself or (as a partner admin) for another employee (R-PA-2).',
  })
  async createAccessLink(
    @Arg('input') input: CreateAccessLinkInput,
    @Ctx() ctx: Context,
  ): Promise<AccessLinkPayload> {
    const accessLink = await ctx.services.partners.createAccessLink({
      clientOrganizationId: idOf(input.clientOrganizationId, 'Organization'),
      permissionSetId: idOf(input.permissionSetId, 'PermissionSet'),
      employeeUserId: optionalIdOf(input.employeeId, 'User'),
      partnerOrganizationId: optionalIdOf(input.partnerOrganizationId, 'Organization'),
    });
    return { accessLink };
  }

  @Mutation(() => AccessLinkPayload, {
    description:
      'Approve an access link: the employee becomes partner admin (client super admins).',
  })
  async approveAccessLink(
    @Arg('input') input: DecideAccessLinkInput,
    @Ctx() ctx: Context,
  ): Promise<AccessLinkPayload> {
    const accessLink = await ctx.services.partners.approveAccessLink(
      idOf(input.accessLinkId, 'AccessLink'),
      input.relationshipExpiresAt ?? null,
    );
    return { accessLink };
  }

  @Mutation(() => AccessLinkPayload, { description: 'Reject an access link.' })
  async rejectAccessLink(
    @Arg('input') input: DecideAccessLinkInput,
    @Ctx() ctx: Context,
  ): Promise<AccessLinkPayload> {
    const accessLink = await ctx.services.partners.rejectAccessLink(
      idOf(input.accessLinkId, 'AccessLink'),
    );
    return { accessLink };
  }

  @Mutation(() => PartnerEmployeesPayload, {
    description:
      'Add partner employees to a client account with a permission set you fully hold (R-PA-3, R-PA-5).',
  })
  async addPartnerEmployees(
    @Arg('input') input: AddPartnerEmployeesInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerEmployeesPayload> {
    const results = await ctx.services.partners.addPartnerEmployees({
      clientOrganizationId: idOf(input.clientOrganizationId, 'Organization'),
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      permissionSetId: idOf(input.permissionSetId, 'PermissionSet'),
    });
    return memberResultsOf(results);
  }

  @Mutation(() => PartnerEmployeePayload, {
    description: 'Link an existing user of the client account to your partner (R-PA-4).',
  })
  async linkPartnerEmployee(
    @Arg('input') input: PartnerEmployeeInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerEmployeePayload> {
    const member = await ctx.services.partners.linkPartnerEmployee({
      clientOrganizationId: idOf(input.clientOrganizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
      permissionSetId: idOf(input.permissionSetId, 'PermissionSet'),
    });
    return { member };
  }

  @Mutation(() => PartnerEmployeePayload, {
    description:
      "Change a partner employee's permission set; you add and remove only permissions you hold (R-PA-5).",
  })
  async changePartnerEmployeePermissions(
    @Arg('input') input: PartnerEmployeeInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerEmployeePayload> {
    const member = await ctx.services.partners.changePartnerEmployeePermissions({
      clientOrganizationId: idOf(input.clientOrganizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
      permissionSetId: idOf(input.permissionSetId, 'PermissionSet'),
    });
    return { member };
  }

  @Mutation(() => RelationshipPayload, {
    description:
      "Renew a partner or provider relationship before it expires (the client's super admins; issue 21).",
  })
  async renewRelationship(
    @Arg('input') input: RenewRelationshipInput,
    @Ctx() ctx: Context,
  ): Promise<RelationshipPayload> {
    const relationship = await ctx.services.partners.renewRelationship({
      relationshipId: idOf(input.relationshipId, 'ManagedRelationship'),
      expiresAt: input.expiresAt,
    });
    return { relationship };
  }

  @Mutation(() => PartnerEmployeePayload, {
    description:
      "Give or take away a partner employee's reports access; no permission set grants it (R-PA-9).",
  })
  async setPartnerReportsAccess(
    @Arg('input') input: SetReportsAccessInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerEmployeePayload> {
    const member = await ctx.services.partners.setPartnerReportsAccess({
      clientOrganizationId: idOf(input.clientOrganizationId, 'Organization'),
      userId: idOf(input.userId, 'User'),
      granted: input.granted,
    });
    return { member };
  }

  @Mutation(() => RemovePartnerEmployeesPayload, {
    description:
      'Remove partner employees from one or several client accounts; dryRun first shows every client and the assets involved (R-PA-6, R-PA-7).',
  })
  async removePartnerEmployees(
    @Arg('input') input: RemovePartnerEmployeesInput,
    @Ctx() ctx: Context,
  ): Promise<RemovePartnerEmployeesPayload> {
    const preview = await ctx.services.partners.removePartnerEmployees({
      clientOrganizationIds: idsOf(
        input.clientOrganizationIds,
        'Organization',
        'clientOrganizationIds',
      ),
      userIds: idsOf(input.userIds, 'User', 'userIds'),
      dryRun: input.dryRun,
    });
    return {
      dryRun: input.dryRun,
      clients: preview.map((p) => ({
        client: ref('Organization', p.client),
        endsRelationship: p.endsRelationship,
        employees: p.employees.map((e) => ({
          ...bulkFieldsOf(doneItem(e.user.id, true), 'User'),
          ...e,
          user: userRef(e.user),
        })),
      })),
    };
  }

  @Mutation(() => PartnerEmployeesPayload, {
    description: 'Deactivate partner employees; the relationship stays (R-PA-7).',
  })
  async deactivatePartnerEmployees(
    @Arg('input') input: PartnerEmployeesInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerEmployeesPayload> {
    return memberResultsOf(
      await ctx.services.partners.deactivatePartnerEmployees(employeesOf(input)),
    );
  }

  @Mutation(() => PartnerEmployeesPayload, {
    description: 'Reactivate partner employees (partner admins only, R-PA-7).',
  })
  async reactivatePartnerEmployees(
    @Arg('input') input: PartnerEmployeesInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerEmployeesPayload> {
    return memberResultsOf(
      await ctx.services.partners.reactivatePartnerEmployees(employeesOf(input)),
    );
  }

  @Mutation(() => PartnerEmployeePayload, {
    description:
      'Switch yourself from super admin to partner admin, optionally keeping billing; never the last super admin (R-PA-8).',
  })
  async switchToPartnerAdmin(
    @Arg('input') input: SwitchToPartnerAdminInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerEmployeePayload> {
    const member = await ctx.services.partners.switchToPartnerAdmin({
      organizationId: idOf(input.organizationId, 'Organization'),
      partnerOrganizationId: optionalIdOf(input.partnerOrganizationId, 'Organization'),
      keepBilling: input.keepBilling,
    });
    return { member };
  }
}
