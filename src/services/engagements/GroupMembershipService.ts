import { In, IsNull, Not } from 'typeorm';
import {
  Engagement,
  GroupMembership,
  Organization,
  OrganizationMember,
  Program,
  User,
} from '../../../entities';
import {
  EngagementGroup,
  GroupKind,
  groupKindOf,
  GroupMembershipStatus,
  MembershipOutcome,
  MemberStatus,
  NotificationKind,
  ProgramGroup,
} from '../../../entities/enums';
import { scopeOfGroup } from '../../../entities/GroupMembership';
import { isUniqueViolation } from '../../db/transaction';
import { BadUserInputError, ConflictError, ForbiddenError } from '../../errors';
import { toGlobalId } from '../../globalId';
import { scopeOf } from '../../permissions/access';
import { engagementGroupAction } from '../../permissions/groupActions';
import type { Action } from '../../permissions/matrix';
import { recordAudit } from '../audit';
import { runCommand, Tx } from '../command';
import { like, likePattern } from '../common/text';
import { isDryRun, requireViewer, ServiceDeps } from '../context';
import { recordNotifications } from '../notifications/outbox';
import {
  applyKeyset,
  Connection,
  PageArgs,
  pageOfFetched,
  parsePage,
  toConnection,
} from '../pagination';
import { membershipEvent } from './events';

/** Most users one call adds, removes or exports in one page ("select all" of a search included). */
export const MAX_MEMBERS_PER_CALL = 500;
const ADD_RETRIES = 3;

export interface MembershipChange {
  user: User;
  outcome: MembershipOutcome;
  membership: GroupMembership | null;
}

/** Where a group lives: a program scope, or one engagement of it. */
export interface GroupTarget {
  programId: number;
  hostOrganizationId: number;
  engagement: Engagement | null;
}

interface AddEntry {
  user: User;
  organization: Organization;
}

/** Who may manage members for which organization, from the matched grants. */
interface ManagedOrganizations {
  /** Null: any organization (owners); else the viewer's own organizations (Power Users). */
  own: number[] | null;
}

export function targetOfEngagement(engagement: Engagement): GroupTarget {
  return {
    programId: engagement.programId,
    hostOrganizationId: engagement.hostOrganizationId,
    engagement,
  };
}

/**
 * Engagement and program group membership (R-MB-*, R-PU-*, R-US-1, R-EN-1): search, add, remove,
 * copy and export. Every change is one transaction with its audit events, and publishes
 * membership events after commit.
 */
export class GroupMembershipService {
  constructor(private readonly deps: ServiceDeps) {}

  private async managed(action: Action, engagement: Engagement): Promise<ManagedOrganizations> {
    const grants = await this.deps.access.matched(action, scopeOf('Engagement', engagement));
    if (grants.some((g) => g.ownOrganizationId === undefined)) return { own: null };
    return { own: [...new Set(grants.map((g) => g.ownOrganizationId!))] };
  }

  /**
   * The organization whose users are managed: a Power User's own (R-PU-1; another is FORBIDDEN),
   * else the one named, which must be the host or one the engagement is offered to.
   */
  private async organizationFor(
    engagement: Engagement,
    managed: ManagedOrganizations,
    requested: number | undefined,
    group: GroupKind,
  ): Promise<Organization> {
    let organizationId: number;
    if (managed.own) {
      if (requested !== undefined && !managed.own.includes(requested)) {
        throw new ForbiddenError(
          "Power Users manage only their own organization's participants (R-PU-1).",
          'R-PU-1',
        );
      }
      organizationId = requested ?? managed.own[0];
    } else {
      if (requested === undefined) {
        throw new BadUserInputError('organizationId is required.', 'organizationId');
      }
      organizationId = requested;
      const audience = await this.deps.loaders.audienceOfEngagement.load(engagement.id);
      const allowed =
        group === GroupKind.ENGAGEMENT_OWNER
          ? [engagement.hostOrganizationId]
          : [engagement.hostOrganizationId, ...audience.map((a) => a.organizationId)];
      if (!allowed.includes(organizationId)) {
        throw new BadUserInputError(
          group === GroupKind.ENGAGEMENT_OWNER
            ? 'Engagement Owners are host-organization users (R-EN-1).'
            : 'The organization is neither the host nor one the engagement is offered to.',
          'organizationId',
        );
      }
    }
    return (await this.deps.loaders.organization.load(organizationId))!;
  }

