import DataLoader from 'dataloader';
import {
  PermissionSet,
  GroupMembership,
  Organization,
  OrganizationMember,
  TeamMember,
  User,
} from '../../entities';
import {
  ClientPermission,
  GroupMembershipStatus,
  MemberStatus,
  OrgRole,
  TeamRole,
  GroupKind,
} from '../../entities/enums';
import { ForbiddenError, NotFoundError } from '../errors';
import type { Loaders } from '../loaders';
import { MAX_BATCH } from '../loaders/pages';
import {
  Action,
  definitionOf,
  Grant,
  MATRIX,
  MemberPermission,
  READ_ACTION,
  ResourceType,
} from './matrix';
import { conditionHolds, ResourceEntity, ResourceScope, scopeOf } from './scope';

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

/**
 * What every decision reads of a viewer's grants, canonical (sorted): two viewers with the same
 * fingerprint decide alike, except where the resource is the viewer itself (`self` grants).
 */
const fingerprints = new WeakMap<ViewerGrants, string>();

/** Grants whose load has finished, by the promise that loaded them: read without waiting. */
const loadedGrants = new WeakMap<Promise<ViewerGrants>, ViewerGrants>();

function fingerprintOf(g: ViewerGrants): string {
  let fingerprint = fingerprints.get(g);
  if (fingerprint === undefined) {
    const sorted = <T>(items: T[]) => items.map((i) => JSON.stringify(i)).sort();
    fingerprint = JSON.stringify([
      sorted([...g.orgRoles]),
      sorted([...g.orgPermissions].map(([id, set]) => [id, [...set].sort()])),
      sorted([...g.teamRoles]),
      sorted(g.groups.map((m) => [m.group, m.programId, m.engagementId, m.memberOrganizationId])),
    ]);
    fingerprints.set(g, fingerprint);
  }
  return fingerprint;
}

/**
 * Decisions of the accesses that share one event's loaders (`forEvent`), by grants fingerprint,
 * whether the resource is the viewer, and (action, scope): 10,000 subscribers with the same grants
 * decide an event once, not 10,000 times (issue 17). Kept as long as the event's loaders.
 */
const sharedDecisions = new WeakMap<Loaders, Map<string, Promise<boolean>>>();

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

/** The matrix's FORBIDDEN for `action`: its description and the DOMAIN.md rules behind it. */
export function refusalOf(action: Action): ForbiddenError {
  const { description, rules } = definitionOf(action);
  return new ForbiddenError(`Not allowed: ${description} (${rules.join(', ')})`, rules[0]);
}

/**
 * The one record-level access check (DESIGN §3.3). Set-based: `require` loads and checks many
 * ids at once through the request's loaders, and answers NOT_FOUND for what the viewer may not
 * see, so existence never leaks across tenants. Decisions are cached for the request.
 */
