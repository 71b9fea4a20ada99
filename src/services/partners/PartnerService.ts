import { EntityManager, In, IsNull, Not } from 'typeorm';
import {
  AccessLink,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  PermissionSet,
  Team,
  TeamMember,
  User,
} from '../../../entities';
import {
  AccessLinkStatus,
  ClientPermission,
  License,
  MemberStatus,
  NotificationKind,
  OrgRole,
  RelationshipStatus,
  TeamRole,
} from '../../../entities/enums';
import { isUniqueViolation } from '../../db/transaction';
import { grantedBySet } from '../../permissions/access';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { toGlobalId } from '../../globalId';
import { recordAudit } from '../audit';
import { runCommand, Tx } from '../command';
import { boundedText } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { recordNotifications } from '../notifications/outbox';
import { Connection, loadPage, PageArgs } from '../pagination';
import { MemberService } from '../organizations/MemberService';
import {
  keepOneSuperAdmin,
  lockOrganization,
  occupiesSeat,
  occupySeats,
  releaseSeats,
} from '../organizations/seats';

export const ACCESS_LINK_DAYS = 7;
export const RELATIONSHIP_END_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;
const ALL_PERMISSIONS = Object.values(ClientPermission);
export const FULL_ACCESS_SET = 'Full access';

/** What a partner employee owns in a client account, shown before removal (R-PA-6). */
export interface EmployeeAssets {
  user: User;
  status: MemberStatus;
  teamsAdministered: string[];
  engagementGroups: number;
  pendingAccessLinks: number;
}

export interface RemovalPreview {
  client: Organization;
  employees: EmployeeAssets[];
  /** True when no employee of the partner would remain: the relationship starts to end. */
  endsRelationship: boolean;
}

/**
 * Partner client access (DOMAIN §4, HubSpot): permission sets, access links, partner employees
 * in client accounts, removal with review, the relationship's end, and the super admin switch.
 */
