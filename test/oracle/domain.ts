import { DataSource } from 'typeorm';

/**
 * An oracle for the permission model written from DOMAIN.md, on purpose without reading
 * `src/permissions` (issue 8, fuzzing): plain rules over the raw rows of the database. The fuzz
 * test compares the gateway's answers with it. Where DOMAIN.md is silent the oracle follows the
 * product decisions documented in the README and docs/permissions.md, each named below.
 */

export type Id = number;

export interface World {
  users: { id: Id; email: string }[];
  organizations: Map<Id, { id: Id; name: string; seatsAssigned: number; seatsUsed: number }>;
  members: { organizationId: Id; userId: Id; role: string; status: string }[];
  relationships: { managerOrganizationId: Id; clientOrganizationId: Id; status: string }[];
  programs: Map<Id, { id: Id; hostOrganizationId: Id }>;
  engagements: Map<Id, { id: Id; programId: Id; hostOrganizationId: Id }>;
  audience: { engagementId: Id; organizationId: Id }[];
  groups: {
    programId: Id;
    engagementId: Id | null;
    userId: Id;
    group: string;
    memberOrganizationId: Id;
    status: string;
  }[];
  teams: Map<Id, { id: Id; organizationId: Id; privacy: string }>;
  teamMembers: { teamId: Id; userId: Id; role: string }[];
}

const byId = <T extends { id: Id }>(rows: T[]) => new Map(rows.map((r) => [Number(r.id), r]));
const numbers = <T extends object>(rows: T[], keys: (keyof T)[]): T[] =>
  rows.map((r) => {
    const copy = { ...r };
    for (const k of keys)
      if (copy[k] !== null) (copy as Record<keyof T, unknown>)[k] = Number(r[k]);
    return copy;
  });

/** Reads the facts straight from the tables (no service, no loader). */
export async function loadWorld(db: DataSource): Promise<World> {
  const q = <T extends object>(sql: string, keys: (keyof T)[]) =>
    db.query(sql).then((rows: T[]) => numbers(rows, keys));
  return {
    users: await q('SELECT id, email FROM `user`', ['id']),
    organizations: byId(
      await q<{ id: Id; name: string; seatsAssigned: number; seatsUsed: number }>(
        'SELECT id, name, seatsAssigned, seatsUsed FROM organization',
        ['id', 'seatsAssigned', 'seatsUsed'],
      ),
    ),
    members: await q('SELECT organizationId, userId, role, status FROM organization_member', [
      'organizationId',
      'userId',
    ]),
    relationships: await q(
      'SELECT managerOrganizationId, clientOrganizationId, status FROM managed_relationship',
      ['managerOrganizationId', 'clientOrganizationId'],
    ),
    programs: byId(
      await q('SELECT id, hostOrganizationId FROM program', ['id', 'hostOrganizationId']),
    ),
    engagements: byId(
      await q('SELECT id, programId, hostOrganizationId FROM engagement', [
        'id',
        'programId',
        'hostOrganizationId',
      ]),
    ),
    audience: await q('SELECT engagementId, organizationId FROM engagement_audience', [
      'engagementId',
      'organizationId',
    ]),
    groups: await q(
      'SELECT programId, engagementId, userId, `group`, memberOrganizationId, status FROM group_membership',
      ['programId', 'engagementId', 'userId', 'memberOrganizationId'],
    ),
    teams: byId(await q('SELECT id, organizationId, privacy FROM team', ['id', 'organizationId'])),
    teamMembers: await q('SELECT teamId, userId, role FROM team_member', ['teamId', 'userId']),
  };
}

/** What a call should come to: success, or the machine code of its refusal. */
export type Outcome = 'OK' | 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT';

/** A viewer (null: anonymous) over one state of the world. */
export class Oracle {
  constructor(
    private readonly w: World,
    readonly viewer: Id | null,
  ) {}

  private roles(userId: Id, organizationId: Id): string[] {
    return this.w.members
      .filter((m) => m.userId === userId && m.organizationId === organizationId)
      .filter((m) => m.status === 'ACTIVE')
      .map((m) => m.role);
  }

  private hasRole(organizationId: Id, roles: string[]): boolean {
    return (
      this.viewer !== null && this.roles(this.viewer, organizationId).some((r) => roles.includes(r))
    );
  }

  /** Active members of an organization (R-US-1: only they can be added). */
  isActiveMember(userId: Id, organizationId: Id): boolean {
    return this.roles(userId, organizationId).length > 0;
  }

  /**
   * R-PR-1, R-PR-3, R-PA-1: the admins and service users of a provider or partner administer
   * the clients it manages, while the relationship has not ended.
   */
  administersClient(organizationId: Id): boolean {
    return this.w.relationships.some(
      (r) =>
        r.clientOrganizationId === organizationId &&
        r.status !== 'ENDED' &&
        this.hasRole(r.managerOrganizationId, ['ADMIN', 'SERVICE_USER']),
    );
  }

