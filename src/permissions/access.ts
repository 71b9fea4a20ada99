import {
  AccessLink,
  AccessReview,
  AccessRequest,
  ContentPackage,
  PermissionSet,
  Engagement,
  Feedback,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
  User,
} from '../../entities';
import {
  AccessReviewKind,
  ClientPermission,
  TeamInvitePolicy,
  TeamPrivacy,
  GroupMembershipStatus,
  MemberStatus,
  OrgRole,
  TeamRole,
  GroupKind,
} from '../../entities/enums';
import { ForbiddenError, NotFoundError } from '../errors';
import type { Loaders } from '../loaders';
import { Action, definitionOf, Grant, MemberPermission, READ_ACTION, ResourceType } from './matrix';

/** Where a resource sits: the ids its grants are matched against. */
export interface ResourceScope {
  organizationId?: number;
  managerOrganizationId?: number;
  teamId?: number;
  programId?: number;
  engagementId?: number;
  userId?: number;
  /** The organization a record belongs to in an engagement (a member's or a requester's). */
  memberOrganizationId?: number;
  /** For teams: what `when` conditions of the matrix look at (R-DI-7, R-DI-2). */
  teamPrivacy?: TeamPrivacy;
  teamInvitePolicy?: TeamInvitePolicy;
  /** For access reviews: what the review covers (issue 21). */
  reviewKind?: AccessReviewKind;
}

/** Whether the resource at `scope` satisfies a grant's condition. */
export function conditionHolds(grant: Grant, scope: ResourceScope): boolean {
  const when = grant.when;
  if (!when) return true;
  if (when.teamPrivacy && (!scope.teamPrivacy || !when.teamPrivacy.includes(scope.teamPrivacy))) {
    return false;
  }
  if (
    when.teamInvitePolicy &&
    (!scope.teamInvitePolicy || !when.teamInvitePolicy.includes(scope.teamInvitePolicy))
  ) {
    return false;
  }
  if (when.reviewKind && (!scope.reviewKind || !when.reviewKind.includes(scope.reviewKind))) {
    return false;
  }
  return true;
}

type ResourceEntity = {
  Organization: Organization;
  ManagedRelationship: ManagedRelationship;
  Team: Team;
  Program: Program;
  Engagement: Engagement;
  AccessRequest: AccessRequest;
  ContentPackage: ContentPackage;
  Feedback: Feedback;
  AccessLink: AccessLink;
  AccessReview: AccessReview;
  User: User;
};

/** What the viewer holds directly; loaded once per request, on first use. */
interface ViewerGrants {
  orgRoles: Map<number, OrgRole>;
  /** Per organization: the permissions beyond the role (permission set, billing). */
  orgPermissions: Map<number, Set<MemberPermission>>;
  teamRoles: Map<number, TeamRole>;
  groups: {
    group: GroupKind;
    programId: number;
    engagementId: number | null;
    memberOrganizationId: number;
  }[];
}

/** A grant that matched, with the organization a restricted grant limits the viewer to. */
export interface MatchedGrant {
  grant: Grant;
  /** For `ownOrganizationOnly` grants: the viewer's organization in that scope. */
  ownOrganizationId?: number;
  /** What the viewer holds that matched: the grant path `explainAccess` and `whoCan` show. */
  via: GrantPath;
}

/** The holding behind a matched grant. */
export interface GrantPath {
  /** The role held, in `organizationId` (organization, manager, audience scopes) or the team. */
  role?: OrgRole | TeamRole;
  /** The organization where the role or group membership is held. */
  organizationId?: number;
  /** For manager scopes: the client the holder's organization manages. */
  clientOrganizationId?: number;
  group?: GroupKind;
  programId?: number;
  engagementId?: number;
  teamId?: number;
  permission?: MemberPermission;
}