export class PartnerService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly members: MemberService,
  ) {}

  /** Permission sets of a client account; the caller holds `organization.readPermissionSets`. */
  permissionSets(org: Organization): Promise<PermissionSet[]> {
    return this.deps.loaders.permissionSetsOfClient.load(org.id);
  }

  /** Access links sent to a client, newest first; the caller holds `organization.readAccessLinks`. */
  accessLinks(
    org: Organization,
    status: AccessLinkStatus | null,
    args: PageArgs,
  ): Promise<Connection<AccessLink>> {
    return loadPage(
      this.deps.loaders,
      'clientAccessLinks',
      org.id,
      args,
      status ? { eq: { status } } : undefined,
    );
  }

  /** R-PA-5: FORBIDDEN unless the viewer holds every permission in `permissions` (super admins hold all). */
  private async requireHeld(clientId: number, permissions: ClientPermission[]): Promise<void> {
    const roles = await this.deps.access.organizationRoles();
    if (roles.get(clientId) === OrgRole.ADMIN) return;
    const held = await this.deps.access.permissionsIn(clientId);
    const lacking = permissions.filter((p) => !held.has(p));
    if (lacking.length) {
      throw new ForbiddenError(
        `A partner admin grants or removes only permissions it holds itself; you lack ${lacking.join(', ')} (R-PA-5).`,
        'R-PA-5',
      );
    }
  }

  private async permissionSetOf(clientId: number, permissionSetId: number): Promise<PermissionSet> {
    const set = await this.deps.loaders.permissionSet.load(permissionSetId);
    if (!set || set.clientOrganizationId !== clientId) {
      throw new BadUserInputError('Unknown permission set for this client.', 'permissionSetId');
    }
    return set;
  }

  /**
   * Creates a named permission set in a client account; a partner admin may put in it only
   * permissions it holds (R-PA-5). Caller holds `organization.managePermissionSets`. Errors:
   * NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (name taken).
   */
  async createPermissionSet(input: {
    organizationId: number;
    name: string;
    permissions: ClientPermission[];
  }): Promise<PermissionSet> {
    const viewer = requireViewer(this.deps);
    const [client] = await this.deps.access.require('organization.managePermissionSets', [
      input.organizationId,
    ]);
    const name = boundedText(input.name, 'name', { max: 100, singleLine: true });
    const permissions = [...new Set(input.permissions)].sort();
    await this.requireHeld(client.id, permissions);
    try {
      const set = await runCommand(this.deps, async ({ em }) => {
        const created = await em.save(
          em.create(PermissionSet, {
            clientOrganizationId: client.id,
            name,
            permissions,
            createdAt: this.deps.clock.now(),
          }),
        );
        await recordAudit(em, this.deps.clock, [
          {
            organizationId: client.id,
            actorUserId: viewer.id,
            action: 'permissionSet.created',
            targetType: 'PermissionSet',
            targetId: created.id,
            metadata: { name, permissions },
          },
        ]);
        return created;
      });
      this.deps.loaders.permissionSetsOfClient.clear(client.id);
      return set;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`A set named "${name}" exists.`);
      throw error;
    }
  }

  /** The partner organization the viewer works for that manages the client (active relationship). */
  private async viewerPartnerOf(clientId: number, requested?: number): Promise<Organization> {
    const roles = await this.deps.access.organizationRoles();
    const managers = await this.deps.loaders.managersOfClient.load(clientId);
    const candidates = managers
      .map((r) => r.managerOrganizationId)
      .filter((id) => roles.has(id) && (requested === undefined || id === requested));
    if (candidates.length !== 1) {
      throw new BadUserInputError(
        candidates.length
          ? 'You work for several partners of this client: name one with partnerOrganizationId.'
          : 'You do not work for a partner that manages this client.',
        'partnerOrganizationId',
      );
    }
    return (await this.deps.loaders.organization.load(candidates[0]))!;
  }

  /** Checks `organization.addPartnerEmployees` and returns the partner the viewer acts for. */
  private async asPartnerAdmin(clientId: number): Promise<Organization> {
    await this.deps.access.require('organization.addPartnerEmployees', [clientId]);
    return this.partnerOfPartnerAdmin(clientId);
  }

  /** The partner a partner admin acts for in a client account (from its membership there). */
  private async partnerOfPartnerAdmin(clientId: number): Promise<Organization> {
    const viewer = requireViewer(this.deps);
    const mine = await this.deps.loaders.membershipsOfUser.load(viewer.id);
    const membership = mine.find(
      (m) => m.organizationId === clientId && m.partnerOrganizationId !== null,
    );
    if (!membership) {
      throw new ForbiddenError('Only partner admins manage partner employees (R-PA-7).', 'R-PA-7');
    }
    return (await this.deps.loaders.organization.load(membership.partnerOrganizationId!))!;
  }

  private async activePartnerEmployees(partnerId: number, userIds: number[]): Promise<Set<number>> {
    if (!userIds.length) return new Set();
    const rows = await this.deps.db.getRepository(OrganizationMember).findBy({
      organizationId: partnerId,
      userId: In(userIds),
      status: MemberStatus.ACTIVE,
    });
    return new Set(rows.map((r) => r.userId));
  }

  /** Employees with the partner's verified email domain are marked verified (R-PA-3). */
  private async verifiedDomains(partnerId: number): Promise<Set<string>> {
    const domains = await this.deps.db
      .getRepository(OrganizationDomain)
      .findBy({ organizationId: partnerId });
    return new Set(domains.map((d) => d.domain.toLowerCase()));
  }

  /**
   * Creates an expiring access link for the viewer, or (a partner admin of the client) for
   * another employee of the partner (R-PA-2). Caller holds `organization.requestPartnerAccess`
   * (and `addPartnerEmployees` on behalf of someone, with R-PA-5 on the set). Errors: NOT_FOUND,
   * FORBIDDEN, BAD_USER_INPUT, CONFLICT (already in the account, or a link is pending).
   */
  async createAccessLink(input: {
    clientOrganizationId: number;
    permissionSetId: number;
    employeeUserId?: number;
    partnerOrganizationId?: number;
  }): Promise<AccessLink> {
    const viewer = requireViewer(this.deps);
    const employeeId = input.employeeUserId ?? viewer.id;
    let partner: Organization;
    if (employeeId === viewer.id) {
      await this.deps.access.require('organization.requestPartnerAccess', [
        input.clientOrganizationId,
      ]);
      partner = await this.viewerPartnerOf(input.clientOrganizationId, input.partnerOrganizationId);
    } else {
      await this.deps.access.require('organization.addPartnerEmployees', [
        input.clientOrganizationId,
      ]);
      partner = await this.partnerOfPartnerAdmin(input.clientOrganizationId);
    }
    const set = await this.permissionSetOf(input.clientOrganizationId, input.permissionSetId);
    if (employeeId !== viewer.id)
      await this.requireHeld(input.clientOrganizationId, grantedBySet(set));
    if (!(await this.activePartnerEmployees(partner.id, [employeeId])).has(employeeId)) {
      throw new BadUserInputError(
        `The employee does not work for ${partner.name}.`,
        'employeeUserId',
      );
    }
    const already = await this.deps.db.getRepository(OrganizationMember).findOneBy({
      organizationId: input.clientOrganizationId,
      userId: employeeId,
    });
    if (already) throw new ConflictError('The employee is already in this client account.');
    const now = this.deps.clock.now();
    try {
      return await runCommand(this.deps, async ({ em }) => {
        const link = await em.save(
          em.create(AccessLink, {
            partnerOrganizationId: partner.id,
            clientOrganizationId: input.clientOrganizationId,
            employeeUserId: employeeId,
            createdByUserId: viewer.id,
            permissionSetId: set.id,
            status: AccessLinkStatus.PENDING,
            pendingKey: `${input.clientOrganizationId}:${employeeId}`,
            expiresAt: new Date(now.getTime() + ACCESS_LINK_DAYS * DAY_MS),
            decidedByUserId: null,
            decidedAt: null,
            createdAt: now,
          }),
        );
        const entry = {
          actorUserId: viewer.id,
          action: 'accessLink.created',
          targetType: 'AccessLink',
          targetId: link.id,
          metadata: { employeeUserId: employeeId, permissionSet: set.name },
        };
        await recordAudit(em, this.deps.clock, [
          { ...entry, organizationId: input.clientOrganizationId },
          { ...entry, organizationId: partner.id },
        ]);
        return link;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('An access link for this employee is already pending.');
      }
      throw error;
    }
  }

  /**
   * Approves (the employee becomes a partner admin of the client and is notified) or rejects a
   * pending link before it expires (R-PA-2). Caller holds `accessLink.decide` (client super
   * admins). Errors: NOT_FOUND, FORBIDDEN, CONFLICT (decided or expired), SEAT_LIMIT_REACHED.
   */
  async decideAccessLink(
    accessLinkId: number,
    approve: boolean,
    relationshipExpiresAt: Date | null = null,
  ): Promise<AccessLink> {
    const viewer = requireViewer(this.deps);
    const [link] = await this.deps.access.require('accessLink.decide', [accessLinkId]);
    const now = this.deps.clock.now();
    if (relationshipExpiresAt) this.checkExpiry(relationshipExpiresAt, 'relationshipExpiresAt');
    if (link.status === AccessLinkStatus.PENDING && link.expiresAt <= now) {
      await this.deps.transact((em) =>
        em.update(
          AccessLink,
          { id: link.id, status: AccessLinkStatus.PENDING },
          { status: AccessLinkStatus.EXPIRED, pendingKey: null },
        ),
      );
      throw new ConflictError('The access link has expired; the employee must send a new one.');
    }
    const [employee, partner, set] = await Promise.all([
      this.deps.loaders.user.load(link.employeeUserId),
      this.deps.loaders.organization.load(link.partnerOrganizationId),
      this.deps.loaders.permissionSet.load(link.permissionSetId),
    ]);
    const domains = await this.verifiedDomains(link.partnerOrganizationId);
    const decided = await runCommand(this.deps, async ({ em }) => {
      const result = await em
        .createQueryBuilder()
        .update(AccessLink)
        .set({
          status: approve ? AccessLinkStatus.APPROVED : AccessLinkStatus.REJECTED,
          pendingKey: null,
          decidedByUserId: viewer.id,
          decidedAt: now,
        })
        .where('id = :id AND status = :pending AND expiresAt > :now', {
          id: link.id,
          pending: AccessLinkStatus.PENDING,
          now,
        })
        .execute();
      if (!result.affected) throw new ConflictError('The access link is no longer pending.');
      if (approve) {
        await this.insertEmployees(
          em,
          link.clientOrganizationId,
          partner!,
          [employee!],
          set!,
          domains,
        );
        await this.touchRelationship(em, partner!.id, link.clientOrganizationId);
        if (relationshipExpiresAt) {
          await em.update(
            ManagedRelationship,
            {
              managerOrganizationId: partner!.id,
              clientOrganizationId: link.clientOrganizationId,
              status: Not(RelationshipStatus.ENDED),
            },
            { expiresAt: relationshipExpiresAt, expiryWarnedDays: null },
          );
        }
        await recordNotifications(em, this.deps.clock, [
          {
            recipientUserId: employee!.id,
            kind: NotificationKind.ACCESS_LINK_APPROVED,
            data: {
              clientName: (
                await em.findOneByOrFail(Organization, { id: link.clientOrganizationId })
              ).name,
              permissionSet: set!.name,
              link: `${this.deps.publicUrl}/organizations/${toGlobalId('Organization', link.clientOrganizationId)}`,
            },
          },
        ]);
      }
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: link.clientOrganizationId,
          actorUserId: viewer.id,
          action: approve ? 'accessLink.approved' : 'accessLink.rejected',
          targetType: 'AccessLink',
          targetId: link.id,
          metadata: { employeeUserId: link.employeeUserId },
        },
      ]);
      return em.findOneByOrFail(AccessLink, { id: link.id });
    });
    this.deps.loaders.accessLink.clear(decided.id).prime(decided.id, decided);
    if (approve) this.members.forget(link.clientOrganizationId, link.employeeUserId);
    return decided;
  }

  /** Partner admins of the client, in seats, verified by the partner's domains (R-PA-3). */
  private async insertEmployees(
    em: EntityManager,
    clientId: number,
    partner: Organization,
    employees: User[],
    set: PermissionSet,
    domains: Set<string>,
  ): Promise<void> {
    await occupySeats(em, clientId, employees.length);
    const now = this.deps.clock.now();
    await em.insert(
      OrganizationMember,
      employees.map((user) => ({
        organizationId: clientId,
        userId: user.id,
        role: OrgRole.PARTNER_ADMIN,
        license: License.FULL,
        status: MemberStatus.ACTIVE,
        lastActivityAt: null,
        partnerOrganizationId: partner.id,
        permissionSetId: set.id,
        verified: domains.has(user.email.split('@')[1]),
        billingPermission: false,
        reportsAccess: false, // R-PA-9: a permission set never grants reports access
        createdAt: now,
      })),
    );
  }

  /** BAD_USER_INPUT unless `expiresAt` is ahead and within MAX_RELATIONSHIP_DAYS (issue 21). */
  private checkExpiry(expiresAt: Date, field: string): void {
    const now = this.deps.clock.now().getTime();
    const maxDays = this.deps.maxRelationshipDays ?? 730;
    if (expiresAt.getTime() <= now || expiresAt.getTime() > now + maxDays * DAY_MS) {
      throw new BadUserInputError(
        `A relationship expires in the future and at most ${maxDays} days ahead (MAX_RELATIONSHIP_DAYS).`,
        field,
      );
    }
  }

  /**
   * The client's super admin renews a relationship that has not ended: a new expiry, within
   * MAX_RELATIONSHIP_DAYS, and the warnings start again (issue 21). Caller holds
   * `relationship.renew`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (ended).
   */
  async renewRelationship(input: {
    relationshipId: number;
    expiresAt: Date;
  }): Promise<ManagedRelationship> {
    const viewer = requireViewer(this.deps);
    const [relationship] = await this.deps.access.require('relationship.renew', [
      input.relationshipId,
    ]);
    this.checkExpiry(input.expiresAt, 'expiresAt');
    const renewed = await runCommand(this.deps, async ({ em }) => {
      const result = await em
        .createQueryBuilder()
        .update(ManagedRelationship)
        .set({ expiresAt: input.expiresAt, expiryWarnedDays: null })
        .where('id = :id AND status != :ended', {
          id: relationship.id,
          ended: RelationshipStatus.ENDED,
        })
        .execute();
      if (!result.affected)
        throw new ConflictError('The relationship has ended; it cannot be renewed.');
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: relationship.clientOrganizationId,
          actorUserId: viewer.id,
          action: 'relationship.renewed',
          targetType: 'ManagedRelationship',
          targetId: relationship.id,
          metadata: {
            before: relationship.expiresAt?.toISOString() ?? null,
            after: input.expiresAt.toISOString(),
          },
        },
      ]);
      return em.findOneByOrFail(ManagedRelationship, { id: relationship.id });
    });
    this.deps.loaders.relationship.clear(renewed.id).prime(renewed.id, renewed);
    return renewed;
  }

  /**
   * Gives or takes away a partner employee's reports access (REPORTS_VIEW), which no permission
   * set grants and no change of set removes (R-PA-9). Caller holds
   * `organization.manageReportsAccess` (client super admins). Errors: NOT_FOUND, FORBIDDEN.
   */
  async setReportsAccess(input: {
    clientOrganizationId: number;
    userId: number;
    granted: boolean;
  }): Promise<OrganizationMember> {
    const viewer = requireViewer(this.deps);
    await this.deps.access.require('organization.manageReportsAccess', [
      input.clientOrganizationId,
    ]);
    const member = await this.deps.db.getRepository(OrganizationMember).findOneBy({
      organizationId: input.clientOrganizationId,
      userId: input.userId,
      partnerOrganizationId: Not(IsNull()),
    });
    if (!member) throw new NotFoundError('Partner employee');
    const updated = await runCommand(this.deps, async ({ em }) => {
      await em.update(OrganizationMember, { id: member.id }, { reportsAccess: input.granted });
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: input.clientOrganizationId,
          actorUserId: viewer.id,
          action: input.granted ? 'partner.reportsAccess.granted' : 'partner.reportsAccess.revoked',
          targetType: 'User',
          targetId: member.userId,
          metadata: { before: member.reportsAccess },
        },
      ]);
      return { ...member, reportsAccess: input.granted };
    });
    this.members.forget(input.clientOrganizationId, input.userId);
    return updated;
  }

  /** Partner activity in a client account keeps (or brings back) the relationship active. */
  private async touchRelationship(em: EntityManager, partnerId: number, clientId: number) {
    await em.update(
      ManagedRelationship,
      {
        managerOrganizationId: partnerId,
        clientOrganizationId: clientId,
        status: Not(RelationshipStatus.ENDED),
      },
      {
        lastPartnerActivityAt: this.deps.clock.now(),
        status: RelationshipStatus.ACTIVE,
        endsAt: null,
      },
    );
  }

  /**
   * Adds employees of the viewer's partner to a client account as partner admins with a
   * permission set the viewer fully holds (R-PA-3, R-PA-5). Caller holds
   * `organization.addPartnerEmployees` (partner admins only, R-PA-7). Errors: NOT_FOUND,
   * FORBIDDEN, BAD_USER_INPUT, CONFLICT, SEAT_LIMIT_REACHED.
   */
  async addEmployees(input: {
    clientOrganizationId: number;
    userIds: number[];
    permissionSetId: number;
  }): Promise<OrganizationMember[]> {
    const viewer = requireViewer(this.deps);
    const partner = await this.asPartnerAdmin(input.clientOrganizationId);
    const set = await this.permissionSetOf(input.clientOrganizationId, input.permissionSetId);
    await this.requireHeld(input.clientOrganizationId, grantedBySet(set));
    const userIds = [...new Set(input.userIds)];
    if (userIds.length === 0 || userIds.length > 50) {
      throw new BadUserInputError('Select 1 to 50 employees.', 'userIds');
    }
    const employees = await this.activePartnerEmployees(partner.id, userIds);
    const strangers = userIds.filter((id) => !employees.has(id));
    if (strangers.length) {
      throw new BadUserInputError(
        `Not employees of ${partner.name}: ${strangers.map((id) => toGlobalId('User', id)).join(', ')}.`,
        'userIds',
      );
    }
    const users = (await this.deps.loaders.user.loadMany(userIds)) as User[];
    const domains = await this.verifiedDomains(partner.id);
    try {
      const added = await runCommand(this.deps, async ({ em }) => {
        const present = await em.countBy(OrganizationMember, {
          organizationId: input.clientOrganizationId,
          userId: In(userIds),
        });
        if (present) throw new ConflictError('Some of these employees are already in the account.');
        await this.insertEmployees(em, input.clientOrganizationId, partner, users, set, domains);
        await this.touchRelationship(em, partner.id, input.clientOrganizationId);
        const rows = await em.findBy(OrganizationMember, {
          organizationId: input.clientOrganizationId,
          userId: In(userIds),
        });
        await recordAudit(
          em,
          this.deps.clock,
          rows.map((m) => ({
            organizationId: input.clientOrganizationId,
            actorUserId: viewer.id,
            action: 'partner.employee.added',
            targetType: 'User',
            targetId: m.userId,
            metadata: {
              permissionSet: set.name,
              verified: m.verified,
              partnerOrganizationId: partner.id,
            },
          })),
        );
        return rows;
      });
      for (const id of userIds) this.members.forget(input.clientOrganizationId, id);
      return added;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError('The employees were added concurrently.');
      throw error;
    }
  }

  /**
   * Links an existing user of the client account, who works for the viewer's partner, as a
   * partner employee with a permission set (R-PA-4). Caller holds
   * `organization.addPartnerEmployees`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async linkEmployee(input: {
    clientOrganizationId: number;
    userId: number;
    permissionSetId: number;
  }): Promise<OrganizationMember> {
    const viewer = requireViewer(this.deps);
    const partner = await this.asPartnerAdmin(input.clientOrganizationId);
    const set = await this.permissionSetOf(input.clientOrganizationId, input.permissionSetId);
    await this.requireHeld(input.clientOrganizationId, grantedBySet(set));
    if (!(await this.activePartnerEmployees(partner.id, [input.userId])).has(input.userId)) {
      throw new BadUserInputError(`The user does not work for ${partner.name}.`, 'userId');
    }
    const user = (await this.deps.loaders.user.load(input.userId))!;
    const domains = await this.verifiedDomains(partner.id);
    const linked = await runCommand(this.deps, async ({ em }) => {
      await lockOrganization(em, input.clientOrganizationId);
      const member = await em.findOneBy(OrganizationMember, {
        organizationId: input.clientOrganizationId,
        userId: input.userId,
        partnerOrganizationId: IsNull(),
      });
      if (!member) {
        throw new BadUserInputError(
          'Only a user already in the client account, not yet linked, can be linked (R-PA-4).',
          'userId',
        );
      }
      if (member.role === OrgRole.ADMIN)
        await keepOneSuperAdmin(em, member.organizationId, member.userId);
      const change = {
        role: OrgRole.PARTNER_ADMIN,
        partnerOrganizationId: partner.id,
        permissionSetId: set.id,
        verified: domains.has(user.email.split('@')[1]),
      };
      await em.update(OrganizationMember, { id: member.id }, change);
      await this.touchRelationship(em, partner.id, input.clientOrganizationId);
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: input.clientOrganizationId,
          actorUserId: viewer.id,
          action: 'partner.employee.linked',
          targetType: 'User',
          targetId: input.userId,
          metadata: { permissionSet: set.name, verified: change.verified, before: member.role },
        },
      ]);
      return { ...member, ...change };
    });
    this.members.forget(input.clientOrganizationId, input.userId);
    return linked;
  }

  /**
   * Moves a partner employee to another permission set. Both directions of R-PA-5: every
   * permission added and every permission removed must be one the viewer holds. Caller holds
   * `organization.addPartnerEmployees` (partner admins only, R-PA-7). Errors: NOT_FOUND,
   * FORBIDDEN, BAD_USER_INPUT.
   */
  async changeEmployeePermissions(input: {
    clientOrganizationId: number;
    userId: number;
    permissionSetId: number;
  }): Promise<OrganizationMember> {
    const viewer = requireViewer(this.deps);
    const partner = await this.asPartnerAdmin(input.clientOrganizationId);
    const member = await this.deps.db.getRepository(OrganizationMember).findOneBy({
      organizationId: input.clientOrganizationId,
      userId: input.userId,
      partnerOrganizationId: partner.id,
    });
    if (!member) throw new NotFoundError('Partner employee');
    const next = await this.permissionSetOf(input.clientOrganizationId, input.permissionSetId);
    const current = member.permissionSetId
      ? await this.deps.loaders.permissionSet.load(member.permissionSetId)
      : null;
    // R-PA-9: reports access is not the set's to give or take; the member keeps what it holds.
    const before = new Set(grantedBySet(current ?? undefined));
    const after = new Set(grantedBySet(next));
    const changed = [
      ...[...after].filter((p) => !before.has(p)),
      ...[...before].filter((p) => !after.has(p)),
    ];
    await this.requireHeld(input.clientOrganizationId, changed);
    const updated = await runCommand(this.deps, async ({ em }) => {
      await em.update(OrganizationMember, { id: member.id }, { permissionSetId: next.id });
      await this.touchRelationship(em, partner.id, input.clientOrganizationId);
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: input.clientOrganizationId,
          actorUserId: viewer.id,
          action: 'partner.employee.permissions.changed',
          targetType: 'User',
          targetId: member.userId,
          metadata: { before: current?.name ?? null, after: next.name, changed },
        },
      ]);
      return { ...member, permissionSetId: next.id };
    });
    this.members.forget(input.clientOrganizationId, input.userId);
    return updated;
  }

  /** The partner employees among `userIds` in each client, with what they own there (R-PA-6). */
  private async previewIn(
    em: EntityManager,
    clientIds: number[],
    userIds: number[],
  ): Promise<{ preview: RemovalPreview[]; memberships: OrganizationMember[] }> {
    const memberships = await em.findBy(OrganizationMember, {
      organizationId: In(clientIds),
      userId: In(userIds),
      partnerOrganizationId: Not(IsNull()),
    });
    const preview: RemovalPreview[] = [];
    for (const clientId of clientIds) {
      const here = memberships.filter((m) => m.organizationId === clientId);
      if (!here.length) continue;
      const employees: EmployeeAssets[] = [];
      for (const m of here) {
        const teams = await em
          .createQueryBuilder(Team, 't')
          .innerJoin(TeamMember, 'tm', 'tm.teamId = t.id')
          .where('tm.userId = :userId AND tm.organizationId = :clientId AND tm.role = :admin', {
            userId: m.userId,
            clientId,
            admin: TeamRole.ADMIN,
          })
          .getMany();
        employees.push({
          user: await em.findOneByOrFail(User, { id: m.userId }),
          status: m.status,
          teamsAdministered: teams.map((t) => t.name),
          engagementGroups: await em.countBy(GroupMembership, {
            userId: m.userId,
            memberOrganizationId: clientId,
          }),
          pendingAccessLinks: await em.countBy(AccessLink, {
            createdByUserId: m.userId,
            clientOrganizationId: clientId,
            status: AccessLinkStatus.PENDING,
          }),
        });
      }
      const partners = [...new Set(here.map((m) => m.partnerOrganizationId!))];
      let endsRelationship = false;
      for (const partnerId of partners) {
        const remaining = await em.countBy(OrganizationMember, {
          organizationId: clientId,
          partnerOrganizationId: partnerId,
          userId: Not(In(userIds)),
        });
        if (remaining === 0) endsRelationship = true;
      }
      preview.push({
        client: await em.findOneByOrFail(Organization, { id: clientId }),
        employees,
        endsRelationship,
      });
    }
    return { preview, memberships };
  }

  /**
   * Removes partner employees from one or several client accounts (R-PA-6). With `dryRun`, only
   * the review: every client involved and what each employee owns there. Confirmed, the
   * memberships go (seats freed, teams and engagement groups for the client left); when no
   * employee of a partner remains in a client, the relationship ends 60 days after the last
   * partner activity (R-PA-7). Caller holds `organization.removePartnerEmployees` on every
   * client. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async removeEmployees(input: {
    clientOrganizationIds: number[];
    userIds: number[];
    dryRun: boolean;
  }): Promise<RemovalPreview[]> {
    const viewer = requireViewer(this.deps);
    const clientIds = [...new Set(input.clientOrganizationIds)];
    const userIds = [...new Set(input.userIds)];
    if (!clientIds.length || clientIds.length > 50 || !userIds.length || userIds.length > 50) {
      throw new BadUserInputError('Select 1 to 50 clients and 1 to 50 employees.', 'userIds');
    }
    await this.deps.access.require('organization.removePartnerEmployees', clientIds);
    const run = async (tx: Tx) => {
      const { preview, memberships } = await this.previewIn(tx.em, clientIds, userIds);
      if (!memberships.length) {
        throw new BadUserInputError('None of these users is a partner employee there.', 'userIds');
      }
      if (input.dryRun) return preview;
      for (const member of memberships) {
        await this.members.removeMembership(tx, member);
      }
      await recordAudit(
        tx.em,
        this.deps.clock,
        memberships.map((m) => ({
          organizationId: m.organizationId,
          actorUserId: viewer.id,
          action: 'partner.employee.removed',
          targetType: 'User',
          targetId: m.userId,
          metadata: { partnerOrganizationId: m.partnerOrganizationId },
        })),
      );
      const pairs = new Set(
        memberships.map((m) => `${m.partnerOrganizationId}:${m.organizationId}`),
      );
      for (const pair of pairs) {
        const [partnerId, clientId] = pair.split(':').map(Number);
        await this.endRelationshipIfNoEmployees(tx.em, partnerId, clientId, viewer.id);
      }
      return preview;
    };
    const result = input.dryRun
      ? await this.deps.transact((em) => run({ em, emit: () => undefined }))
      : await runCommand(this.deps, run);
    if (!input.dryRun) {
      for (const userId of userIds) this.members.forget(clientIds, userId);
    }
    return result;
  }

  /** R-PA-7: with no partner employee left, the relationship ends 60 days after the last activity. */
  async endRelationshipIfNoEmployees(
    em: EntityManager,
    partnerId: number,
    clientId: number,
    actorUserId: number | null,
  ): Promise<void> {
    const remaining = await em.countBy(OrganizationMember, {
      organizationId: clientId,
      partnerOrganizationId: partnerId,
    });
    if (remaining > 0) return;
    const relationship = await em.findOneBy(ManagedRelationship, {
      managerOrganizationId: partnerId,
      clientOrganizationId: clientId,
      status: RelationshipStatus.ACTIVE,
    });
    if (!relationship) return;
    const from = relationship.lastPartnerActivityAt ?? this.deps.clock.now();
    const endsAt = new Date(from.getTime() + RELATIONSHIP_END_DAYS * DAY_MS);
    await em.update(
      ManagedRelationship,
      { id: relationship.id },
      { status: RelationshipStatus.ENDING, endsAt },
    );
    await recordAudit(em, this.deps.clock, [
      {
        organizationId: clientId,
        actorUserId,
        action: 'relationship.ending',
        targetType: 'ManagedRelationship',
        targetId: relationship.id,
        metadata: { partnerOrganizationId: partnerId, endsAt: endsAt.toISOString() },
      },
    ]);
  }

  /**
   * Deactivates (or, for partner admins only, reactivates) partner employees of a client; the
   * relationship stays (R-PA-7). Deactivation frees the seat, reactivation takes one. Caller
   * holds `organization.removePartnerEmployees` to deactivate, `addPartnerEmployees` to
   * reactivate. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, SEAT_LIMIT_REACHED.
   */
  async setEmployeesActive(input: {
    clientOrganizationId: number;
    userIds: number[];
    active: boolean;
  }): Promise<OrganizationMember[]> {
    const viewer = requireViewer(this.deps);
    await this.deps.access.require(
      input.active ? 'organization.addPartnerEmployees' : 'organization.removePartnerEmployees',
      [input.clientOrganizationId],
    );
    const userIds = [...new Set(input.userIds)];
    if (!userIds.length || userIds.length > 50) {
      throw new BadUserInputError('Select 1 to 50 employees.', 'userIds');
    }
    const from = input.active ? MemberStatus.DEACTIVATED : MemberStatus.ACTIVE;
    const to = input.active ? MemberStatus.ACTIVE : MemberStatus.DEACTIVATED;
    const changed = await runCommand(this.deps, async ({ em }) => {
      const members = await em.findBy(OrganizationMember, {
        organizationId: input.clientOrganizationId,
        userId: In(userIds),
        partnerOrganizationId: Not(IsNull()),
      });
      if (members.length !== userIds.length) {
        throw new BadUserInputError(
          'Every user must be a partner employee of this client.',
          'userIds',
        );
      }
      const moving = members.filter((m) => m.status === from);
      if (input.active) await occupySeats(em, input.clientOrganizationId, moving.length);
      else
        await releaseSeats(
          em,
          input.clientOrganizationId,
          moving.filter((m) => occupiesSeat(m.status)).length,
        );
      if (moving.length) {
        await em.update(OrganizationMember, { id: In(moving.map((m) => m.id)) }, { status: to });
      }
      await recordAudit(
        em,
        this.deps.clock,
        moving.map((m) => ({
          organizationId: m.organizationId,
          actorUserId: viewer.id,
          action: input.active ? 'partner.employee.reactivated' : 'partner.employee.deactivated',
          targetType: 'User',
          targetId: m.userId,
          metadata: { partnerOrganizationId: m.partnerOrganizationId },
        })),
      );
      return em.findBy(OrganizationMember, { id: In(members.map((m) => m.id)) });
    });
    for (const id of userIds) this.members.forget(input.clientOrganizationId, id);
    return changed;
  }

  /**
   * A super admin of the client switches itself to partner admin for a partner it works for,
   * optionally keeping billing permission; the last super admin cannot (R-PA-8, checked under a
   * row lock). Caller holds `organization.switchToPartnerAdmin`. Errors: NOT_FOUND, FORBIDDEN,
   * BAD_USER_INPUT, CONFLICT.
   */
  async switchToPartnerAdmin(input: {
    organizationId: number;
    partnerOrganizationId?: number;
    keepBilling: boolean;
  }): Promise<OrganizationMember> {
    const viewer = requireViewer(this.deps);
    await this.deps.access.require('organization.switchToPartnerAdmin', [input.organizationId]);
    const switched = await runCommand(this.deps, async ({ em }) => {
      // The last super admin is refused first, whoever it works for (R-PA-8).
      await lockOrganization(em, input.organizationId);
      await keepOneSuperAdmin(em, input.organizationId, viewer.id);
      const partner = await this.viewerPartnerOf(input.organizationId, input.partnerOrganizationId);
      const domains = await this.verifiedDomains(partner.id);
      const member = await em.findOneByOrFail(OrganizationMember, {
        organizationId: input.organizationId,
        userId: viewer.id,
      });
      let full = await em.findOneBy(PermissionSet, {
        clientOrganizationId: input.organizationId,
        name: FULL_ACCESS_SET,
      });
      full ??= await em.save(
        em.create(PermissionSet, {
          clientOrganizationId: input.organizationId,
          name: FULL_ACCESS_SET,
          permissions: ALL_PERMISSIONS,
          createdAt: this.deps.clock.now(),
        }),
      );
      const change = {
        role: OrgRole.PARTNER_ADMIN,
        partnerOrganizationId: partner.id,
        permissionSetId: full.id,
        billingPermission: input.keepBilling,
        // A super admin held reports access; switching keeps it (R-PA-9).
        reportsAccess: true,
        verified: domains.has(viewer.email.split('@')[1]),
      };
      await em.update(OrganizationMember, { id: member.id }, change);
      await this.touchRelationship(em, partner.id, input.organizationId);
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: input.organizationId,
          actorUserId: viewer.id,
          action: 'member.switchedToPartnerAdmin',
          targetType: 'User',
          targetId: viewer.id,
          metadata: { partnerOrganizationId: partner.id, keepBilling: input.keepBilling },
        },
      ]);
      return { ...member, ...change };
    });
    this.members.forget(input.organizationId, viewer.id);
    return switched;
  }
}