  /** Active members of `organizationId` among `userIds`. */
  private async activeMemberIds(organizationId: number, userIds: number[]): Promise<Set<number>> {
    if (userIds.length === 0) return new Set();
    const rows = await this.deps.db.getRepository(OrganizationMember).find({
      select: { userId: true },
      where: { organizationId, userId: In(userIds), status: MemberStatus.ACTIVE },
    });
    return new Set(rows.map((r) => r.userId));
  }

  private searchQuery(organizationId: number, search: string) {
    const qb = this.deps.db
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(
        OrganizationMember,
        'm',
        'm.userId = u.id AND m.organizationId = :organizationId AND m.status = :active',
        { organizationId, active: MemberStatus.ACTIVE },
      );
    const trimmed = search.trim();
    if (trimmed) {
      qb.andWhere(`(${like('u.name')} OR ${like('u.email')})`, {
        pattern: likePattern(trimmed.toLowerCase()),
      });
    }
    return qb;
  }

  /**
   * Users of one organization matching `search` (partial name or email) who can be added to the
   * engagement (R-MB-1, R-US-1). Caller holds `engagement.addParticipants`; Power Users search
   * only their own organization (R-PU-3). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async candidates(
    engagementId: number,
    search: string,
    organizationId: number | undefined,
    args: PageArgs,
  ): Promise<Connection<User>> {
    const window = parsePage(args);
    const [engagement] = await this.deps.access.require('engagement.addParticipants', [
      engagementId,
    ]);
    const managed = await this.managed('engagement.addParticipants', engagement);
    const org = await this.organizationFor(
      engagement,
      managed,
      organizationId,
      GroupKind.PARTICIPANT,
    );
    const { rows, hasMore } = pageOfFetched(
      await applyKeyset(this.searchQuery(org.id, search), 'u.id', 'ASC', window).getMany(),
      window,
    );
    for (const user of rows) this.deps.loaders.user.prime(user.id, user);
    return toConnection(rows, hasMore, window, () => this.searchQuery(org.id, search).getCount());
  }

  /**
   * Adds users of one organization to an engagement group, by id and/or every user matching a
   * search ("select all", R-MB-1), optionally sending each an invitation with the engagement
   * link. Caller: `engagement.addParticipants` (Power Users: own organization, R-PU-1),
   * `engagement.addPowerUsers` (owners only, R-PU-2) or `engagement.manageOwners`. Every user
   * must be an active member of the organization (R-US-1), else nothing changes.
   * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT.
   */
  async addToEngagement(input: {
    engagementId: number;
    group: EngagementGroup;
    organizationId?: number;
    userIds: number[];
    allMatching?: string | null;
    sendInvitation: boolean;
  }): Promise<MembershipChange[]> {
    const action = engagementGroupAction(input.group, 'add');
    const [engagement] = await this.deps.access.require(action, [input.engagementId]);
    const managed = await this.managed(action, engagement);
    const organization = await this.organizationFor(
      engagement,
      managed,
      input.organizationId,
      groupKindOf(input.group),
    );
    const ids = new Set(input.userIds);
    if (input.allMatching !== undefined && input.allMatching !== null) {
      const matching = await this.searchQuery(organization.id, input.allMatching)
        .select('u.id', 'id')
        .orderBy('u.id', 'ASC')
        .limit(MAX_MEMBERS_PER_CALL + 1)
        .getRawMany<{ id: number }>();
      for (const row of matching) ids.add(Number(row.id));
    }
    const users = await this.usersOf(organization.id, [...ids]);
    return this.add(
      targetOfEngagement(engagement),
      groupKindOf(input.group),
      users.map((user) => ({ user, organization })),
      { sendInvitation: input.sendInvitation },
    );
  }

