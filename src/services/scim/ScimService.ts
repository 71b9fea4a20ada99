import { EntityManager, In } from 'typeorm';
import {
  Organization,
  OrganizationDomain,
  OrganizationMember,
  ScimExternalId,
  ScimToken,
  Team,
  TeamJoinRequest,
  TeamMember,
  User,
} from '../../../entities';
import { MemberStatus, OrgRole, TeamPrivacy, TeamRole } from '../../../entities/enums';
import { isUniqueViolation } from '../../db/transaction';
import { NotFoundError } from '../../errors';
import { ScimError } from '../../scim/errors';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import type { ServiceDeps } from '../context';
import { MemberService, validateEmail } from '../organizations/MemberService';
import {
  keepOneSuperAdmin,
  lockOrganization,
  occupiesSeat,
  occupySeats,
  releaseSeats,
} from '../organizations/seats';
import { scimGroupMemberNotActive, scimGroupNameTaken, scimGroupTooManyMembers } from './errors';

/** A provisioned user as SCIM shows it: the membership, the user, the IdP's external id. */
export interface ScimUserRow {
  member: OrganizationMember;
  user: User;
  externalId: string | null;
}

export interface ScimGroupRow {
  team: Team;
  externalId: string | null;
  members: { userId: number; name: string }[];
}

export interface ScimUserInput {
  email: string;
  name: string;
  externalId: string | null;
  active: boolean;
}

export interface ScimGroupInput {
  displayName: string;
  externalId: string | null;
  memberIds: number[];
}

/** Equalities of a list filter, already mapped to our columns (src/scim/filter.ts). */
export type ScimQuery = Map<string, string | number>;

/** At most this many members per group in one request. */
export const MAX_GROUP_MEMBERS = 1000;

/**
 * SCIM 2.0 provisioning of one organization (R-DI-1), on behalf of one SCIM token (R-PA-10). It
 * works through the same services as GraphQL: a provisioned user takes a seat through
 * `MemberService.create` (SEAT_LIMIT_REACHED when none is left, R-PR-4), deactivation frees it,
 * deletion removes only this organization's membership (R-MB-2). The actor is the system (null)
 * and every audit event names the token (`via: scim`). Partner employees are not SCIM-managed
 * (R-PA-7): they are not listed and cannot be reached.
 */
