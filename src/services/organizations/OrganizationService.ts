import {
  AuditEvent,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
} from '../../../entities';
import type { ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs, SortDirection } from '../pagination';
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

  /** Members of the organization; the caller holds `organization.readMembers`. */
  members(org: Organization, args: PageArgs): Promise<Connection<OrganizationMember>> {
    return loadPage(this.deps.loaders, 'organizationMembers', org.id, args);
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

  /** Providers and partners managing it; the caller holds `organization.readManagers`. */
  managers(org: Organization, args: PageArgs): Promise<Connection<ManagedRelationship>> {
    return loadPage(this.deps.loaders, 'organizationManagers', org.id, args);
  }

  /** Programs of a host organization; the caller holds `organization.readPrograms`. */
  programs(org: Organization, args: PageArgs): Promise<Connection<Program>> {
    return loadPage(this.deps.loaders, 'organizationPrograms', org.id, args);
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