  /** The users `userIds`, all active members of the organization (R-US-1), else BAD_USER_INPUT. */
  private async usersOf(organizationId: number, userIds: number[]): Promise<User[]> {
    if (userIds.length === 0) throw new BadUserInputError('Select at least one user.', 'userIds');
    if (userIds.length > MAX_MEMBERS_PER_CALL) {
      throw new BadUserInputError(
        `At most ${MAX_MEMBERS_PER_CALL} users per call; narrow the search.`,
        'userIds',
      );
    }
    const members = await this.activeMemberIds(organizationId, userIds);
    const strangers = userIds.filter((id) => !members.has(id));
    if (strangers.length) {
      throw new BadUserInputError(
        `Only users of the organization's account can be added (R-US-1): ${strangers
          .map((id) => toGlobalId('User', id))
          .join(', ')}.`,
        'userIds',
      );
    }
    return (await this.deps.loaders.user.loadMany(userIds)) as User[];
  }

  /**
   * Removes users from an engagement group; the users' accounts and other engagements are
   * untouched (R-MB-2). Power Users remove only their own organization's participants (R-PU-1)
   * and never Power Users (R-PU-2). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async removeFromEngagement(input: {
    engagementId: number;
    group: EngagementGroup;
    userIds: number[];
  }): Promise<MembershipChange[]> {
    const action = engagementGroupAction(input.group, 'remove');
    const [engagement] = await this.deps.access.require(action, [input.engagementId]);
    const managed = await this.managed(action, engagement);
    const userIds = [...new Set(input.userIds)];
    if (userIds.length === 0 || userIds.length > MAX_MEMBERS_PER_CALL) {
      throw new BadUserInputError(`Select 1 to ${MAX_MEMBERS_PER_CALL} users.`, 'userIds');
    }
    if (managed.own) {
      const own = managed.own;
      const members = await Promise.all(own.map((org) => this.activeMemberIds(org, userIds)));
      const memberships = await this.deps.db.getRepository(GroupMembership).findBy({
        scopeKey: scopeOfGroup(engagement.programId, engagement.id),
        group: groupKindOf(input.group),
        userId: In(userIds),
      });
      const outside =
        userIds.some((id) => !members.some((set) => set.has(id))) ||
        memberships.some((m) => !own.includes(m.memberOrganizationId));
      if (outside) {
        throw new ForbiddenError(
          "Power Users manage only their own organization's participants (R-PU-1).",
          'R-PU-1',
        );
      }
    }
    return this.remove(targetOfEngagement(engagement), groupKindOf(input.group), userIds);
  }

  /**
   * Copies participants from another engagement (R-MB-4): the chosen users must be participants
   * of the source the viewer may see (Power Users: their own organization's), and each joins with
   * the organization they act for there. Caller holds `engagement.readMembers` on the source and
   * `engagement.addParticipants` on the target. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async copyParticipants(input: {
    engagementId: number;
    sourceEngagementId: number;
    userIds: number[];
  }): Promise<MembershipChange[]> {
    const [source] = await this.deps.access.require('engagement.readMembers', [
      input.sourceEngagementId,
    ]);
    const [engagement] = await this.deps.access.require('engagement.addParticipants', [
      input.engagementId,
    ]);
    const userIds = [...new Set(input.userIds)];
    if (userIds.length === 0 || userIds.length > MAX_MEMBERS_PER_CALL) {
      throw new BadUserInputError(`Select 1 to ${MAX_MEMBERS_PER_CALL} users.`, 'userIds');
    }
    const sourceMemberships = await this.deps.db.getRepository(GroupMembership).findBy({
      scopeKey: scopeOfGroup(source.programId, source.id),
      group: GroupKind.PARTICIPANT,
      status: GroupMembershipStatus.ACTIVE,
      userId: In(userIds),
    });
    const visible = new Map<number, GroupMembership>();
    for (const m of sourceMemberships) {
      const seen = await this.deps.access.can('engagement.readMembers', {
        ...scopeOf('Engagement', source),
        memberOrganizationId: m.memberOrganizationId,
      });
      if (seen) visible.set(m.userId, m);
    }
    const missing = userIds.filter((id) => !visible.has(id));
    if (missing.length) {
      throw new BadUserInputError(
        `Not participants of the source engagement: ${missing.map((id) => toGlobalId('User', id)).join(', ')}.`,
        'userIds',
      );
    }
    const managed = await this.managed('engagement.addParticipants', engagement);
    const entries: AddEntry[] = [];
    for (const userId of userIds) {
      const organization = await this.organizationFor(
        engagement,
        managed,
        visible.get(userId)!.memberOrganizationId,
        GroupKind.PARTICIPANT,
      );
      const stillMember = await this.activeMemberIds(organization.id, [userId]);
      if (!stillMember.has(userId)) {
        throw new BadUserInputError(
          `${toGlobalId('User', userId)} is no longer a member of ${organization.name} (R-US-1).`,
          'userIds',
        );
      }
      entries.push({ user: (await this.deps.loaders.user.load(userId))!, organization });
    }
    return this.add(targetOfEngagement(engagement), GroupKind.PARTICIPANT, entries, {
      sendInvitation: false,
    });
  }

  /**
   * Adds host-organization users to a program-scope group (R-EN-1). Caller holds
   * `program.manageGroups`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async addToProgram(input: {
    programId: number;
    group: ProgramGroup;
    userIds: number[];
  }): Promise<MembershipChange[]> {
    const [program] = await this.deps.access.require('program.manageGroups', [input.programId]);
    const host = (await this.deps.loaders.organization.load(program.hostOrganizationId))!;
    const users = await this.hostUsers(program, [...new Set(input.userIds)]);
    return this.add(
      { programId: program.id, hostOrganizationId: host.id, engagement: null },
      groupKindOf(input.group),
      users.map((user) => ({ user, organization: host })),
      { sendInvitation: false },
    );
  }

  /** Removes users from a program-scope group. Caller holds `program.manageGroups`. */
  async removeFromProgram(input: {
    programId: number;
    group: ProgramGroup;
    userIds: number[];
  }): Promise<MembershipChange[]> {
    const [program] = await this.deps.access.require('program.manageGroups', [input.programId]);
    const userIds = [...new Set(input.userIds)];
    if (userIds.length === 0 || userIds.length > MAX_MEMBERS_PER_CALL) {
      throw new BadUserInputError(`Select 1 to ${MAX_MEMBERS_PER_CALL} users.`, 'userIds');
    }
    return this.remove(
      { programId: program.id, hostOrganizationId: program.hostOrganizationId, engagement: null },
      groupKindOf(input.group),
      userIds,
    );
  }