  private inEngagementGroup(engagementId: Id, groups: string[]) {
    return this.w.groups.filter(
      (g) =>
        g.userId === this.viewer &&
        g.engagementId === engagementId &&
        g.status === 'ACTIVE' &&
        groups.includes(g.group),
    );
  }

  private inProgramGroup(programId: Id, groups: string[]): boolean {
    return this.w.groups.some(
      (g) =>
        g.userId === this.viewer &&
        g.engagementId === null &&
        g.programId === programId &&
        g.status === 'ACTIVE' &&
        groups.includes(g.group),
    );
  }

  /** Organizations: their own members, and the administrators of their managers. */
  seesOrganization(organizationId: Id): boolean {
    return (
      this.hasRole(organizationId, ['ADMIN', 'SERVICE_USER', 'PARTNER_ADMIN', 'MEMBER', 'GUEST']) ||
      this.administersClient(organizationId)
    );
  }

  /**
   * The member list: members other than guests (R-PU-3 has members search their own account;
   * guests are outsiders, R-DI-5), and the client's administrators (R-PR-3).
   */
  readsMembers(organizationId: Id): boolean {
    return (
      this.hasRole(organizationId, ['ADMIN', 'SERVICE_USER', 'PARTNER_ADMIN', 'MEMBER']) ||
      this.administersClient(organizationId)
    );
  }

  /** R-PR-1: a provider's (or partner's) admins and service users list its clients. */
  readsClients(organizationId: Id): boolean {
    return this.hasRole(organizationId, ['ADMIN', 'SERVICE_USER']);
  }

  /** R-PR-3, R-PR-4: seats are changed from the managing provider or partner only. */
  changesSeats(organizationId: Id): boolean {
    return this.administersClient(organizationId);
  }

  /**
   * R-EN-1, R-EN-2, R-EN-4: the engagement's groups, the program's host groups, the host's
   * admins, and the (non-guest) members of organizations it is offered to.
   */
  seesEngagement(engagementId: Id): boolean {
    const e = this.w.engagements.get(engagementId);
    if (!e) return false;
    return (
      this.inEngagementGroup(engagementId, ['PARTICIPANT', 'POWER_USER', 'ENGAGEMENT_OWNER'])
        .length > 0 ||
      this.inProgramGroup(e.programId, [
        'ENGAGEMENT_CREATOR',
        'PACKAGE_PUBLISHER',
        'PROGRAM_OWNER',
      ]) ||
      this.hasRole(e.hostOrganizationId, ['ADMIN']) ||
      this.w.audience.some(
        (a) =>
          a.engagementId === engagementId &&
          this.hasRole(a.organizationId, ['ADMIN', 'SERVICE_USER', 'PARTNER_ADMIN', 'MEMBER']),
      )
    );
  }

  /** R-EN-1: program overview for its host groups, its engagements' members and host admins. */
  seesProgram(programId: Id): boolean {
    const p = this.w.programs.get(programId);
    if (!p) return false;
    return (
      this.inProgramGroup(programId, [
        'ENGAGEMENT_CREATOR',
        'PACKAGE_PUBLISHER',
        'PROGRAM_OWNER',
      ]) ||
      this.w.groups.some(
        (g) =>
          g.userId === this.viewer &&
          g.programId === programId &&
          g.engagementId !== null &&
          g.status === 'ACTIVE' &&
          ['PARTICIPANT', 'POWER_USER', 'ENGAGEMENT_OWNER'].includes(g.group),
      ) ||
      this.hasRole(p.hostOrganizationId, ['ADMIN'])
    );
  }

  /** Engagement Owners and Program Owners manage every aspect of an engagement (R-EN-1). */
  managesEngagement(engagementId: Id): boolean {
    const e = this.w.engagements.get(engagementId);
    if (!e) return false;
    return (
      this.inEngagementGroup(engagementId, ['ENGAGEMENT_OWNER']).length > 0 ||
      this.inProgramGroup(e.programId, ['PROGRAM_OWNER'])
    );
  }

  /** The organizations a Power User manages participants for (R-PU-1). */
  powerUserOrganizations(engagementId: Id): Id[] {
    return this.inEngagementGroup(engagementId, ['POWER_USER']).map((g) => g.memberOrganizationId);
  }

  /**
   * The engagement members the viewer may list (R-IN-2): all of them for owners, their own
   * organization's for Power Users (R-PU-1, R-PU-3); null when the list is refused.
   */
  engagementMembersVisible(engagementId: Id): World['groups'] | null {
    const all = this.w.groups.filter((g) => g.engagementId === engagementId);
    if (this.managesEngagement(engagementId)) return all;
    const own = this.powerUserOrganizations(engagementId);
    if (own.length === 0) return null;
    return all.filter((g) => own.includes(g.memberOrganizationId));
  }