export class Access {
  private grantsPromise?: Promise<ViewerGrants>;
  private readonly decisions = new Map<string, Promise<MatchedGrant[]>>();
  private readonly allowed = new Map<string, Promise<boolean>>();
  /** The decisions of `allowed` that have settled, read without a promise by `allowedOf`. */
  private readonly settled = new Map<string, boolean>();
  /** Whether decisions are shared with the other accesses over these loaders (`forEvent`). */
  private sharesDecisions = false;
  private teamsOfUsers?: DataLoader<number, TeamMember[]>;
  private groupsOfUsers?: DataLoader<number, GroupMembership[]>;

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
    this.grantsPromise ??= this.loadGrants(this.viewer.id);
    return this.grantsPromise;
  }

  private loadGrants(userId: number): Promise<ViewerGrants> {
    const loading = (async (): Promise<ViewerGrants> => {
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
    void loading.then(
      (g) => loadedGrants.set(loading, g),
      () => undefined, // whoever awaits `loading` sees the error
    );
    return loading;
  }

  /**
   * The same viewer and grants (loaded now if not yet) reading everything else through `loaders`:
   * a subscription checks and resolves one event with the loaders every subscriber of that event
   * shares, so the event's rows are loaded once per instance, not once per subscriber.
   */
  async withLoaders(loaders: Loaders): Promise<Access> {
    await this.grants();
    return this.rebound(loaders);
  }

  /**
   * `withLoaders` for one subscription event, whose loaders every subscriber of the event shares:
   * decisions are shared too, with every other subscriber's access over those loaders whose
   * grants have the same fingerprint and whose relation to the resource (itself or not) is the
   * same, the only two inputs of a decision besides the loaders.
   */
  async forEvent(loaders: Loaders): Promise<Access> {
    const bound = await this.withLoaders(loaders);
    bound.sharesDecisions = true;
    return bound;
  }

  /**
   * The same viewer and grants (shared, loaded or not) over `loaders`, without the decisions
   * and rows this one holds: what an idle subscription keeps (`Context.releaseLoaders`).
   */
  rebound(loaders: Loaders): Access {
    const bound = new Access(this.viewer, loaders);
    bound.grantsPromise = this.grantsPromise;
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
    this.allowed.clear();
    this.settled.clear();
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
      case 'manager':
        return this.matchManager(grant, scope, g);
      case 'audience':
        return this.matchAudience(grant, scope, g);
      default:
        return matchHeld(grant, scope, g, this.viewer);
    }
  }

  /** A grant through a relationship managing the resource's organization (a loader read). */
  private async matchManager(
    grant: Grant & { scope: 'manager' },
    scope: ResourceScope,
    g: ViewerGrants,
  ): Promise<MatchedGrant | null> {
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

  /** A grant through an organization the engagement is offered to (a loader read). */
  private async matchAudience(
    grant: Grant & { scope: 'audience' },
    scope: ResourceScope,
    g: ViewerGrants,
  ): Promise<MatchedGrant | null> {
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

  /** The grants of `action` the viewer holds on the resource at `scope` (empty: denied). */
  matched(action: Action, scope: ResourceScope): Promise<MatchedGrant[]> {
    const key = keyOf(action, scope);
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
    // Never the viewer's own (`self` answered that): visible only through a member list.
    const [gm] = await this.visibleGroupMemberships(groups);
    return gm
      ? [{ grant: { scope: 'self' }, via: { engagementId: gm.engagementId ?? undefined } }]
      : [];
  }

  /**
   * Whether the viewer holds `action` at `scope`. Decided once per (action, scope) and request:
   * first against what the viewer holds directly, without a read or a promise per grant; only
   * when none of those match do the grants that read (manager relationships, audiences, the
   * user-visibility fallback) run, through `matched`.
   */
  can(action: Action, scope: ResourceScope): Promise<boolean> {
    const key = keyOf(action, scope);
    let decision = this.allowed.get(key);
    if (!decision && this.decisionNow(action, scope, key) !== undefined) {
      decision = this.allowed.get(key)!;
    }
    if (!decision) {
      const deciding: Promise<boolean> = this.decideOnce(action, scope, key).then((allowed) => {
        // Not after a `refresh()` that came while this decision was being taken.
        if (this.allowed.get(key) === deciding) this.settled.set(key, allowed);
        return allowed;
      });
      this.allowed.set(key, (decision = deciding));
    }
    return decision;
  }

  /** `decide`, or the decision an access with the same inputs took over the same event loaders. */
  private async decideOnce(action: Action, scope: ResourceScope, key: string): Promise<boolean> {
    if (!this.sharesDecisions || !this.viewer) return this.decide(action, scope);
    const self = scope.userId === this.viewer.id;
    const shared = `${fingerprintOf(await this.grants())}|${self}|${key}`;
    let decisions = sharedDecisions.get(this.loaders);
    if (!decisions) sharedDecisions.set(this.loaders, (decisions = new Map()));
    let decision = decisions.get(shared);
    if (!decision) decisions.set(shared, (decision = this.decide(action, scope)));
    return decision;
  }

  private async decide(action: Action, scope: ResourceScope): Promise<boolean> {
    if (!this.viewer) return false;
    const held = this.decideHeld(action, scope, await this.grants());
    return held ?? (await this.matched(action, scope)).length > 0;
  }

  /**
   * The decision when what the viewer holds directly settles it: true when a held grant
   * matches, false when none does and no grant needs a read; undefined when one would read.
   */
  private decideHeld(action: Action, scope: ResourceScope, g: ViewerGrants): boolean | undefined {
    let reads = action === 'user.read' && scope.userId !== undefined;
    for (const grant of definitionOf(action).grants) {
      if (grant.scope === 'manager' || grant.scope === 'audience') reads = true;
      else if (conditionHolds(grant, scope) && matchHeld(grant, scope, g, this.viewer)) {
        return true;
      }
    }
    return reads ? undefined : false;
  }

  /**
   * The decision of `key` if it can be had without waiting (issue 17: a page's record checks
   * without a promise each): settled already, or settled now by grants already loaded. Shared
   * decisions (`forEvent`) keep going through `decideOnce`.
   */
  private decisionNow(action: Action, scope: ResourceScope, key: string): boolean | undefined {
    const settled = this.settled.get(key);
    if (settled !== undefined || this.sharesDecisions || !this.viewer || !this.grantsPromise) {
      return settled;
    }
    const g = loadedGrants.get(this.grantsPromise);
    const held = g && this.decideHeld(action, scope, g);
    if (held === undefined) return undefined;
    this.settled.set(key, held);
    this.allowed.set(key, Promise.resolve(held));
    return held;
  }

  /**
   * The items the viewer may see, deciding once per distinct (action, scope) of the list rather
   * than once per row: `check` names what decides an item, or answers for it (its own record).
   */
  async allowedOf<T>(items: readonly T[], check: (item: T) => ItemCheck): Promise<T[]> {
    // Per item its answer when known now (its own record, or a settled decision), else the key
    // of the decision still to take, once per key.
    const answers: (boolean | string)[] = new Array(items.length);
    let undecided: Map<string, { action: Action; scope: ResourceScope }> | undefined;
    for (let i = 0; i < items.length; i++) {
      const c = check(items[i]);
      if (typeof c === 'boolean') {
        answers[i] = c;
        continue;
      }
      const key = keyOf(c.action, c.scope);
      const settled = this.decisionNow(c.action, c.scope, key);
      if (settled === undefined) (undecided ??= new Map()).set(key, c);
      answers[i] = settled ?? key;
    }
    const decided = new Map<string, boolean>();
    if (undecided) {
      await Promise.all(
        [...undecided].map(async ([key, c]) => decided.set(key, await this.can(c.action, c.scope))),
      );
    }
    return items.filter((_, i) => {
      const answer = answers[i];
      return typeof answer === 'boolean' ? answer : decided.get(answer)!;
    });
  }

  private isViewer(userId: number): boolean {
    return !!this.viewer && userId === this.viewer.id;
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

  /** `require` for one id: the row of `action`'s resource, once the viewer holds it. */
  async requireOne<A extends Action>(action: A, id: number): Promise<EntityOf<A>> {
    const [entity] = await this.require(action, [id]);
    return entity;
  }

  /**
   * Loads the resources `ids` and checks `action` on each. Throws NOT_FOUND if the viewer may
   * not even see one of them (or one does not exist), else FORBIDDEN, with the rule, for the
   * first it sees but may not act on. Returns the entities in the order of `ids`.
   */
  async require<A extends Action>(action: A, ids: readonly number[]): Promise<EntityOf<A>[]> {
    const { allowed, denied } = await this.filter(action, ids);
    const refusal = denied.find((d) => d.error instanceof NotFoundError) ?? denied[0];
    if (refusal) throw refusal.error;
    return allowed;
  }

  /**
   * Loads the resources `ids` and checks `action` on each: `allowed`, the entities the viewer
   * may act on, and `denied`, a refusal per other id (`refusalFor`), both in the order of `ids`.
   */
  async filter<A extends Action>(
    action: A,
    ids: readonly number[],
  ): Promise<Filtered<EntityOf<A>>> {
    const type = definitionOf(action).resource;
    const entities = await Promise.all(ids.map((id) => this.load(type, id)));
    const targets = ids.map((id, i) => {
      const entity = entities[i] as EntityOf<A> | null;
      return { id, entity, scope: entity && scopeOf(type, entity) };
    });
    const { allowed, denied } = await this.filterTargets(action, targets);
    return { allowed: allowed.map((t) => t.entity!), denied };
  }

  /**
   * `filter` for records the caller loaded, each with the scope `action` is decided at (null:
   * it does not exist) and, when it differs, the scope of its resource's read action.
   */
  async filterTargets<T extends Target>(
    action: Action,
    targets: readonly T[],
  ): Promise<Filtered<T>> {
    const refusals = await Promise.all(targets.map((t) => this.refusalFor(action, t)));
    return {
      allowed: targets.filter((_, i) => !refusals[i]),
      denied: targets.flatMap((t, i) => (refusals[i] ? [{ id: t.id, error: refusals[i] }] : [])),
    };
  }

  /**
   * Why the viewer may not take `action` on a target (null: it may): NOT_FOUND when it cannot
   * see it, so existence never leaks, else the matrix's FORBIDDEN with the rule.
   */
  private async refusalFor(action: Action, target: Target): Promise<Refusal | null> {
    const definition = definitionOf(action);
    if (!target.scope) return new NotFoundError(definition.resource);
    if (await this.can(action, target.scope)) return null;
    const readAction = READ_ACTION[definition.resource];
    const readScope = target.readScope ?? target.scope;
    if (action !== readAction && (await this.can(readAction, readScope))) return refusalOf(action);
    return new NotFoundError(definition.resource);
  }

  /** Whether the viewer may see one group membership: its own, or through a member list. */
  async canSeeGroupMembership(membership: GroupMembership): Promise<boolean> {
    return (await this.visibleGroupMemberships([membership])).length > 0;
  }

  /**
   * The group memberships the viewer may see: its own; program-scope groups through
   * `program.readMembers`; engagement groups through `engagement.readMembers`, where a Power
   * User's grant reaches its own organization only. One decision per program or (engagement,
   * member organization) of the list.
   */
  async visibleGroupMemberships(list: readonly GroupMembership[]): Promise<GroupMembership[]> {
    const others = list.filter((m) => !this.isViewer(m.userId));
    const [programs, engagements] = await Promise.all([
      this.loadAll(
        this.loaders.program,
        others.filter((m) => m.engagementId === null),
        (m) => m.programId,
      ),
      this.loadAll(this.loaders.engagement, others, (m) => m.engagementId),
    ]);
    // One decision per program, or per (engagement, member organization), of the list.
    const groupOf = (m: GroupMembership) =>
      m.engagementId === null ? `p${m.programId}` : `e${m.engagementId}|${m.memberOrganizationId}`;
    const decisions = distinctBy(others, groupOf);
    const allowed = new Set(
      (
        await this.allowedOf(decisions, (m): ItemCheck => {
          if (m.engagementId === null) {
            const program = programs.get(m.programId);
            return (
              !!program && { action: 'program.readMembers', scope: scopeOf('Program', program) }
            );
          }
          const engagement = engagements.get(m.engagementId);
          return (
            !!engagement && {
              action: 'engagement.readMembers',
              scope: {
                ...scopeOf('Engagement', engagement),
                memberOrganizationId: m.memberOrganizationId,
              },
            }
          );
        })
      ).map(groupOf),
    );
    return list.filter((m) => this.isViewer(m.userId) || allowed.has(groupOf(m)));
  }

  /** The team memberships in teams the viewer may see (`team.read`, one decision per team). */
  async visibleTeamMemberships(list: readonly TeamMember[]): Promise<TeamMember[]> {
    const teams = await this.loadAll(this.loaders.team, list, (t) => t.teamId);
    const visible = await this.allowedOf([...teams.values()], (team): ItemCheck => ({
      action: 'team.read',
      scope: scopeOf('Team', team),
    }));
    const allowed = new Set(visible.map((team) => team.id));
    return list.filter((t) => allowed.has(t.teamId));
  }

  /**
   * The team memberships of a user the viewer may see, decided once for every user asked in the
   * same tick (the users of a page: one check over all their lists, not one per user).
   */
  visibleTeamMembershipsOf(userId: number): Promise<TeamMember[]> {
    this.teamsOfUsers ??= this.perUser(this.loaders.teamMembershipsOfUser, (all) =>
      this.visibleTeamMemberships(all),
    );
    return this.teamsOfUsers.load(userId);
  }

  /** `visibleTeamMembershipsOf` for group memberships. */
  visibleGroupMembershipsOf(userId: number): Promise<GroupMembership[]> {
    this.groupsOfUsers ??= this.perUser(this.loaders.groupMembershipsOfUser, (all) =>
      this.visibleGroupMemberships(all),
    );
    return this.groupsOfUsers.load(userId);
  }

  /** Batches per-user lists into one `visible` call; not cached (decisions are, per request). */
  private perUser<T>(
    lists: { load(userId: number): Promise<T[]> },
    visible: (all: T[]) => Promise<T[]>,
  ): DataLoader<number, T[]> {
    return new DataLoader(
      async (userIds) => {
        const ofUsers = await Promise.all(userIds.map((id) => lists.load(id)));
        const shown = new Set(await visible(ofUsers.flat()));
        return ofUsers.map((list) => list.filter((item) => shown.has(item)));
      },
      { cache: false, maxBatchSize: MAX_BATCH },
    );
  }

  /** Whether the viewer may see an organization member record (its organization's member list). */
  async canSeeMember(member: OrganizationMember): Promise<boolean> {
    return (await this.visibleMembers([member])).length > 0;
  }

  /** The member records the viewer may see: its own, and those of organizations it lists. */
  visibleMembers(list: readonly OrganizationMember[]): Promise<OrganizationMember[]> {
    return this.allowedOf(list, (m) =>
      this.isViewer(m.userId)
        ? true
        : { action: 'organization.readMembers', scope: { organizationId: m.organizationId } },
    );
  }

  /** The distinct rows some items point to, by id (null ids skipped, missing rows left out). */
  private async loadAll<T, R extends { id: number }>(
    loader: { loadMany(ids: readonly number[]): Promise<(R | null | Error)[]> },
    items: readonly T[],
    idOf: (item: T) => number | null,
  ): Promise<Map<number, R>> {
    const ids = [...new Set(items.map(idOf).filter((id): id is number => id !== null))];
    const rows = ids.length ? await loader.loadMany(ids) : [];
    const map = new Map<number, R>();
    for (const row of rows) if (row && !(row instanceof Error)) map.set(row.id, row);
    return map;
  }
}

/** The first item of each distinct `groupOf` value, in list order. */
function distinctBy<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
  const first = new Map<string, T>();
  for (const item of items) {
    const key = groupOf(item);
    if (!first.has(key)) first.set(key, item);
  }
  return [...first.values()];
}

/** The entity of an action's resource. */
export type EntityOf<A extends Action> = ResourceEntity[(typeof MATRIX)[A]['resource']];

/** Why one id was refused: NOT_FOUND (not visible) or FORBIDDEN (visible, with the rule). */
export type Refusal = NotFoundError | ForbiddenError;

/** What `filter` answers: what the viewer may act on, and a refusal per other id. */
export interface Filtered<T> {
  allowed: T[];
  denied: { id: number; error: Refusal }[];
}

/** One record `filterTargets` checks: the scope of the action (null: missing), and of its read. */
export interface Target {
  id: number;
  scope: ResourceScope | null;
  readScope?: ResourceScope;
}

/** What decides whether one item of a list shows: an action at a scope, or the answer itself. */
export type ItemCheck = boolean | { action: Action; scope: ResourceScope };

/**
 * A decision's cache key: the action and every field the scope has, whichever they are (a field
 * added to `ResourceScope` can never be left out of the key; `reviewKind` once was). Scopes
 * built with their fields in another order only miss the cache, never share a decision.
 */
function keyOf(action: Action, scope: ResourceScope): string {
  let key: string = action;
  for (const field in scope) key += `|${field}=${scope[field as keyof ResourceScope]}`;
  return key;
}

/**
 * The permissions a permission set grants: all it lists except reports access, which the member
 * holds on its own (`reportsAccess`) and never receives from a set (R-PA-9).
 */
export function grantedBySet(set: PermissionSet | undefined): ClientPermission[] {
  return (set?.permissions ?? []).filter((p) => p !== ClientPermission.REPORTS_VIEW);
}

/**
 * A grant matched against what the viewer holds directly (no read needed): organization,
 * managing-organization, team, program, engagement and self scopes. The caller checks the
 * grant's condition; manager and audience grants need loaders (`Access.matchGrant`).
 */
function matchHeld(
  grant: Grant,
  scope: ResourceScope,
  g: ViewerGrants,
  viewer: User | null,
): MatchedGrant | null {
  switch (grant.scope) {
    case 'organization': {
      if (scope.organizationId === undefined) return null;
      const role = g.orgRoles.get(scope.organizationId);
      if (!role || !grant.roles.includes(role)) return null;
      if (grant.permission && !g.orgPermissions.get(scope.organizationId)?.has(grant.permission)) {
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
    case 'self':
      return viewer && scope.userId === viewer.id ? { grant, via: {} } : null;
    default:
      return null;
  }
}