export function scopeOf<R extends ResourceType>(type: R, entity: ResourceEntity[R]): ResourceScope {
  switch (type) {
    case 'Organization':
      return { organizationId: (entity as Organization).id };
    case 'ManagedRelationship': {
      const r = entity as ManagedRelationship;
      return {
        organizationId: r.clientOrganizationId,
        managerOrganizationId: r.managerOrganizationId,
      };
    }
    case 'Team': {
      const t = entity as Team;
      return {
        organizationId: t.organizationId,
        teamId: t.id,
        teamPrivacy: t.privacy,
        teamInvitePolicy: t.invitePolicy,
      };
    }
    case 'Program': {
      const p = entity as Program;
      return { organizationId: p.hostOrganizationId, programId: p.id };
    }
    case 'Engagement': {
      const e = entity as Engagement;
      return { organizationId: e.hostOrganizationId, programId: e.programId, engagementId: e.id };
    }
    case 'AccessRequest': {
      const r = entity as AccessRequest;
      return {
        organizationId: r.hostOrganizationId,
        programId: r.programId,
        engagementId: r.engagementId,
        userId: r.requesterUserId,
        memberOrganizationId: r.requesterOrganizationId,
      };
    }
    case 'ContentPackage': {
      const c = entity as ContentPackage;
      return {
        organizationId: c.hostOrganizationId,
        programId: c.programId,
        engagementId: c.engagementId,
      };
    }
    case 'Feedback': {
      const f = entity as Feedback;
      return {
        organizationId: f.hostOrganizationId,
        programId: f.programId,
        engagementId: f.engagementId,
        userId: f.authorUserId,
      };
    }
    case 'AccessLink': {
      const l = entity as AccessLink;
      return {
        organizationId: l.clientOrganizationId,
        managerOrganizationId: l.partnerOrganizationId,
        userId: l.employeeUserId,
      };
    }
    case 'AccessReview': {
      const r = entity as AccessReview;
      return {
        organizationId: r.organizationId,
        ...(r.programId === null ? {} : { programId: r.programId }),
        ...(r.engagementId === null ? {} : { engagementId: r.engagementId }),
        reviewKind: r.kind,
      };
    }
    case 'User':
      return { userId: (entity as User).id };
    default:
      throw new Error(`No scope for ${String(type)}`);
  }
}

/**
 * The one record-level access check (DESIGN §3.3). Set-based: `require` loads and checks many
 * ids at once through the request's loaders, and answers NOT_FOUND for what the viewer may not
 * see, so existence never leaks across tenants. Decisions are cached for the request.
 */
export class Access {
  private grantsPromise?: Promise<ViewerGrants>;
  private readonly decisions = new Map<string, Promise<MatchedGrant[]>>();

  constructor(
    readonly viewer: User | null,
    private readonly loaders: Loaders,
  ) {}

  private grants(): Promise<ViewerGrants> {
    if (!this.viewer)
      return Promise.resolve({
        orgRoles: new Map(),
        orgPermissions: new Map(),
        teamRoles: new Map(),
        groups: [],
      });
    const userId = this.viewer.id;
    this.grantsPromise ??= (async () => {
      const [memberships, teams, groups] = await Promise.all([
        this.loaders.membershipsOfUser.load(userId),
        this.loaders.teamMembershipsOfUser.load(userId),
        this.loaders.groupMembershipsOfUser.load(userId),
      ]);
      const active = memberships.filter((m) => m.status === MemberStatus.ACTIVE);
      const sets = await this.loaders.permissionSet.loadMany(
        active.flatMap((m) => (m.permissionSetId === null ? [] : [m.permissionSetId])),
      );
      const setById = new Map(
        sets.filter((p): p is PermissionSet => p instanceof PermissionSet).map((p) => [p.id, p]),
      );
      return {
        orgRoles: new Map(active.map((m) => [m.organizationId, m.role])),
        orgPermissions: new Map(
          active.map((m) => [
            m.organizationId,
            new Set<MemberPermission>([
              ...grantedBySet(
                m.permissionSetId === null ? undefined : setById.get(m.permissionSetId),
              ),
              ...(m.reportsAccess ? [ClientPermission.REPORTS_VIEW] : []),
              ...(m.billingPermission ? (['BILLING'] as const) : []),
            ]),
          ]),
        ),
        teamRoles: new Map(teams.map((t) => [t.teamId, t.role])),
        groups: groups
          .filter((g) => g.status === GroupMembershipStatus.ACTIVE)
          .map(({ group, programId, engagementId, memberOrganizationId }) => ({
            group,
            programId,
            engagementId,
            memberOrganizationId,
          })),
      };
    })();
    return this.grantsPromise;
  }

