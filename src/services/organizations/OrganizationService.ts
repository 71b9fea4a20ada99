import {
  AuditEvent,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
} from '../../../entities';
import type { ServiceDeps } from '../context';
import type { Connection, PageArgs, SortDirection } from '../pagination';
import { changeClientSeats } from './changeSeats';
import { createClientOrganization } from './createClient';
import * as queries from './queries';
import type { AuditEventFilter, Billing, ClientSortField, Seats } from './queries';
import { updateBillingInformation } from './updateBilling';

export type { AuditEventFilter, Billing, ClientSortField, Seats } from './queries';

/**
 * Organizations: their reads (`queries.ts`) and the commands on them, one file each. A facade,
 * so resolvers and the context keep one object per area.
 */
export class OrganizationService {
  constructor(private readonly deps: ServiceDeps) {}

  visibleToViewer(args: PageArgs): Promise<Connection<Organization>> {
    return queries.visibleToViewer(this.deps, args);
  }

  seats(org: Organization): Seats {
    return queries.seatsOf(org);
  }

  members(org: Organization, args: PageArgs): Promise<Connection<OrganizationMember>> {
    return queries.membersOf(this.deps, org, args);
  }

  teams(org: Organization, args: PageArgs): Promise<Connection<Team>> {
    return queries.teamsOf(this.deps, org, args);
  }

  clients(org: Organization, args: PageArgs): Promise<Connection<Organization>> {
    return queries.clientsOf(this.deps, org, args);
  }

  clientsSorted(
    org: Organization,
    order: { field: ClientSortField; direction: SortDirection },
    args: PageArgs,
  ): Promise<Connection<Organization>> {
    return queries.clientsSorted(this.deps, org, order, args);
  }

  billing(org: Organization): Billing {
    return queries.billingOf(org);
  }

  managers(org: Organization, args: PageArgs): Promise<Connection<ManagedRelationship>> {
    return queries.managersOf(this.deps, org, args);
  }

  programs(org: Organization, args: PageArgs): Promise<Connection<Program>> {
    return queries.programsOf(this.deps, org, args);
  }

  auditEvents(
    org: Organization,
    filter: AuditEventFilter,
    args: PageArgs,
  ): Promise<Connection<AuditEvent>> {
    return queries.auditEventsOf(this.deps, org, filter, args);
  }

  updateBillingInformation(
    input: Parameters<typeof updateBillingInformation>[1],
  ): Promise<Organization> {
    return updateBillingInformation(this.deps, input);
  }

  createClientOrganization(
    input: Parameters<typeof createClientOrganization>[1],
  ): Promise<{ organization: Organization; relationship: ManagedRelationship }> {
    return createClientOrganization(this.deps, input);
  }

  changeClientSeats(input: Parameters<typeof changeClientSeats>[1]): Promise<Organization> {
    return changeClientSeats(this.deps, input);
  }
}
