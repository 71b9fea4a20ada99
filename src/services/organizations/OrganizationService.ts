import { Brackets } from 'typeorm';
import {
  AuditEvent,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
} from '../../../entities';
import { OrganizationKind, Plan, RelationshipStatus, TeamPrivacy } from '../../../entities/enums';
import { BadUserInputError, ConflictError } from '../../errors';
import type { PageFilter } from '../../loaders/pages';
import { rolesGranting } from '../../permissions/derive';
import { recordAudit } from '../audit';
import { requireViewer, ServiceDeps } from '../context';
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
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import { validateEmail } from './MemberService';
import { validateClientInput, validateSeatCount } from './validators';

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

const MAX_SEAT_RETRIES = 5;

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
    valueOf: (o) => o.seatsAssigned - o.seatsUsed,
  },
};

export class OrganizationService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * Organizations the viewer belongs to (active) or manages through a provider or partner
   * relationship, by id. Any signed-in viewer.
   */
  async visibleToViewer(args: PageArgs): Promise<Connection<Organization>> {
    const { access, db } = this.deps;
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
  seats(org: Organization): Seats {
    return {
      assigned: org.seatsAssigned,
      used: org.seatsUsed,
      remaining: org.seatsAssigned - org.seatsUsed,
    };
  }

  /** Members of the organization; the caller holds `organization.readMembers`. */
  async members(org: Organization, args: PageArgs): Promise<Connection<OrganizationMember>> {
    return loadPage(this.deps.loaders, 'organizationMembers', org.id, args);
  }

  /**
   * Teams of the organization; the caller holds `organization.readTeams`. Private teams are
   * listed only to those the matrix lets see any private team (R-DI-7); members find theirs
   * through their own team list.
   */
  async teams(org: Organization, args: PageArgs): Promise<Connection<Team>> {
    const seesPrivate = await this.deps.access.can('team.read', {
      organizationId: org.id,
      teamPrivacy: TeamPrivacy.PRIVATE,
    });
    return loadPage(
      this.deps.loaders,
      'organizationTeams',
      org.id,
      args,
      seesPrivate ? undefined : { notIn: { privacy: [TeamPrivacy.PRIVATE] } },
    );
  }

  /** Client organizations this one manages (R-PR-1); the caller holds `organization.readClients`. */
  async clients(org: Organization, args: PageArgs): Promise<Connection<Organization>> {
    const p = await loadPage(this.deps.loaders, 'organizationClients', org.id, args);
    const relationships = p.rows;
    const clients = await this.deps.loaders.organization.loadMany(
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
  clientsSorted(
    org: Organization,
    order: { field: ClientSortField; direction: SortDirection },
    args: PageArgs,
  ): Promise<Connection<Organization>> {
    const column = CLIENT_SORT[order.field];
    return sortedPageOfQuery(
      () =>
        this.deps.db
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

  /** Billing information (R-PR-3); the caller holds `organization.readBilling`. */
  billing(org: Organization): Billing {
    return { email: org.billingEmail, address: org.billingAddress };
  }

  /**
   * Updates the billing information. Caller holds `organization.updateBilling` (provider admins,
   * super admins, partner admins who kept billing; R-PR-3, R-PA-1, R-PA-8). Errors: NOT_FOUND,
   * FORBIDDEN, BAD_USER_INPUT.
   */
  async updateBilling(input: {
    organizationId: number;
    email: string;
    address: string;
  }): Promise<Organization> {
    const viewer = requireViewer(this.deps);
    const [org] = await this.deps.access.require('organization.updateBilling', [
      input.organizationId,
    ]);
    const email = validateEmail(input.email, 'email');
    const address = boundedText(input.address, 'address', { max: 1000 });
    const updated = await runCommand(this.deps, async ({ em }) => {
      await em.update(
        Organization,
        { id: org.id },
        { billingEmail: email, billingAddress: address },
      );
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: org.id,
          actorUserId: viewer.id,
          action: 'organization.billing.updated',
          targetType: 'Organization',
          targetId: org.id,
          metadata: { email },
        },
      ]);
      return em.findOneByOrFail(Organization, { id: org.id });
    });
    this.deps.loaders.organization.clear(updated.id).prime(updated.id, updated);
    return updated;
  }

  /** Providers and partners managing this organization; the caller holds `organization.readManagers`. */
  async managers(org: Organization, args: PageArgs): Promise<Connection<ManagedRelationship>> {
    return loadPage(this.deps.loaders, 'organizationManagers', org.id, args);
  }

  /** Programs of a host organization; the caller holds `organization.readPrograms`. */
  async programs(org: Organization, args: PageArgs): Promise<Connection<Program>> {
    return loadPage(this.deps.loaders, 'organizationPrograms', org.id, args);
  }

  /** The event log, newest first, filtered; the caller holds `organization.readEventLog`. */
  async auditEvents(
    org: Organization,
    filter: AuditEventFilter,
    args: PageArgs,
  ): Promise<Connection<AuditEvent>> {
    if (filter.since && filter.until && filter.since >= filter.until) {
      throw new BadUserInputError('since must be before until.', 'since');
    }
    const pageFilter: PageFilter = {
      eq: {
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.actorUserId ? { actorUserId: filter.actorUserId } : {}),
      },
      since: filter.since ? { createdAt: filter.since } : {},
      until: filter.until ? { createdAt: filter.until } : {},
    };
    return loadPage(this.deps.loaders, 'organizationAuditEvents', org.id, args, pageFilter);
  }

  /**
   * Creates a client organization managed by `managerId` (R-PR-2). Caller: an admin of the
   * provider or partner (`organization.createClient`). Errors: NOT_FOUND, FORBIDDEN,
   * BAD_USER_INPUT.
   */
  async createClient(input: {
    managerId: number;
    name: string;
    plan: Plan;
    seats: number;
  }): Promise<{ organization: Organization; relationship: ManagedRelationship }> {
    const viewer = requireViewer(this.deps);
    const [manager] = await this.deps.access.require('organization.createClient', [
      input.managerId,
    ]);
    if (manager.kind !== OrganizationKind.PROVIDER && manager.kind !== OrganizationKind.PARTNER) {
      throw new BadUserInputError(
        'Only provider and partner organizations manage clients.',
        'managerId',
      );
    }
    const { name, seats } = validateClientInput(input);
    const now = this.deps.clock.now();
    return this.deps.transact(async (em) => {
      const organization = await em.save(
        em.create(Organization, {
          name,
          kind: OrganizationKind.CLIENT,
          plan: input.plan,
          seatsAssigned: seats,
          seatsUsed: 0,
          createdAt: now,
        }),
      );
      const relationship = await em.save(
        em.create(ManagedRelationship, {
          managerOrganizationId: manager.id,
          clientOrganizationId: organization.id,
          status: RelationshipStatus.ACTIVE,
          lastPartnerActivityAt: now,
          endsAt: null,
          createdAt: now,
        }),
      );
      const metadata = { name, plan: input.plan, seats, managerOrganizationId: manager.id };
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: manager.id,
          actorUserId: viewer.id,
          action: 'client.created',
          targetType: 'Organization',
          targetId: organization.id,
          metadata,
        },
        {
          organizationId: organization.id,
          actorUserId: viewer.id,
          action: 'organization.created',
          targetType: 'Organization',
          targetId: organization.id,
          metadata,
        },
      ]);
      return { organization, relationship };
    });
  }

  /**
   * Sets a client's assigned seats (R-PR-3), never below the seats in use (R-PR-4). Caller: a
   * provider admin or service user of a managing organization (`organization.changeSeats`).
   * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (below used).
   */
  async changeSeats(input: { organizationId: number; assigned: number }): Promise<Organization> {
    const viewer = requireViewer(this.deps);
    await this.deps.access.require('organization.changeSeats', [input.organizationId]);
    const assigned = validateSeatCount(input.assigned);
    for (let attempt = 0; attempt < MAX_SEAT_RETRIES; attempt++) {
      const updated = await this.deps.transact(async (em) => {
        const current = await em.findOneByOrFail(Organization, { id: input.organizationId });
        if (current.seatsUsed > assigned) {
          throw new BadUserInputError(
            `Cannot assign ${assigned} seats: ${current.seatsUsed} are in use (R-PR-4).`,
            'assigned',
          );
        }
        if (current.seatsAssigned === assigned) return current;
        // Conditional on the values read, so a concurrent seat change or member addition
        // between the read and the write makes this attempt retry instead of overwriting it.
        const result = await em
          .createQueryBuilder()
          .update(Organization)
          .set({ seatsAssigned: assigned })
          .where('id = :id AND seatsAssigned = :before AND seatsUsed <= :assigned', {
            id: current.id,
            before: current.seatsAssigned,
            assigned,
          })
          .execute();
        if (!result.affected) return null;
        await recordAudit(em, this.deps.clock, [
          {
            organizationId: current.id,
            actorUserId: viewer.id,
            action: 'organization.seats.changed',
            targetType: 'Organization',
            targetId: current.id,
            metadata: { before: current.seatsAssigned, after: assigned, used: current.seatsUsed },
          },
        ]);
        return em.findOneByOrFail(Organization, { id: current.id });
      });
      if (updated) {
        this.deps.loaders.organization.clear(updated.id).prime(updated.id, updated);
        return updated;
      }
    }
    throw new ConflictError('The seats changed concurrently too many times; try again.');
  }
}