  /**
   * The same viewer and grants (loaded now if not yet) reading everything else through `loaders`:
   * a subscription checks and resolves one event with the loaders every subscriber of that event
   * shares, so the event's rows are loaded once per instance, not once per subscriber.
   */
  async withLoaders(loaders: Loaders): Promise<Access> {
    const bound = new Access(this.viewer, loaders);
    const grants = this.grants();
    await grants;
    bound.grantsPromise = grants;
    return bound;
  }

  /** Whether the viewer holds nothing at all: no active organization, team or group. */
  async holdsNothing(): Promise<boolean> {
    const g = await this.grants();
    return g.orgRoles.size === 0 && g.teamRoles.size === 0 && g.groups.length === 0;
  }

  /** Forgets what was loaded, after a command changed the viewer's own memberships. */
  refresh(): void {
    this.grantsPromise = undefined;
    this.decisions.clear();
  }

  /** The viewer's role in each organization it is an active member of. */
  async organizationRoles(): Promise<Map<number, OrgRole>> {
    return (await this.grants()).orgRoles;
  }

  /** The permissions beyond its role the viewer holds in an organization (R-PA-3, R-PA-8). */
  async permissionsIn(organizationId: number): Promise<Set<MemberPermission>> {
    return (await this.grants()).orgPermissions.get(organizationId) ?? new Set();
  }

  /** Ids of organizations the viewer is an active member of. */
  async organizationIds(): Promise<number[]> {
    return [...(await this.grants()).orgRoles.keys()];
  }

