import { Brackets } from 'typeorm';
import { AuditEvent, ManagedRelationship, Organization, Team } from '../../../entities';
import { RelationshipStatus, TeamPrivacy } from '../../../entities/enums';
import type { PageFilter } from '../../loaders/pages';
import { rolesGranting } from '../../permissions/derive';
import type { ServiceDeps } from '../context';
import {
  Connection,
  connectionOfList,
  loadPage,
  PageArgs,
  pageOfQuery,
  parsePage,
  SortDirection,
  sortedPageOfQuery,
  toConnection,
} from '../pagination';
import { auditRangeInvalid } from './errors';
import { seatsRemaining } from './validators';

/** Reads of organizations: each caller holds the read action named on it. */

export interface Seats {
  assigned: number;
  used: number;
  remaining: number;
}

export interface AuditEventFilter {
  action?: string | null;
  actorUserId?: number | null;
  since?: Date | null;
  until?: Date | null;
}

export interface Billing {
  email: string | null;
  address: string | null;
}

export type ClientSortField = 'NAME' | 'PLAN' | 'ASSIGNED' | 'USED' | 'REMAINING';

const CLIENT_SORT: Record<
  ClientSortField,
  { expression: string; valueOf: (o: Organization) => string | number }
> = {
  NAME: { expression: 'o.name', valueOf: (o) => o.name },
  PLAN: { expression: 'o.plan', valueOf: (o) => o.plan },
  ASSIGNED: { expression: 'o.seatsAssigned', valueOf: (o) => o.seatsAssigned },
  USED: { expression: 'o.seatsUsed', valueOf: (o) => o.seatsUsed },
  REMAINING: {
    expression: '(o.seatsAssigned - o.seatsUsed)',
    valueOf: seatsRemaining,
  },
};

/**
 * Organizations the viewer belongs to (active) or manages through a provider or partner
 * relationship, by id. Any signed-in viewer.
 */
export async function visibleToViewer(
  deps: ServiceDeps,
  args: PageArgs,
): Promise<Connection<Organization>> {
  const { access, db } = deps;
  const viewerOrgs = await access.organizationIds();
  if (viewerOrgs.length === 0) return connectionOfList([], args);
  const managerRoles = rolesGranting('organization.read', 'manager');
  const roles = await access.organizationRoles();
  const managerOrgs = viewerOrgs.filter((id) => managerRoles.includes(roles.get(id)!));
  return pageOfQuery(
    () =>
      db
        .getRepository(Organization)
        .createQueryBuilder('o')
        .where(
          new Brackets((w) => {
            w.where('o.id IN (:...viewerOrgs)', { viewerOrgs });
            if (managerOrgs.length) {
              w.orWhere(
                `o.id IN (SELECT r.clientOrganizationId FROM managed_relationship r WHERE r.managerOrganizationId IN (:...managerOrgs) AND r.status <> :ended)`,
                { managerOrgs, ended: RelationshipStatus.ENDED },
              );
            }
          }),
        ),
    'o',
    args,
  );
}

/** Seats of an organization (R-PR-1); the caller holds `organization.readSeats`. */
export function seatsOf(org: Organization): Seats {
  return { assigned: org.seatsAssigned, used: org.seatsUsed, remaining: seatsRemaining(org) };
}

/** Billing information (R-PR-3); the caller holds `organization.readBilling`. */
export function billingOf(org: Organization): Billing {
  return { email: org.billingEmail, address: org.billingAddress };
}

/**
 * Teams of the organization; the caller holds `organization.readTeams`. Private teams are
 * listed only to those the matrix lets see any private team (R-DI-7); members find theirs
 * through their own team list.
 */
export async function teamsOf(
  deps: ServiceDeps,
  org: Organization,
  args: PageArgs,
): Promise<Connection<Team>> {
  const seesPrivate = await deps.access.can('team.read', {
    organizationId: org.id,
    teamPrivacy: TeamPrivacy.PRIVATE,
  });
  return loadPage(
    deps.loaders,
    'organizationTeams',
    org.id,
    args,
    seesPrivate ? undefined : { notIn: { privacy: [TeamPrivacy.PRIVATE] } },
  );
}

/** Client organizations this one manages (R-PR-1); the caller holds `organization.readClients`. */
export async function clientsOf(
  deps: ServiceDeps,
  org: Organization,
  args: PageArgs,
): Promise<Connection<Organization>> {
  const p = await loadPage(deps.loaders, 'organizationClients', org.id, args);
  const relationships = p.rows;
  const clients = await deps.loaders.organization.loadMany(
    relationships.map((r) => r.clientOrganizationId),
  );
  const pairs = relationships
    .map((r, i) => [r, clients[i]] as const)
    .filter(
      (pair): pair is readonly [ManagedRelationship, Organization] =>
        pair[1] instanceof Organization,
    );
  return toConnection(
    pairs.map(([, o]) => o),
    p.hasMore,
    parsePage(args),
    () => Promise.resolve(p.totalCount),
    pairs.map(([r]) => r.id),
  );
}

/**
 * Clients sorted by a column of the clients list (R-PR-1: name, assigned, used, remaining,
 * plan), keyset-paginated. The caller holds `organization.readClients`.
 */
export function clientsSorted(
  deps: ServiceDeps,
  org: Organization,
  order: { field: ClientSortField; direction: SortDirection },
  args: PageArgs,
): Promise<Connection<Organization>> {
  const column = CLIENT_SORT[order.field];
  return sortedPageOfQuery(
    () =>
      deps.db
        .getRepository(Organization)
        .createQueryBuilder('o')
        .innerJoin(
          ManagedRelationship,
          'r',
          'r.clientOrganizationId = o.id AND r.managerOrganizationId = :managerId AND r.status <> :ended',
          { managerId: org.id, ended: RelationshipStatus.ENDED },
        ),
    'o',
    { expression: column.expression, valueOf: column.valueOf, direction: order.direction },
    args,
  );
}

/** The event log, newest first, filtered; the caller holds `organization.readEventLog`. */
export function auditEventsOf(
  deps: ServiceDeps,
  org: Organization,
  filter: AuditEventFilter,
  args: PageArgs,
): Promise<Connection<AuditEvent>> {
  if (filter.since && filter.until && filter.since >= filter.until) throw auditRangeInvalid();
  const pageFilter: PageFilter = {
    eq: {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
    },
    since: filter.since ? { createdAt: filter.since } : {},
    until: filter.until ? { createdAt: filter.until } : {},
  };
  return loadPage(deps.loaders, 'organizationAuditEvents', org.id, args, pageFilter);
}
