import { In } from 'typeorm';
import { OrganizationMember, Team, TeamJoinRequest, TeamMember } from '../../../entities';
import {
  JoinRequestStatus,
  MemberStatus,
  OrgRole,
  TeamInvitePolicy,
  TeamPrivacy,
  TeamRole,
} from '../../../entities/enums';
import { isUniqueViolation } from '../../db/transaction';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';
import { MemberService } from '../organizations/MemberService';

/**
 * Teams (R-DI-2, R-DI-7): creation, privacy and invite settings, members and team admins, open
 * joins and join requests for discoverable teams.
 */
export class TeamService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly memberService: MemberService,
  ) {}

  /** Members of a team; the caller holds `team.read`. */
  members(team: Team, args: PageArgs): Promise<Connection<TeamMember>> {
    return loadPage(this.deps.loaders, 'teamMembers', team.id, args);
  }

  /** Pending join requests of a team; the caller holds `team.decideJoinRequests`. */
  joinRequests(team: Team, args: PageArgs): Promise<Connection<TeamJoinRequest>> {
    return loadPage(this.deps.loaders, 'teamJoinRequests', team.id, args, {
      eq: { status: JoinRequestStatus.PENDING },
    });
  }

  private audit(
    em: Parameters<typeof recordAudit>[0],
    team: Team,
    action: string,
    targetUserId: number | null,
    metadata: Record<string, unknown> = {},
  ) {
    return recordAudit(em, this.deps.clock, [
      {
        organizationId: team.organizationId,
        actorUserId: requireViewer(this.deps).id,
        action,
        targetType: targetUserId === null ? 'Team' : 'User',
        targetId: targetUserId ?? team.id,
        metadata: { teamId: team.id, team: team.name, ...metadata },
      },
    ]);
  }

  /**
   * Creates a team; the creator becomes its admin. Caller holds `organization.createTeam`.
   * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (name taken).
   */
  async create(input: {
    organizationId: number;
    name: string;
    privacy: TeamPrivacy;
    invitePolicy: TeamInvitePolicy;
  }): Promise<Team> {
    const viewer = requireViewer(this.deps);
    const [org] = await this.deps.access.require('organization.createTeam', [input.organizationId]);
    const name = boundedText(input.name, 'name', { max: 191, singleLine: true });
    try {
      const team = await runCommand(this.deps, async ({ em }) => {
        const now = this.deps.clock.now();
        const created = await em.save(
          em.create(Team, {
            organizationId: org.id,
            name,
            privacy: input.privacy,
            invitePolicy: input.invitePolicy,
            createdAt: now,
          }),
        );
        await em.insert(TeamMember, {
          teamId: created.id,
          userId: viewer.id,
          organizationId: org.id,
          role: TeamRole.ADMIN,
          createdAt: now,
        });
        await this.audit(em, created, 'team.created', null, { privacy: input.privacy });
        return created;
      });
      this.forget([viewer.id]);
      return team;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`A team named "${name}" exists.`);
      throw error;
    }
  }

  /**
   * Changes name, privacy (R-DI-7) or invite settings (R-DI-2). Caller holds `team.update`.
   * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT.
   */
  async update(input: {
    teamId: number;
    name?: string;
    privacy?: TeamPrivacy;
    invitePolicy?: TeamInvitePolicy;
  }): Promise<Team> {
    const [team] = await this.deps.access.require('team.update', [input.teamId]);
    const change: Partial<Team> = {};
    if (input.name !== undefined) {
      change.name = boundedText(input.name, 'name', { max: 191, singleLine: true });
    }
    if (input.privacy !== undefined) change.privacy = input.privacy;
    if (input.invitePolicy !== undefined) change.invitePolicy = input.invitePolicy;
    try {
      const updated = await runCommand(this.deps, async ({ em }) => {
        if (Object.keys(change).length) await em.update(Team, { id: team.id }, change);
        await this.audit(em, team, 'team.updated', null, change);
        return em.findOneByOrFail(Team, { id: team.id });
      });
      this.deps.loaders.team.clear(team.id).prime(team.id, updated);
      return updated;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('A team with that name exists.');
      throw error;
    }
  }

  private async activeMembersOf(org: number, userIds: number[]): Promise<Set<number>> {
    const rows = await this.deps.db.getRepository(OrganizationMember).findBy({
      organizationId: org,
      userId: In(userIds),
      status: In([MemberStatus.ACTIVE, MemberStatus.INVITED]),
    });
    return new Set(rows.map((r) => r.userId));
  }

  /**
   * Adds users of the organization to a team, or changes their team role (promote to or revoke
   * team admin). Caller holds `team.manageMembers` (team admins, company admins; R-DI-2).
   * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async setMembers(input: {
    teamId: number;
    userIds: number[];
    role: TeamRole;
  }): Promise<TeamMember[]> {
    const [team] = await this.deps.access.require('team.manageMembers', [input.teamId]);
    const userIds = [...new Set(input.userIds)];
    if (!userIds.length || userIds.length > 50) {
      throw new BadUserInputError('Select 1 to 50 users.', 'userIds');
    }
    const members = await this.activeMembersOf(team.organizationId, userIds);
    if (userIds.some((id) => !members.has(id))) {
      throw new BadUserInputError('Only members of the organization join its teams.', 'userIds');
    }
    const rows = await runCommand(this.deps, async ({ em }) => {
      const now = this.deps.clock.now();
      const existing = new Map(
        (await em.findBy(TeamMember, { teamId: team.id, userId: In(userIds) })).map((m) => [
          m.userId,
          m,
        ]),
      );
      for (const userId of userIds) {
        const current = existing.get(userId);
        if (!current) {
          await em.insert(TeamMember, {
            teamId: team.id,
            userId,
            organizationId: team.organizationId,
            role: input.role,
            createdAt: now,
          });
          await this.audit(em, team, 'team.member.added', userId, { role: input.role });
        } else if (current.role !== input.role) {
          await em.update(TeamMember, { id: current.id }, { role: input.role });
          await this.audit(em, team, 'team.member.role.changed', userId, {
            before: current.role,
            after: input.role,
          });
        }
      }
      return em.findBy(TeamMember, { teamId: team.id, userId: In(userIds) });
    });
    this.forget(userIds);
    return rows;
  }

  /**
   * Removes a user from a team. Caller holds `team.manageMembers`, or removes itself. Errors:
   * NOT_FOUND, FORBIDDEN.
   */
  async removeMember(input: { teamId: number; userId: number }): Promise<void> {
    const viewer = requireViewer(this.deps);
    const [team] =
      input.userId === viewer.id
        ? await this.deps.access.require('team.read', [input.teamId])
        : await this.deps.access.require('team.manageMembers', [input.teamId]);
    await runCommand(this.deps, async ({ em }) => {
      const result = await em.delete(TeamMember, { teamId: team.id, userId: input.userId });
      if (!result.affected) throw new NotFoundError('TeamMember');
      await this.audit(em, team, 'team.member.removed', input.userId);
    });
    this.forget([input.userId]);
  }

  /**
   * Joins an open team directly (R-DI-7). Caller holds `team.join`. Errors: NOT_FOUND,
   * FORBIDDEN (not open), CONFLICT (already a member).
   */
  async join(teamId: number): Promise<TeamMember> {
    const viewer = requireViewer(this.deps);
    const [team] = await this.deps.access.require('team.join', [teamId]);
    try {
      const member = await runCommand(this.deps, async ({ em }) => {
        await em.insert(TeamMember, {
          teamId: team.id,
          userId: viewer.id,
          organizationId: team.organizationId,
          role: TeamRole.MEMBER,
          createdAt: this.deps.clock.now(),
        });
        await this.audit(em, team, 'team.joined', viewer.id);
        return em.findOneByOrFail(TeamMember, { teamId: team.id, userId: viewer.id });
      });
      this.forget([viewer.id]);
      return member;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('You are already in this team.');
      throw error;
    }
  }

  /**
   * Asks to join a discoverable team; its admins decide (R-DI-7). Caller holds
   * `team.requestJoin`. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (member, or pending request).
   */
  async requestJoin(teamId: number): Promise<TeamJoinRequest> {
    const viewer = requireViewer(this.deps);
    const [team] = await this.deps.access.require('team.requestJoin', [teamId]);
    const member = await this.deps.db
      .getRepository(TeamMember)
      .countBy({ teamId: team.id, userId: viewer.id });
    if (member) throw new ConflictError('You are already in this team.');
    try {
      return await runCommand(this.deps, async ({ em }) => {
        const request = await em.save(
          em.create(TeamJoinRequest, {
            teamId: team.id,
            organizationId: team.organizationId,
            userId: viewer.id,
            status: JoinRequestStatus.PENDING,
            pendingKey: `${team.id}:${viewer.id}`,
            decidedByUserId: null,
            decidedAt: null,
            createdAt: this.deps.clock.now(),
          }),
        );
        await this.audit(em, team, 'team.join.requested', viewer.id);
        return request;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError('Your request is already pending.');
      throw error;
    }
  }

  /**
   * Approves (the requester joins) or denies a pending join request. Caller holds
   * `team.decideJoinRequests`. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (decided).
   */
  async decideJoin(requestId: number, approve: boolean): Promise<TeamJoinRequest> {
    const viewer = requireViewer(this.deps);
    const request = await this.deps.db.getRepository(TeamJoinRequest).findOneBy({ id: requestId });
    if (!request) throw new NotFoundError('TeamJoinRequest');
    const [team] = await this.deps.access.require('team.decideJoinRequests', [request.teamId]);
    const decided = await runCommand(this.deps, async ({ em }) => {
      const now = this.deps.clock.now();
      const result = await em
        .createQueryBuilder()
        .update(TeamJoinRequest)
        .set({
          status: approve ? JoinRequestStatus.APPROVED : JoinRequestStatus.DENIED,
          pendingKey: null,
          decidedByUserId: viewer.id,
          decidedAt: now,
        })
        .where('id = :id AND status = :pending', {
          id: request.id,
          pending: JoinRequestStatus.PENDING,
        })
        .execute();
      if (!result.affected) throw new ConflictError('The request is no longer pending.');
      if (approve) {
        const present = await em.countBy(TeamMember, { teamId: team.id, userId: request.userId });
        if (!present) {
          await em.insert(TeamMember, {
            teamId: team.id,
            userId: request.userId,
            organizationId: team.organizationId,
            role: TeamRole.MEMBER,
            createdAt: now,
          });
        }
      }
      await this.audit(
        em,
        team,
        approve ? 'team.join.approved' : 'team.join.denied',
        request.userId,
      );
      return em.findOneByOrFail(TeamJoinRequest, { id: request.id });
    });
    if (approve) this.forget([request.userId]);
    return decided;
  }

  /**
   * Invites a new person into the organization and the team (R-DI-2): team admins always,
   * members when the invite settings allow. Caller holds `team.invite`. Errors: as inviting a
   * member.
   */
  async invite(input: {
    teamId: number;
    email: string;
    name: string;
  }): Promise<OrganizationMember> {
    const [team] = await this.deps.access.require('team.invite', [input.teamId]);
    return this.memberService.create({
      organizationId: team.organizationId,
      email: input.email,
      name: input.name,
      role: OrgRole.MEMBER,
      invite: true,
      teamIds: [team.id],
    });
  }

  /** Drops the request's cached team memberships of changed users. */
  private forget(userIds: number[]): void {
    for (const id of userIds) this.deps.loaders.teamMembershipsOfUser.clear(id);
    this.deps.loaders.teamCountOfMember.clearAll();
    if (this.deps.viewer && userIds.includes(this.deps.viewer.id)) this.deps.access.refresh();
  }
}