  private async matchGrant(
    grant: Grant,
    scope: ResourceScope,
    g: ViewerGrants,
  ): Promise<MatchedGrant | null> {
    if (!conditionHolds(grant, scope)) return null;
    switch (grant.scope) {
      case 'organization': {
        if (scope.organizationId === undefined) return null;
        const role = g.orgRoles.get(scope.organizationId);
        if (!role || !grant.roles.includes(role)) return null;
        if (
          grant.permission &&
          !g.orgPermissions.get(scope.organizationId)?.has(grant.permission)
        ) {
          return null;
        }
        return {
          grant,
          via: { role, organizationId: scope.organizationId, permission: grant.permission },
        };
      }
      case 'managingOrganization': {
        if (scope.managerOrganizationId === undefined) return null;
        const role = g.orgRoles.get(scope.managerOrganizationId);
        if (!role || !grant.roles.includes(role)) return null;
        return {
          grant,
          via: {
            role,
            organizationId: scope.managerOrganizationId,
            clientOrganizationId: scope.organizationId,
          },
        };
      }
      case 'manager': {
        if (scope.organizationId === undefined || g.orgRoles.size === 0) return null;
        const relationships = await this.loaders.managersOfClient.load(scope.organizationId);
        let managing = relationships.filter((r) => {
          const role = g.orgRoles.get(r.managerOrganizationId);
          return role !== undefined && grant.roles.includes(role);
        });
        if (grant.managerKinds && managing.length) {
          const managers = await this.loaders.organization.loadMany(
            managing.map((r) => r.managerOrganizationId),
          );
          managing = managing.filter((_, i) => {
            const m = managers[i];
            return m instanceof Organization && grant.managerKinds!.includes(m.kind);
          });
        }
        const first = managing[0];
        if (!first) return null;
        return {
          grant,
          via: {
            role: g.orgRoles.get(first.managerOrganizationId),
            organizationId: first.managerOrganizationId,
            clientOrganizationId: scope.organizationId,
          },
        };
      }
      case 'team': {
        const role = scope.teamId === undefined ? undefined : g.teamRoles.get(scope.teamId);
        if (!role || !grant.roles.includes(role)) return null;
        return { grant, via: { role, teamId: scope.teamId } };
      }
      case 'program': {
        const held = g.groups.find(
          (m) =>
            m.engagementId === null &&
            m.programId === scope.programId &&
            grant.groups.includes(m.group),
        );
        if (!held) return null;
        return {
          grant,
          via: {
            group: held.group,
            programId: held.programId,
            organizationId: held.memberOrganizationId,
          },
        };
      }
      case 'engagement': {
        const candidates = g.groups.filter(
          (m) =>
            m.engagementId !== null &&
            grant.groups.includes(m.group) &&
            (scope.engagementId !== undefined
              ? m.engagementId === scope.engagementId
              : scope.programId !== undefined && m.programId === scope.programId) &&
            (!grant.ownOrganizationOnly ||
              scope.memberOrganizationId === undefined ||
              m.memberOrganizationId === scope.memberOrganizationId),
        );
        const held = candidates[0];
        if (!held) return null;
        const via: GrantPath = {
          group: held.group,
          programId: held.programId,
          engagementId: held.engagementId!,
          organizationId: held.memberOrganizationId,
        };
        return grant.ownOrganizationOnly
          ? { grant, ownOrganizationId: held.memberOrganizationId, via }
          : { grant, via };
      }
      case 'audience': {
        if (scope.engagementId === undefined || g.orgRoles.size === 0) return null;
        const audience = await this.loaders.audienceOfEngagement.load(scope.engagementId);
        const held = audience.find((a) => {
          const role = g.orgRoles.get(a.organizationId);
          return role !== undefined && grant.roles.includes(role);
        });
        if (!held) return null;
        return {
          grant,
          via: {
            role: g.orgRoles.get(held.organizationId),
            organizationId: held.organizationId,
            engagementId: scope.engagementId,
          },
        };
      }
      case 'self':
        return this.viewer && scope.userId === this.viewer.id ? { grant, via: {} } : null;
      default:
        return null;
    }
  }

  /** The grants of `action` the viewer holds on the resource at `scope` (empty: denied). */
  matched(action: Action, scope: ResourceScope): Promise<MatchedGrant[]> {
    const key = `${action}|${JSON.stringify(scope)}`;
    let decision = this.decisions.get(key);
    if (!decision) {
      decision = (async () => {
        if (!this.viewer) return [];
        const g = await this.grants();
        const matches = await Promise.all(
          definitionOf(action).grants.map((grant) => this.matchGrant(grant, scope, g)),
        );
        const found = matches.filter((m): m is MatchedGrant => m !== null);
        if (found.length === 0 && action === 'user.read' && scope.userId !== undefined) {
          return this.userVisibleThroughOrganizations(scope.userId);
        }
        return found;
      })();
      this.decisions.set(key, decision);
    }
    return decision;
  }

  /**
   * A user is also visible to whoever may list the members of an organization the user belongs
   * to (R-PR-3, R-DI-3), or the members of an engagement the user is in (R-IN-2).
   */
  private async userVisibleThroughOrganizations(userId: number): Promise<MatchedGrant[]> {
    const [memberships, groups] = await Promise.all([
      this.loaders.membershipsOfUser.load(userId),
      this.loaders.groupMembershipsOfUser.load(userId),
    ]);
    for (const m of memberships) {
      if (m.invitedName !== null) continue; // a pending invitation shows no profile (consent)
      if (
        (await this.matched('organization.readMembers', { organizationId: m.organizationId }))
          .length
      ) {
        return [{ grant: { scope: 'self' }, via: { organizationId: m.organizationId } }];
      }
    }
    for (const gm of groups) {
      if (await this.groupMembershipVisibleThroughList(gm)) {
        return [{ grant: { scope: 'self' }, via: { engagementId: gm.engagementId ?? undefined } }];
      }
    }
    return [];
  }

