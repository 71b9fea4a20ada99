import { EntityManager, In } from 'typeorm';
import {
  OrganizationMember,
  ScimExternalId,
  Team,
  TeamJoinRequest,
  TeamMember,
  User,
} from '../../../entities';
import { MemberStatus, TeamPrivacy, TeamRole } from '../../../entities/enums';
import { isUniqueViolation } from '../../db/transaction';
import { NotFoundError } from '../../errors';
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import { scimGroupMemberNotActive, scimGroupNameTaken, scimGroupTooManyMembers } from './errors';
import { MAX_GROUP_MEMBERS, ScimGroupInput, ScimGroupRow, ScimQuery, ScimScope } from './scope';

/** SCIM Groups: the organization's teams (R-DI-2) and their members (R-US-1). */
export class ScimGroups extends ScimScope {
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