export class ScimService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly members: MemberService,
    private readonly org: Organization,
    private readonly token: ScimToken,
  ) {}

  private get via() {
    return { via: 'scim', scimTokenId: this.token.id };
  }

  private audit(
    em: EntityManager,
    action: string,
    targetType: 'User' | 'Team',
    targetId: number,
    metadata: Record<string, unknown> = {},
  ) {
    return recordAudit(em, this.deps.clock, [
      {
        organizationId: this.org.id,
        actorUserId: null,
        action,
        targetType,
        targetId,
        metadata: { ...metadata, ...this.via },
      },
    ]);
  }

  // ---- Users ----

  /** Provisioned users matching `query`, by membership id, `count` from `offset`. */
  async listUsers(
    query: ScimQuery,
    offset: number,
    count: number,
  ): Promise<{ total: number; rows: ScimUserRow[] }> {
    const qb = this.deps.db
      .getRepository(OrganizationMember)
      .createQueryBuilder('m')
      .innerJoin(User, 'u', 'u.id = m.userId')
      .where('m.organizationId = :org AND m.partnerOrganizationId IS NULL', { org: this.org.id });
    if (query.has('id')) qb.andWhere('m.userId = :id', { id: query.get('id') });
    if (query.has('email')) {
      qb.andWhere('u.email = :email', { email: String(query.get('email')).toLowerCase() });
    }
    // Every user has one email, of type work.
    if (query.has('emailType') && String(query.get('emailType')).toLowerCase() !== 'work') {
      qb.andWhere('1 = 0');
    }
    if (query.has('externalId')) {
      qb.innerJoin(
        ScimExternalId,
        'x',
        "x.organizationId = m.organizationId AND x.resourceType = 'User' AND x.resourceId = m.userId",
      ).andWhere('x.externalId = :externalId', { externalId: query.get('externalId') });
    }
    const total = await qb.getCount();
    const members =
      count === 0 ? [] : await qb.orderBy('m.id').offset(offset).limit(count).getMany();
    return { total, rows: await this.userRows(members) };
  }

  private async userRows(members: OrganizationMember[]): Promise<ScimUserRow[]> {
    if (!members.length) return [];
    const userIds = members.map((m) => m.userId);
    const [users, externals] = await Promise.all([
      this.deps.db.getRepository(User).findBy({ id: In(userIds) }),
      this.externalIds('User', userIds),
    ]);
    const byId = new Map(users.map((u) => [u.id, u]));
    return members.map((member) => ({
      member,
      user: byId.get(member.userId)!,
      externalId: externals.get(member.userId) ?? null,
    }));
  }

  private async externalIds(type: 'User' | 'Group', ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.deps.db.getRepository(ScimExternalId).findBy({
      organizationId: this.org.id,
      resourceType: type,
      resourceId: In(ids),
    });
    return new Map(rows.map((r) => [r.resourceId, r.externalId]));
  }

  /** One provisioned user; NOT_FOUND for anyone not SCIM-managed in this organization. */
  async getUser(userId: number): Promise<ScimUserRow> {
    const member = await this.deps.db
      .getRepository(OrganizationMember)
      .findOneBy({ organizationId: this.org.id, userId });
    if (!member || member.partnerOrganizationId !== null) throw new NotFoundError('User');
    return (await this.userRows([member]))[0];
  }

  /**
   * Provisions a user: added (or, for someone who already has an account outside the
   * organization's verified domains, invited: consent, DESIGN §3.15) as a member, taking a seat.
   * Errors: BAD_USER_INPUT, CONFLICT (already a member), SEAT_LIMIT_REACHED.
   */
  async createUser(input: ScimUserInput): Promise<ScimUserRow> {
    const member = await this.members.create({
      organizationId: this.org.id,
      email: input.email,
      name: input.name,
      role: OrgRole.MEMBER,
      invite: false,
      auditMetadata: this.via,
    });
    if (input.externalId !== null)
      await this.setExternalId('User', member.userId, input.externalId);
    if (!input.active) await this.setActive(member.userId, false);
    return this.getUser(member.userId);
  }

  /**
   * Replaces a user's provisioned attributes (PUT, and PATCH after applying its operations).
   * The email is the identity and never changes; the name changes for users of a domain the
   * organization verified (managed users, R-DI-1), otherwise the profile stays the user's own
   * (R-DI-6). `active` deactivates or reactivates. Errors: NOT_FOUND, BAD_USER_INPUT, CONFLICT
   * (the last super admin), SEAT_LIMIT_REACHED (reactivation).
   */
  async replaceUser(userId: number, input: ScimUserInput): Promise<ScimUserRow> {
    const current = await this.getUser(userId);
    if (validateEmail(input.email, 'userName') !== current.user.email) {
      throw new ScimError(
        400,
        'userName (the email) cannot change.',
        'mutability',
        'BAD_USER_INPUT',
      );
    }
    const name = boundedText(input.name, 'name', { max: 200, singleLine: true });
    const managed = await this.isManaged(current.user.email);
    if (managed && name !== current.user.name) {
      await runCommand(this.deps, async ({ em }) => {
        await em.update(User, { id: userId }, { name });
        await this.audit(em, 'member.profile.updated', 'User', userId, {
          before: current.user.name,
          after: name,
        });
      });
      this.deps.loaders.user.clear(userId);
    }
    if (input.externalId !== current.externalId) {
      await this.setExternalId('User', userId, input.externalId);
    }
    await this.setActive(userId, input.active);
    return this.getUser(userId);
  }

  private isManaged(email: string): Promise<boolean> {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    return this.deps.db
      .getRepository(OrganizationDomain)
      .existsBy({ organizationId: this.org.id, domain });
  }

  /**
   * Deactivates (the seat is freed; never the last super admin, R-PA-8) or reactivates (a seat
   * is taken again, R-PR-4) a member, as the batch operations do (R-DI-5, R-BK-1).
   */
  async setActive(userId: number, active: boolean): Promise<void> {
    const changed = await runCommand(this.deps, async ({ em }) => {
      await lockOrganization(em, this.org.id);
      const member = await em.findOneBy(OrganizationMember, {
        organizationId: this.org.id,
        userId,
      });
      if (!member || member.partnerOrganizationId !== null) throw new NotFoundError('User');
      const deactivated = member.status === MemberStatus.DEACTIVATED;
      if (active === !deactivated) return false;
      if (!active) {
        if (member.role === OrgRole.ADMIN) await keepOneSuperAdmin(em, this.org.id, userId);
        await em.update(
          OrganizationMember,
          { id: member.id },
          { status: MemberStatus.DEACTIVATED },
        );
        if (occupiesSeat(member.status)) await releaseSeats(em, this.org.id);
        await this.audit(em, 'member.deactivate', 'User', userId, { before: member.status });
      } else {
        await occupySeats(em, this.org.id);
        const status = member.invitedName ? MemberStatus.INVITED : MemberStatus.ACTIVE;
        await em.update(OrganizationMember, { id: member.id }, { status });
        await this.audit(em, 'member.reactivate', 'User', userId, { after: status });
      }
      return true;
    });
    if (changed) this.members.forget(this.org.id, userId);
  }

  /**
   * De-provisions a user: this organization's membership, its teams and engagement groups held
   * for it go, and the seat is freed; the user and its other organizations stay (R-MB-2). Never
   * the last super admin (R-PA-8). Errors: NOT_FOUND, CONFLICT.
   */
  async deleteUser(userId: number): Promise<void> {
    await runCommand(this.deps, async (tx) => {
      const { em } = tx;
      await lockOrganization(em, this.org.id);
      const member = await em.findOneBy(OrganizationMember, {
        organizationId: this.org.id,
        userId,
      });
      if (!member || member.partnerOrganizationId !== null) throw new NotFoundError('User');
      if (member.role === OrgRole.ADMIN) await keepOneSuperAdmin(em, this.org.id, userId);
      await this.members.removeMembership(tx, member);
      await em.delete(ScimExternalId, {
        organizationId: this.org.id,
        resourceType: 'User',
        resourceId: userId,
      });
      await this.audit(em, 'member.removed', 'User', userId, {
        role: member.role,
        status: member.status,
      });
    });
    this.members.forget(this.org.id, userId);
  }

  private async setExternalId(
    type: 'User' | 'Group',
    resourceId: number,
    externalId: string | null,
  ): Promise<void> {
    await runCommand(this.deps, async ({ em }) => {
      const key = { organizationId: this.org.id, resourceType: type, resourceId };
      await em.delete(ScimExternalId, key);
      if (externalId !== null) await em.insert(ScimExternalId, { ...key, externalId });
      await this.audit(
        em,
        type === 'User' ? 'member.scim.externalId' : 'team.scim.externalId',
        type === 'User' ? 'User' : 'Team',
        resourceId,
        { externalId },
      );
    });
  }

  // ---- Groups (teams) ----

  async listGroups(
    query: ScimQuery,
    offset: number,
    count: number,
    withMembers: boolean,
  ): Promise<{ total: number; rows: ScimGroupRow[] }> {
    const qb = this.deps.db
      .getRepository(Team)
      .createQueryBuilder('t')
      .where('t.organizationId = :org', { org: this.org.id });
    if (query.has('id')) qb.andWhere('t.id = :id', { id: query.get('id') });
    if (query.has('displayName')) {
      qb.andWhere('t.name = :name', { name: query.get('displayName') });
    }
    if (query.has('externalId')) {
      qb.innerJoin(
        ScimExternalId,
        'x',
        "x.organizationId = t.organizationId AND x.resourceType = 'Group' AND x.resourceId = t.id",
      ).andWhere('x.externalId = :externalId', { externalId: query.get('externalId') });
    }
    const total = await qb.getCount();
    const teams = count === 0 ? [] : await qb.orderBy('t.id').offset(offset).limit(count).getMany();
    return { total, rows: await this.groupRows(teams, withMembers) };
  }

  private async groupRows(teams: Team[], withMembers: boolean): Promise<ScimGroupRow[]> {
    if (!teams.length) return [];
    const ids = teams.map((t) => t.id);
    const externals = await this.externalIds('Group', ids);
    const memberships = withMembers
      ? await this.deps.db
          .getRepository(TeamMember)
          .find({ where: { teamId: In(ids) }, order: { id: 'ASC' } })
      : [];
    const users = memberships.length
      ? await this.deps.db
          .getRepository(User)
          .findBy({ id: In([...new Set(memberships.map((m) => m.userId))]) })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return teams.map((team) => ({
      team,
      externalId: externals.get(team.id) ?? null,
      members: memberships
        .filter((m) => m.teamId === team.id)
        .map((m) => ({ userId: m.userId, name: names.get(m.userId) ?? '' })),
    }));
  }

  async getGroup(teamId: number, withMembers = true): Promise<ScimGroupRow> {
    const team = await this.deps.db
      .getRepository(Team)
      .findOneBy({ id: teamId, organizationId: this.org.id });
    if (!team) throw new NotFoundError('Group');
    return (await this.groupRows([team], withMembers))[0];
  }

  /** The members of a group must be members of the organization (R-US-1), not deactivated. */
  private async checkMembers(userIds: number[]): Promise<void> {
    if (userIds.length > MAX_GROUP_MEMBERS) {
      throw scimGroupTooManyMembers(MAX_GROUP_MEMBERS);
    }
    if (!userIds.length) return;
    const found = await this.deps.db.getRepository(OrganizationMember).countBy({
      organizationId: this.org.id,
      userId: In(userIds),
      status: In([MemberStatus.ACTIVE, MemberStatus.INVITED]),
    });
    if (found !== userIds.length) {
      throw scimGroupMemberNotActive();
    }
  }

  /**
   * Creates a team from a group (R-DI-2), discoverable by default, with its members. Errors:
   * BAD_USER_INPUT, CONFLICT (a team of that name exists).
   */
  async createGroup(input: ScimGroupInput): Promise<ScimGroupRow> {
    const name = boundedText(input.displayName, 'displayName', { max: 191, singleLine: true });
    const memberIds = [...new Set(input.memberIds)];
    await this.checkMembers(memberIds);
    try {
      const team = await runCommand(this.deps, async ({ em }) => {
        const now = this.deps.clock.now();
        const created = await em.save(
          em.create(Team, {
            organizationId: this.org.id,
            name,
            privacy: TeamPrivacy.DISCOVERABLE,
            createdAt: now,
          }),
        );
        await this.audit(em, 'team.created', 'Team', created.id, { name });
        await this.changeMembers(em, created, memberIds, []);
        if (input.externalId !== null) {
          await em.insert(ScimExternalId, {
            organizationId: this.org.id,
            resourceType: 'Group',
            resourceId: created.id,
            externalId: input.externalId,
          });
        }
        return created;
      });
      this.forgetTeams(memberIds);
      return this.getGroup(team.id);
    } catch (error) {
      if (isUniqueViolation(error)) throw scimGroupNameTaken(name);
      throw error;
    }
  }

  private async changeMembers(em: EntityManager, team: Team, add: number[], remove: number[]) {
    const now = this.deps.clock.now();
    for (const userId of add) {
      await em.insert(TeamMember, {
        teamId: team.id,
        userId,
        organizationId: team.organizationId,
        role: TeamRole.MEMBER,
        createdAt: now,
      });
      await this.audit(em, 'team.member.added', 'User', userId, {
        teamId: team.id,
        team: team.name,
      });
    }
    if (!remove.length) return;
    await em.delete(TeamMember, { teamId: team.id, userId: In(remove) });
    for (const userId of remove) {
      await this.audit(em, 'team.member.removed', 'User', userId, {
        teamId: team.id,
        team: team.name,
      });
    }
  }

  /**
   * Replaces a group's name, external id and members (PUT, and PATCH after its operations):
   * members present but not listed leave the team, listed ones join. Errors: NOT_FOUND,
   * BAD_USER_INPUT, CONFLICT (name taken).
   */
  async replaceGroup(teamId: number, input: ScimGroupInput): Promise<ScimGroupRow> {
    const current = await this.getGroup(teamId);
    const name = boundedText(input.displayName, 'displayName', { max: 191, singleLine: true });
    const wanted = new Set(input.memberIds);
    const present = new Set(current.members.map((m) => m.userId));
    const add = [...wanted].filter((id) => !present.has(id));
    const remove = [...present].filter((id) => !wanted.has(id));
    await this.checkMembers(add);
    try {
      await runCommand(this.deps, async ({ em }) => {
        if (name !== current.team.name) {
          await em.update(Team, { id: teamId }, { name });
          await this.audit(em, 'team.updated', 'Team', teamId, { name });
        }
        await this.changeMembers(em, { ...current.team, name }, add, remove);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw scimGroupNameTaken(name);
      throw error;
    }
    if (input.externalId !== current.externalId) {
      await this.setExternalId('Group', teamId, input.externalId);
    }
    this.forgetTeams([...add, ...remove]);
    return this.getGroup(teamId);
  }

  /** Deletes a team: its memberships and join requests go; users stay members. */
  async deleteGroup(teamId: number): Promise<void> {
    const current = await this.getGroup(teamId);
    await runCommand(this.deps, async ({ em }) => {
      await em.delete(TeamMember, { teamId });
      await em.delete(TeamJoinRequest, { teamId });
      await em.delete(ScimExternalId, {
        organizationId: this.org.id,
        resourceType: 'Group',
        resourceId: teamId,
      });
      await em.delete(Team, { id: teamId, organizationId: this.org.id });
      await this.audit(em, 'team.deleted', 'Team', teamId, {
        name: current.team.name,
        members: current.members.length,
      });
    });
    this.forgetTeams(current.members.map((m) => m.userId));
  }

  private forgetTeams(userIds: number[]): void {
    for (const id of userIds) this.deps.loaders.teamMembershipsOfUser.clear(id);
    this.deps.loaders.teamCountOfMember.clearAll();
  }
}