  async can(action: Action, scope: ResourceScope): Promise<boolean> {
    return (await this.matched(action, scope)).length > 0;
  }

  /** Loads a resource for its scope; null when it does not exist. */
  private load<R extends ResourceType>(type: R, id: number): Promise<ResourceEntity[R] | null> {
    const loader = {
      Organization: this.loaders.organization,
      ManagedRelationship: this.loaders.relationship,
      Team: this.loaders.team,
      Program: this.loaders.program,
      Engagement: this.loaders.engagement,
      AccessRequest: this.loaders.accessRequest,
      ContentPackage: this.loaders.contentPackage,
      Feedback: this.loaders.feedback,
      AccessLink: this.loaders.accessLink,
      AccessReview: this.loaders.accessReview,
      User: this.loaders.user,
    }[type];
    return loader.load(id) as Promise<ResourceEntity[R] | null>;
  }

  /**
   * Loads the resources `ids` and checks `action` on each. Throws NOT_FOUND for any the viewer
   * may not even see (or that does not exist) and FORBIDDEN, with the rule, for any it sees but
   * may not act on. Returns the entities in the order of `ids`.
   */
  async require<A extends Action>(
    action: A,
    ids: readonly number[],
  ): Promise<ResourceEntity[(typeof import('./matrix').MATRIX)[A]['resource']][]> {
    const definition = definitionOf(action);
    const type = definition.resource;
    const entities = await Promise.all(ids.map((id) => this.load(type, id)));
    const readAction = READ_ACTION[type];
    await Promise.all(
      entities.map(async (entity) => {
        if (!entity) throw new NotFoundError(type);
        const scope = scopeOf(type, entity);
        if (await this.can(action, scope)) return;
        if (action !== readAction && (await this.can(readAction, scope))) {
          throw new ForbiddenError(
            `Not allowed: ${definition.description} (${definition.rules.join(', ')})`,
            definition.rules[0],
          );
        }
        throw new NotFoundError(type);
      }),
    );
    return entities as never;
  }

  /** Whether the viewer may see one group membership: its own, or through a member list. */
  canSeeGroupMembership(membership: GroupMembership): Promise<boolean> {
    if (this.viewer && membership.userId === this.viewer.id) return Promise.resolve(true);
    return this.groupMembershipVisibleThroughList(membership);
  }

  /**
   * Program-scope groups through `program.readMembers`; engagement groups through
   * `engagement.readMembers`, where a Power User's grant reaches its own organization only.
   */
  private async groupMembershipVisibleThroughList(membership: GroupMembership): Promise<boolean> {
    if (membership.engagementId === null) {
      const program = await this.loaders.program.load(membership.programId);
      return !!program && this.can('program.readMembers', scopeOf('Program', program));
    }
    const engagement = await this.loaders.engagement.load(membership.engagementId);
    if (!engagement) return false;
    return this.can('engagement.readMembers', {
      ...scopeOf('Engagement', engagement),
      memberOrganizationId: membership.memberOrganizationId,
    });
  }

  /** Whether the viewer may see an organization member record (its organization's member list). */
  canSeeMember(member: OrganizationMember): Promise<boolean> {
    if (this.viewer && member.userId === this.viewer.id) return Promise.resolve(true);
    return this.can('organization.readMembers', { organizationId: member.organizationId });
  }
}

/**
 * The permissions a permission set grants: all it lists except reports access, which the member
 * holds on its own (`reportsAccess`) and never receives from a set (R-PA-9).
 */
export function grantedBySet(set: PermissionSet | undefined): ClientPermission[] {
  return (set?.permissions ?? []).filter((p) => p !== ClientPermission.REPORTS_VIEW);
}
