import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import {
  AuditEvent,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
} from '../entities';
import type { Context } from '../src/context';
import type {
  Billing as BillingData,
  Seats as SeatsData,
} from '../src/services/organizations/OrganizationService';
import { Billing, ClientOrder } from './types/members';
import type { Connection } from '../src/services/pagination';
import { idOf } from './ids';
import { PageArgs } from './types/args';
import {
  AuditEventConnection,
  ManagedRelationshipConnection,
  OrganizationConnection,
  OrganizationMemberConnection,
  ProgramConnection,
  TeamConnection,
} from './types/connections';
import {
  AuditEventFilter,
  ChangeClientSeatsInput,
  ChangeClientSeatsPayload,
  CreateClientOrganizationInput,
  CreateClientOrganizationPayload,
  Seats,
} from './types/organization';

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => Seats, { nullable: true })
  seats(@Root() org: Organization, @Ctx() ctx: Context): SeatsData {
    return ctx.services.organizations.seats(org);
  }

  @FieldResolver(() => OrganizationMemberConnection, { nullable: true })
  members(
    @Root() org: Organization,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<OrganizationMember>> {
    return ctx.services.organizations.members(org, page);
  }

  @FieldResolver(() => TeamConnection, { nullable: true })
  teams(
    @Root() org: Organization,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Team>> {
    return ctx.services.organizations.teams(org, page);
  }

  @FieldResolver(() => OrganizationConnection, {
    nullable: true,
    description: 'Client organizations this provider or partner manages (R-PR-1).',
  })
  clients(
    @Root() org: Organization,
    @Args() page: PageArgs,
    @Arg('orderBy', () => ClientOrder, {
      nullable: true,
      description: 'Sort by a column; default: oldest client first.',
    })
    orderBy: ClientOrder | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Organization>> {
    return orderBy
      ? ctx.services.organizations.clientsSorted(org, orderBy, page)
      : ctx.services.organizations.clients(org, page);
  }

  @FieldResolver(() => Billing, { nullable: true, description: 'Billing information (R-PR-3).' })
  billing(@Root() org: Organization, @Ctx() ctx: Context): BillingData {
    return ctx.services.organizations.billing(org);
  }

  @FieldResolver(() => ManagedRelationshipConnection, {
    nullable: true,
    description: 'Providers and partners managing this organization.',
  })
  managedBy(
    @Root() org: Organization,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ManagedRelationship>> {
    return ctx.services.organizations.managers(org, page);
  }

  @FieldResolver(() => ProgramConnection, {
    nullable: true,
    description: "A host organization's programs.",
  })
  programs(
    @Root() org: Organization,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<Program>> {
    return ctx.services.organizations.programs(org, page);
  }

  @FieldResolver(() => AuditEventConnection, {
    nullable: true,
    description: 'The event log, newest first (R-PR-3).',
  })
  auditEvents(
    @Root() org: Organization,
    @Args() page: PageArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditEvent>> {
    return ctx.services.organizations.auditEvents(
      org,
      {
        action: filter?.action,
        actorUserId: filter?.actorId ? idOf(filter.actorId, 'User') : null,
        since: filter?.since,
        until: filter?.until,
      },
      page,
    );
  }

  @Mutation(() => CreateClientOrganizationPayload, {
    description: 'Create a client organization managed by a provider or partner (R-PR-2).',
  })
  createClientOrganization(
    @Arg('input') input: CreateClientOrganizationInput,
    @Ctx() ctx: Context,
  ): Promise<CreateClientOrganizationPayload> {
    return ctx.services.organizations.createClientOrganization({
      managerId: idOf(input.managerId, 'Organization'),
      name: input.name,
      plan: input.plan,
      seats: input.seats,
    });
  }

  @Mutation(() => ChangeClientSeatsPayload, {
    description: "Change a client's assigned seats, never below used (R-PR-3, R-PR-4).",
  })
  async changeClientSeats(
    @Arg('input') input: ChangeClientSeatsInput,
    @Ctx() ctx: Context,
  ): Promise<ChangeClientSeatsPayload> {
    const organization = await ctx.services.organizations.changeClientSeats({
      organizationId: idOf(input.organizationId, 'Organization'),
      assigned: input.assigned,
    });
    return { organization };
  }
}