  /**
   * Who is told of a change to an engagement membership (R-IN-2): the member, owners, and the
   * Power Users of the member's organization.
   */
  receivesMembershipEvent(engagementId: Id, memberUserId: Id, memberOrganizationId: Id): boolean {
    return (
      this.viewer === memberUserId ||
      this.managesEngagement(engagementId) ||
      this.powerUserOrganizations(engagementId).includes(memberOrganizationId)
    );
  }

  /** Team visibility (R-DI-2, R-DI-7): private teams only to their members and company admins. */
  seesTeam(teamId: Id): boolean {
    const t = this.w.teams.get(teamId);
    if (!t) return false;
    return (
      this.w.teamMembers.some((m) => m.teamId === teamId && m.userId === this.viewer) ||
      this.hasRole(t.organizationId, ['ADMIN']) ||
      (t.privacy !== 'PRIVATE' &&
        this.hasRole(t.organizationId, ['SERVICE_USER', 'PARTNER_ADMIN', 'MEMBER'])) ||
      this.administersClient(t.organizationId)
    );
  }

  /** R-DI-2, R-DI-7: team admins and company admins change a team's settings. */
  updatesTeam(teamId: Id): boolean {
    const t = this.w.teams.get(teamId)!;
    return (
      this.w.teamMembers.some(
        (m) => m.teamId === teamId && m.userId === this.viewer && m.role === 'ADMIN',
      ) || this.hasRole(t.organizationId, ['ADMIN'])
    );
  }

  /**
   * Adding users to an engagement group (R-MB-1, R-US-1, R-PU-1, R-PU-2, R-EN-1).
   * `organizationId`: the users' organization; owners must name the host or an audience
   * organization, Power Users act for their own.
   */
  addToEngagement(
    engagementId: Id,
    group: 'PARTICIPANT' | 'POWER_USER',
    organizationId: Id | undefined,
    userId: Id,
  ): Outcome {
    if (this.viewer === null) return 'UNAUTHENTICATED';
    const e = this.w.engagements.get(engagementId);
    if (!e || !this.seesEngagement(engagementId)) return 'NOT_FOUND';
    const own = this.powerUserOrganizations(engagementId);
    if (this.managesEngagement(engagementId)) {
      if (organizationId === undefined) return 'BAD_USER_INPUT';
      const offered =
        organizationId === e.hostOrganizationId ||
        this.w.audience.some(
          (a) => a.engagementId === engagementId && a.organizationId === organizationId,
        );
      if (!offered) return 'BAD_USER_INPUT';
      return this.isActiveMember(userId, organizationId) ? 'OK' : 'BAD_USER_INPUT';
    }
    // R-PU-2: only owners add Power Users.
    if (own.length === 0 || group === 'POWER_USER') return 'FORBIDDEN';
    if (organizationId !== undefined && !own.includes(organizationId)) return 'FORBIDDEN';
    return this.isActiveMember(userId, organizationId ?? own[0]) ? 'OK' : 'BAD_USER_INPUT';
  }

  /** Removing users from an engagement group (R-MB-2, R-PU-1, R-PU-2). */
  removeFromEngagement(engagementId: Id, group: 'PARTICIPANT' | 'POWER_USER', userId: Id): Outcome {
    if (this.viewer === null) return 'UNAUTHENTICATED';
    if (!this.seesEngagement(engagementId)) return 'NOT_FOUND';
    if (this.managesEngagement(engagementId)) return 'OK';
    const own = this.powerUserOrganizations(engagementId);
    if (own.length === 0 || group === 'POWER_USER') return 'FORBIDDEN';
    const ofOwnOrganization = own.some((o) => this.isActiveMember(userId, o));
    const elsewhere = this.w.groups.some(
      (g) =>
        g.engagementId === engagementId &&
        g.group === group &&
        g.userId === userId &&
        !own.includes(g.memberOrganizationId),
    );
    return ofOwnOrganization && !elsewhere ? 'OK' : 'FORBIDDEN';
  }

  /** R-PR-3, R-PR-4: never below the seats in use. */
  changeSeats(organizationId: Id, assigned: number): Outcome {
    if (this.viewer === null) return 'UNAUTHENTICATED';
    if (!this.seesOrganization(organizationId)) return 'NOT_FOUND';
    if (!this.changesSeats(organizationId)) return 'FORBIDDEN';
    return assigned < this.w.organizations.get(organizationId)!.seatsUsed ? 'BAD_USER_INPUT' : 'OK';
  }

  updateTeam(teamId: Id): Outcome {
    if (this.viewer === null) return 'UNAUTHENTICATED';
    if (!this.seesTeam(teamId)) return 'NOT_FOUND';
    return this.updatesTeam(teamId) ? 'OK' : 'FORBIDDEN';
  }
}