  private async hostUsers(program: Program, userIds: number[]): Promise<User[]> {
    try {
      return await this.usersOf(program.hostOrganizationId, userIds);
    } catch (error) {
      if (error instanceof BadUserInputError && userIds.length) {
        throw new BadUserInputError(
          'Only host-organization users can hold program and engagement management groups (R-EN-1).',
          'userIds',
        );
      }
      throw error;
    }
  }

  /**
   * Adds the entries to a group in one transaction: new memberships are ADDED, deactivated ones
   * REACTIVATED, active ones left as they are.
   */
  async add(
    target: GroupTarget,
    group: GroupKind,
    entries: AddEntry[],
    options: { sendInvitation: boolean; termsAcceptedAt?: Date | null },
  ): Promise<MembershipChange[]> {
    const changes = await this.retryOnDuplicate(() =>
      runCommand(this.deps, (tx) => this.addIn(tx, target, group, entries, options)),
    );
    this.forgetMemberships(entries.map((e) => e.user.id));
    return changes;
  }

  /**
   * After a committed change of users' groups: drops the request's cached memberships and tells
   * live subscriptions of those users to check their access and subject again (issue 15).
   */
  forgetMemberships(userIds: number[]): void {
    for (const id of userIds) this.deps.loaders.groupMembershipsOfUser.clear(id);
    if (this.deps.viewer && userIds.includes(this.deps.viewer.id)) this.deps.access.refresh();
    // A dry run changed nothing: no subscription has anything to check again.
    if (userIds.length && !isDryRun(this.deps)) {
      void this.deps.events.publish(
        userIds.map((userId) => ({ topic: 'ACCESS_CHANGED' as const, payload: { userId } })),
      );
    }
  }

  /**
   * Runs a command that adds memberships again when a concurrent add of the same user made the
   * unique key refuse it (the retry then finds the membership); CONFLICT after a few tries.
   */
  async retryOnDuplicate<T>(command: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await command();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (attempt >= ADD_RETRIES) {
          throw new ConflictError('The membership changed concurrently; try again.');
        }
      }
    }
  }

  /** The body of `add`, for commands that add members inside a larger transaction. */
  async addIn(
    tx: Tx,
    target: GroupTarget,
    group: GroupKind,
    entries: AddEntry[],
    options: { sendInvitation: boolean; termsAcceptedAt?: Date | null },
  ): Promise<MembershipChange[]> {
    const { em, emit } = tx;
    const viewer = requireViewer(this.deps);
    const now = this.deps.clock.now();
    const engagementId = target.engagement?.id ?? null;
    const scopeKey = scopeOfGroup(target.programId, engagementId);
    const userIds = entries.map((e) => e.user.id);
    const existing = new Map(
      (await em.findBy(GroupMembership, { scopeKey, group, userId: In(userIds) })).map((m) => [
        m.userId,
        m,
      ]),
    );
    const changes: MembershipChange[] = [];
    const fresh = entries.filter((e) => !existing.has(e.user.id));
    if (fresh.length) {
      await em.insert(
        GroupMembership,
        fresh.map((e) => ({
          scopeKey,
          group,
          programId: target.programId,
          engagementId,
          userId: e.user.id,
          memberOrganizationId: e.organization.id,
          status: GroupMembershipStatus.ACTIVE,
          lastAccessAt: null,
          termsAcceptedAt: options.termsAcceptedAt ?? null,
          createdAt: now,
        })),
      );
    }
    const inserted = new Map(
      (
        await em.findBy(GroupMembership, {
          scopeKey,
          group,
          userId: In(fresh.map((e) => e.user.id)),
        })
      ).map((m) => [m.userId, m]),
    );
    for (const entry of entries) {
      const before = existing.get(entry.user.id);
      if (!before) {
        changes.push({
          ...entry,
          outcome: MembershipOutcome.ADDED,
          membership: inserted.get(entry.user.id)!,
        });
      } else if (before.status === GroupMembershipStatus.ACTIVE) {
        changes.push({ ...entry, outcome: MembershipOutcome.ALREADY_MEMBER, membership: before });
      } else {
        await em.update(
          GroupMembership,
          { id: before.id },
          { status: GroupMembershipStatus.ACTIVE },
        );
        before.status = GroupMembershipStatus.ACTIVE;
        changes.push({ ...entry, outcome: MembershipOutcome.REACTIVATED, membership: before });
      }
    }
    const changed = changes.filter((c) => c.outcome !== MembershipOutcome.ALREADY_MEMBER);
    await recordAudit(
      em,
      this.deps.clock,
      changed.map((c) => ({
        organizationId: target.hostOrganizationId,
        actorUserId: viewer.id,
        action: engagementId === null ? 'program.member.added' : 'engagement.member.added',
        targetType: 'GroupMembership',
        targetId: c.membership!.id,
        metadata: {
          group,
          userId: c.user.id,
          memberOrganizationId: c.membership!.memberOrganizationId,
          programId: target.programId,
          engagementId,
          outcome: c.outcome,
        },
      })),
    );
    if (options.sendInvitation && target.engagement) {
      const link = `${this.deps.publicUrl}/engagements/${toGlobalId('Engagement', target.engagement.id)}`;
      await recordNotifications(
        em,
        this.deps.clock,
        changed.map((c) => ({
          recipientUserId: c.user.id,
          kind: NotificationKind.ENGAGEMENT_INVITATION,
          data: { engagementName: target.engagement!.name, group, link, invitedBy: viewer.name },
        })),
      );
    }
    const organizations = new Map(entries.map((e) => [e.user.id, e.organization]));
    for (const c of changed) {
      emit(
        membershipEvent(
          'ADDED',
          c.membership!,
          {
            user: c.user,
            organization: organizations.get(c.user.id)!,
            engagement: target.engagement,
            hostOrganizationId: target.hostOrganizationId,
          },
          viewer.id,
          now,
        ),
      );
    }
    return changes;
  }

  private async remove(
    target: GroupTarget,
    group: GroupKind,
    userIds: number[],
  ): Promise<MembershipChange[]> {
    const viewer = requireViewer(this.deps);
    const changes = await runCommand(this.deps, (tx) =>
      this.removeIn(tx, target, group, userIds, viewer.id),
    );
    this.forgetMemberships(userIds);
    return changes;
  }

  /**
   * The removal itself, in the caller's transaction (also used by access reviews, issue 21):
   * memberships deleted, audited and published. The caller forgets the memberships after commit.
   */
  async removeIn(
    { em, emit }: Tx,
    target: GroupTarget,
    group: GroupKind,
    userIds: number[],
    actorUserId: number | null,
  ): Promise<MembershipChange[]> {
    const viewer = { id: actorUserId };
    const engagementId = target.engagement?.id ?? null;
    const users = (await this.deps.loaders.user.loadMany(userIds)).filter(
      (u): u is User => u instanceof User,
    );
    {
      const now = this.deps.clock.now();
      const memberships = await em.findBy(GroupMembership, {
        scopeKey: scopeOfGroup(target.programId, engagementId),
        group,
        userId: In(userIds),
      });
      const byUser = new Map(memberships.map((m) => [m.userId, m]));
      if (memberships.length) {
        await em.delete(GroupMembership, { id: In(memberships.map((m) => m.id)) });
      }
      await recordAudit(
        em,
        this.deps.clock,
        memberships.map((m) => ({
          organizationId: target.hostOrganizationId,
          actorUserId: viewer.id,
          action: engagementId === null ? 'program.member.removed' : 'engagement.member.removed',
          targetType: 'GroupMembership',
          targetId: m.id,
          metadata: {
            group,
            userId: m.userId,
            memberOrganizationId: m.memberOrganizationId,
            programId: target.programId,
            engagementId,
          },
        })),
      );
      const organizations = await this.deps.loaders.organization.loadMany(
        memberships.map((m) => m.memberOrganizationId),
      );
      memberships.forEach((m, i) => {
        emit(
          membershipEvent(
            'REMOVED',
            m,
            {
              user: users.find((u) => u.id === m.userId)!,
              organization: organizations[i] as Organization,
              engagement: target.engagement,
              hostOrganizationId: target.hostOrganizationId,
            },
            viewer.id,
            now,
          ),
        );
      });
      return users.map((user) => ({
        user,
        outcome: byUser.has(user.id) ? MembershipOutcome.REMOVED : MembershipOutcome.NOT_A_MEMBER,
        membership: byUser.get(user.id) ?? null,
      }));
    }
  }

  /**
   * Restores the viewer's own program and engagement groups that the inactivity job deactivated
   * (R-IN-1); using the portal again starts a new period. Any signed-in viewer, for itself.
   */
  async reactivateOwn(): Promise<GroupMembership[]> {
    const viewer = requireViewer(this.deps);
    const restored = await runCommand(this.deps, async ({ em, emit }) => {
      const now = this.deps.clock.now();
      const memberships = await em.findBy(GroupMembership, {
        userId: viewer.id,
        status: GroupMembershipStatus.DEACTIVATED,
        deactivatedAt: Not(IsNull()),
      });
      if (!memberships.length) return [];
      await em.update(
        GroupMembership,
        { id: In(memberships.map((m) => m.id)) },
        { status: GroupMembershipStatus.ACTIVE, deactivatedAt: null, lastAccessAt: now },
      );
      for (const m of memberships) {
        const program = (await this.deps.loaders.program.load(m.programId))!;
        const engagement = m.engagementId
          ? await this.deps.loaders.engagement.load(m.engagementId)
          : null;
        const organization = (await this.deps.loaders.organization.load(m.memberOrganizationId))!;
        await recordAudit(em, this.deps.clock, [
          {
            organizationId: program.hostOrganizationId,
            actorUserId: viewer.id,
            action: 'member.inactivity.reactivated',
            targetType: 'GroupMembership',
            targetId: m.id,
            metadata: { group: m.group },
          },
        ]);
        emit(
          membershipEvent(
            'ADDED',
            { ...m, status: GroupMembershipStatus.ACTIVE },
            {
              user: viewer,
              organization,
              engagement,
              hostOrganizationId: program.hostOrganizationId,
            },
            viewer.id,
            now,
          ),
        );
      }
      return em.findBy(GroupMembership, { id: In(memberships.map((m) => m.id)) });
    });
    this.forgetMemberships([viewer.id]);
    return restored;
  }

  /**
   * The engagement's participants for the CSV export (R-MB-3), in id order, a page at a time so
   * a large list never sits in memory. Caller holds `engagement.exportParticipants`; Power Users
   * export their own organization's participants.
   */
  async *participantRows(engagementId: number): AsyncGenerator<ParticipantRow> {
    const [engagement] = await this.deps.access.require('engagement.exportParticipants', [
      engagementId,
    ]);
    const managed = await this.managed('engagement.exportParticipants', engagement);
    let afterId = 0;
    for (;;) {
      const rows = await this.deps.reads.stale((em) => {
        const qb = em
          .getRepository(GroupMembership)
          .createQueryBuilder('g')
          .innerJoin(User, 'u', 'u.id = g.userId')
          .innerJoin(Organization, 'o', 'o.id = g.memberOrganizationId')
          .select([
            'g.id AS id',
            'u.name AS name',
            'u.email AS email',
            'o.name AS organization',
            'g.status AS status',
            'g.lastAccessAt AS lastAccessAt',
            'g.createdAt AS createdAt',
          ])
          .where('g.engagementId = :engagementId AND g.group = :group AND g.id > :afterId', {
            engagementId: engagement.id,
            group: GroupKind.PARTICIPANT,
            afterId,
          })
          .orderBy('g.id', 'ASC')
          .limit(MAX_MEMBERS_PER_CALL);
        if (managed.own) qb.andWhere('g.memberOrganizationId IN (:...own)', { own: managed.own });
        return qb.getRawMany<RawParticipantRow>();
      });
      for (const row of rows) {
        yield {
          name: row.name,
          email: row.email,
          organization: row.organization,
          status: row.status,
          lastAccessAt: toDate(row.lastAccessAt),
          addedAt: toDate(row.createdAt)!,
        };
      }
      if (rows.length < MAX_MEMBERS_PER_CALL) return;
      afterId = Number(rows[rows.length - 1].id);
    }
  }
}

interface RawParticipantRow {
  id: number;
  name: string;
  email: string;
  organization: string;
  status: string;
  lastAccessAt: Date | string | null;
  createdAt: Date | string;
}

export interface ParticipantRow {
  name: string;
  email: string;
  organization: string;
  status: string;
  lastAccessAt: Date | null;
  addedAt: Date;
}

/** Raw rows carry driver values: a Date from mysql2, a UTC text from SQLite. */
function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
