import { EntityManager, In, Not } from 'typeorm';
import { Organization, OrganizationMember, Team, TeamMember } from '../../../entities';
import { License, MemberStatus, OrgRole, TeamPrivacy, TeamRole } from '../../../entities/enums';
import { isUniqueViolation } from '../../db/transaction';
import {
  BadUserInputError,
  ConflictError,
  DomainError,
  NotFoundError,
  SeatLimitReachedError,
} from '../../errors';
import type { ActionOn } from '../../permissions/matrix';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { idempotent } from '../common/idempotency';
import { boundedText } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { MemberService } from '../organizations/MemberService';
import {
  keepOneSuperAdmin,
  lockOrganization,
  occupiesSeat,
  occupySeats,
  releaseSeats,
} from '../organizations/seats';
import { DirectoryService } from './DirectoryService';

/** At most this many users per batch (R-BK-1). */
export const MAX_BATCH_USERS = 50;

export type BatchOperation =
  | 'ADD_TO_TEAMS'
  | 'ADD_TO_NEW_TEAM'
  | 'REMOVE_FROM_TEAM'
  | 'SWITCH_LICENSE'
  | 'DEACTIVATE'
  | 'REACTIVATE';

/**
 * License switches (R-DI-5, R-BK-1): TO_FULL changes role and license; TO_GUEST makes a guest
 * with a free license; TO_RESTRICTED_FREE changes only the license; REVOKE_RESTRICTED_FREE gives back the
 * license the role allows (members full, guests free).
 */
export type LicenseSwitch =
  'TO_FULL' | 'TO_GUEST' | 'TO_RESTRICTED_FREE' | 'REVOKE_RESTRICTED_FREE';

export interface BatchInput {
  organizationId: number;
  userIds: number[];
  operation: BatchOperation;
  teamIds?: number[];
  removeFromCurrentTeams?: boolean;
  newTeamName?: string | null;
  teamId?: number | null;
  license?: LicenseSwitch | null;
  dryRun: boolean;
  atomic: boolean;
  idempotencyKey?: string | null;
}

/**
 * CHANGED or UNCHANGED: what was done (or, in a dry run, what would be done); FAILED: this user
 * was refused (see `error`); NOT_APPLIED: an atomic batch was refused because of another user.
 */
export type BatchOutcome = 'CHANGED' | 'UNCHANGED' | 'FAILED' | 'NOT_APPLIED';

export interface BatchItem {
  userId: number;
  /** True when the change was applied, or in a dry run would be. */
  ok: boolean;
  outcome: BatchOutcome;
  error: { code: string; message: string } | null;
}

/** Thrown to roll back a dry run's rehearsal, carrying what it would have done. */
class Rehearsal {
  constructor(readonly items: BatchItem[]) {}
}

export interface BatchResult {
  /** Whether anything was written: false for a dry run and for a refused atomic batch. */
  applied: boolean;
  dryRun: boolean;
  atomic: boolean;
  items: BatchItem[];
  /** Set when ADD_TO_NEW_TEAM created the team. */
  createdTeamId: number | null;
  /** For a single user's change: its membership as the transaction left it (also in a dry run). */
  members?: OrganizationMember[];
}

interface Plan {
  userId: number;
  member: OrganizationMember | null;
  error: DomainError | null;
}

/** One user's result; a refused user is FAILED whatever `outcome` says. */
function itemOf(p: Plan, outcome: BatchOutcome): BatchItem {
  return {
    userId: p.userId,
    ok: !p.error && outcome !== 'NOT_APPLIED',
    outcome: p.error ? 'FAILED' : outcome,
    error: p.error ? { code: p.error.code, message: p.error.message } : null,
  };
}

/** What a license switch makes of a member's role and license. */
export function switchedLicense(
  member: Pick<OrganizationMember, 'role' | 'license'>,
  change: LicenseSwitch,
): { role: OrgRole; license: License } {
  switch (change) {
    case 'TO_FULL':
      return {
        role: member.role === OrgRole.GUEST ? OrgRole.MEMBER : member.role,
        license: License.FULL,
      };
    case 'TO_GUEST':
      return { role: OrgRole.GUEST, license: License.FREE };
    case 'TO_RESTRICTED_FREE':
      return { role: member.role, license: License.RESTRICTED_FREE };
    case 'REVOKE_RESTRICTED_FREE':
      return {
        role: member.role,
        license:
          member.license !== License.RESTRICTED_FREE
            ? member.license
            : member.role === OrgRole.GUEST
              ? License.FREE
              : License.FULL,
      };
  }
}

/**
 * Member changes for one user or up to 50 (R-BK-1, R-BK-2, R-DI-5): one result per user,
 * `dryRun` (nothing written), `atomic` (all or nothing, seats checked for the whole batch before
 * writing) or best effort (each user alone), and an idempotency key. Invited users take team,
 * license and deactivation changes like active ones (R-BK-2).
 */
export class BatchService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly directory: DirectoryService,
    private readonly members: MemberService,
  ) {}

  /**
   * Caller holds `action` on the organization (`organization.batchUpdateMembers` for batches,
   * `organization.manageMembers` for one user). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT
   * (more than 50 users, bad parameters), CONFLICT (idempotency key reused with another input).
   */
  async run(
    input: BatchInput,
    action: ActionOn<'Organization'> = 'organization.batchUpdateMembers',
    single = false,
  ): Promise<BatchResult> {
    const viewer = requireViewer(this.deps);
    const [org] = await this.deps.access.require(action, [input.organizationId]);
    // Counted as sent: the resolver refuses a list with duplicates (BAD_USER_INPUT).
    const { userIds } = input;
    if (userIds.length === 0 || userIds.length > MAX_BATCH_USERS) {
      throw new BadUserInputError(
        `A batch takes 1 to ${MAX_BATCH_USERS} users (R-BK-1); ${userIds.length} given.`,
        'userIds',
      );
    }
    await this.validateParameters(org, input);
    const normalized = { ...input, userIds };
    const { idempotencyKey, ...rest } = normalized;
    if (!idempotencyKey) return this.execute(org, normalized, single);
    return idempotent(
      this.deps,
      { organizationId: org.id, actorUserId: viewer.id, key: idempotencyKey, input: rest },
      () => this.execute(org, normalized),
    );
  }

  private async validateParameters(org: Organization, input: BatchInput): Promise<void> {
    switch (input.operation) {
      case 'ADD_TO_TEAMS':
        if (!input.teamIds?.length) throw new BadUserInputError('Choose the teams.', 'teamIds');
        await this.directory.teamsOf(org, input.teamIds);
        return;
      case 'ADD_TO_NEW_TEAM':
        boundedText(input.newTeamName ?? '', 'newTeamName', { max: 191, singleLine: true });
        return;
      case 'REMOVE_FROM_TEAM':
        if (input.teamId == null) throw new BadUserInputError('Choose the team.', 'teamId');
        await this.directory.teamsOf(org, [input.teamId]);
        return;
      case 'SWITCH_LICENSE':
        if (!input.license) throw new BadUserInputError('Choose the license.', 'license');
        return;
      default:
        return;
    }
  }

  /** Who can take the change, without writing: per-user errors, and the batch-wide checks. */
  private async plan(em: EntityManager, org: Organization, input: BatchInput): Promise<Plan[]> {
    const members = new Map(
      (
        await em.findBy(OrganizationMember, { organizationId: org.id, userId: In(input.userIds) })
      ).map((m) => [m.userId, m]),
    );
    const plans: Plan[] = input.userIds.map((userId) => {
      const member = members.get(userId) ?? null;
      if (!member) return { userId, member, error: new NotFoundError('OrganizationMember') };
      const partnerEmployee = member.partnerOrganizationId !== null;
      if (
        partnerEmployee &&
        ['SWITCH_LICENSE', 'DEACTIVATE', 'REACTIVATE'].includes(input.operation)
      ) {
        return {
          userId,
          member,
          error: new BadUserInputError(
            'Partner employees are managed through the partner actions (R-PA-7).',
            'userIds',
          ),
        };
      }
      return { userId, member, error: null };
    });
    if (input.operation === 'DEACTIVATE') {
      const admins = await em.count(OrganizationMember, {
        where: { organizationId: org.id, role: OrgRole.ADMIN, status: MemberStatus.ACTIVE },
      });
      const leaving = plans.filter(
        (p) =>
          !p.error && p.member!.role === OrgRole.ADMIN && p.member!.status === MemberStatus.ACTIVE,
      );
      if (leaving.length && leaving.length >= admins) {
        leaving[leaving.length - 1].error = new ConflictError(
          'The organization must keep at least one super admin (R-PA-8).',
          { rule: 'R-PA-8' },
        );
      }
    }
    if (input.operation === 'REACTIVATE') {
      const returning = plans.filter((p) => !p.error && !occupiesSeat(p.member!.status));
      const current = await lockOrganization(em, org.id); // current figures, not a snapshot
      const free = current.seatsAssigned - current.seatsUsed;
      // Seats are checked for the whole batch before anything is written (R-PR-4).
      returning.slice(free).forEach((p) => {
        p.error = new SeatLimitReachedError(Math.max(0, free), returning.length);
      });
    }
    if (input.operation === 'ADD_TO_NEW_TEAM') {
      const taken = await em.countBy(Team, {
        organizationId: org.id,
        name: input.newTeamName!.trim(),
      });
      if (taken) throw new ConflictError(`A team named "${input.newTeamName!.trim()}" exists.`);
    }
    return plans;
  }

  /**
   * One user's change (R-DI-5): atomic, and a refusal is thrown as its own error. Caller holds
   * `organization.manageMembers`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT,
   * SEAT_LIMIT_REACHED.
   */
  async one(
    input: Omit<BatchInput, 'userIds' | 'dryRun' | 'atomic' | 'idempotencyKey'> & {
      userId: number;
    },
  ): Promise<OrganizationMember> {
    const { userId, ...rest } = input;
    const result = await this.run(
      { ...rest, userIds: [userId], dryRun: false, atomic: true },
      'organization.manageMembers',
      true,
    );
    return result.members![0];
  }

  private async execute(
    org: Organization,
    input: BatchInput,
    single = false,
  ): Promise<BatchResult> {
    const viewer = requireViewer(this.deps);
    const base = {
      dryRun: input.dryRun,
      atomic: input.atomic,
      createdTeamId: null as number | null,
    };
    if (input.dryRun || input.atomic) {
      const planned = await this.deps.transact((em) => this.plan(em, org, input));
      const failed = planned.find((p) => p.error);
      if (failed && single) throw failed.error!;
      if (failed && input.atomic) {
        return { ...base, applied: false, items: planned.map((p) => itemOf(p, 'NOT_APPLIED')) };
      }
      if (input.dryRun) {
        return { ...base, applied: false, items: await this.rehearse(org, input, viewer.id) };
      }
      let createdTeamId: number | null = null;
      let members: OrganizationMember[] | undefined;
      const outcomes = await runCommand(this.deps, async ({ em }) => {
        await lockOrganization(em, org.id);
        const plans = await this.plan(em, org, input);
        const refused = plans.find((p) => p.error);
        if (refused) throw refused.error!; // changed since planning: nothing is written
        const team = await this.newTeam(em, org, input);
        createdTeamId = team?.id ?? null;
        const result: BatchItem[] = [];
        for (const p of plans) {
          result.push(itemOf(p, await this.apply(em, org, input, p.member!, team, viewer.id)));
        }
        if (single) {
          members = await em.findBy(OrganizationMember, {
            organizationId: org.id,
            userId: In(input.userIds),
          });
        }
        return result;
      });
      this.forget(org, input.userIds);
      return { ...base, createdTeamId, applied: true, items: outcomes, members };
    }

    // Best effort: each user in its own transaction; a failure is reported, the rest applied.
    const team =
      input.operation === 'ADD_TO_NEW_TEAM'
        ? await runCommand(this.deps, async ({ em }) => {
            await this.plan(em, org, { ...input, userIds: [] });
            return this.newTeam(em, org, input);
          })
        : null;
    const items: BatchItem[] = [];
    for (const userId of input.userIds) {
      try {
        const item = await runCommand(this.deps, async ({ em }) => {
          await lockOrganization(em, org.id);
          const [p] = await this.plan(em, org, {
            ...input,
            operation: input.operation === 'ADD_TO_NEW_TEAM' ? 'ADD_TO_TEAMS' : input.operation,
            userIds: [userId],
          });
          if (p.error) return itemOf(p, 'FAILED');
          return itemOf(p, await this.apply(em, org, input, p.member!, team, viewer.id));
        });
        items.push(item);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        items.push({
          userId,
          ok: false,
          outcome: 'FAILED',
          error: { code: error.code, message: error.message },
        });
      }
    }
    this.forget(org, input.userIds);
    return { ...base, createdTeamId: team?.id ?? null, applied: true, items };
  }

  /**
   * What a dry run would do to each user: planned and applied in a transaction that is rolled
   * back, so the outcome is the one the real run would have (CHANGED or UNCHANGED).
   */
  private async rehearse(
    org: Organization,
    input: BatchInput,
    actorUserId: number,
  ): Promise<BatchItem[]> {
    try {
      await this.deps.transact(async (em) => {
        const plans = await this.plan(em, org, input);
        const team = plans.some((p) => !p.error) ? await this.newTeam(em, org, input) : null;
        const items: BatchItem[] = [];
        for (const p of plans) {
          items.push(
            p.error
              ? itemOf(p, 'FAILED')
              : itemOf(p, await this.apply(em, org, input, p.member!, team, actorUserId)),
          );
        }
        throw new Rehearsal(items);
      });
    } catch (error) {
      if (error instanceof Rehearsal) return error.items;
      throw error;
    }
    throw new Error('A rehearsal always rolls back.');
  }

  private async newTeam(
    em: EntityManager,
    org: Organization,
    input: BatchInput,
  ): Promise<Team | null> {
    if (input.operation !== 'ADD_TO_NEW_TEAM') return null;
    const name = boundedText(input.newTeamName!, 'newTeamName', { max: 191, singleLine: true });
    try {
      const team = await em.save(
        em.create(Team, {
          organizationId: org.id,
          name,
          privacy: TeamPrivacy.DISCOVERABLE,
          createdAt: this.deps.clock.now(),
        }),
      );
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: org.id,
          actorUserId: requireViewer(this.deps).id,
          action: 'team.created',
          targetType: 'Team',
          targetId: team.id,
          metadata: { name, by: 'batch' },
        },
      ]);
      return team;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`A team named "${name}" exists.`);
      throw error;
    }
  }

  /** Applies the operation to one member in the caller's transaction; audit included. */
  private async apply(
    em: EntityManager,
    org: Organization,
    input: BatchInput,
    member: OrganizationMember,
    newTeam: Team | null,
    actorUserId: number,
  ): Promise<'CHANGED' | 'UNCHANGED'> {
    const now = this.deps.clock.now();
    let metadata: Record<string, unknown> = {};
    switch (input.operation) {
      case 'ADD_TO_TEAMS':
      case 'ADD_TO_NEW_TEAM': {
        const teamIds = newTeam ? [newTeam.id] : input.teamIds!;
        const existing = new Set(
          (await em.findBy(TeamMember, { organizationId: org.id, userId: member.userId })).map(
            (t) => t.teamId,
          ),
        );
        const adding = teamIds.filter((id) => !existing.has(id));
        if (adding.length) {
          await em.insert(
            TeamMember,
            adding.map((teamId) => ({
              teamId,
              userId: member.userId,
              organizationId: org.id,
              role: TeamRole.MEMBER,
              createdAt: now,
            })),
          );
        }
        let removed = 0;
        if (input.removeFromCurrentTeams) {
          removed =
            (
              await em.delete(TeamMember, {
                organizationId: org.id,
                userId: member.userId,
                teamId: Not(In(teamIds)),
              })
            ).affected ?? 0;
        }
        if (!adding.length && !removed) return 'UNCHANGED';
        metadata = { added: adding, removedOthers: removed };
        break;
      }
      case 'REMOVE_FROM_TEAM': {
        const result = await em.delete(TeamMember, {
          teamId: input.teamId!,
          userId: member.userId,
        });
        if (!result.affected) return 'UNCHANGED';
        metadata = { teamId: input.teamId };
        break;
      }
      case 'SWITCH_LICENSE': {
        const next = switchedLicense(member, input.license!);
        if (next.role === member.role && next.license === member.license) return 'UNCHANGED';
        if (member.role === OrgRole.ADMIN && next.role !== OrgRole.ADMIN) {
          await keepOneSuperAdmin(em, org.id, member.userId);
        }
        await em.update(OrganizationMember, { id: member.id }, next);
        metadata = { before: { role: member.role, license: member.license }, after: next };
        break;
      }
      case 'DEACTIVATE': {
        if (member.status === MemberStatus.DEACTIVATED) return 'UNCHANGED';
        if (member.role === OrgRole.ADMIN) await keepOneSuperAdmin(em, org.id, member.userId);
        await em.update(
          OrganizationMember,
          { id: member.id },
          { status: MemberStatus.DEACTIVATED },
        );
        if (occupiesSeat(member.status)) await releaseSeats(em, org.id);
        metadata = { before: member.status };
        break;
      }
      case 'REACTIVATE': {
        if (member.status !== MemberStatus.DEACTIVATED) return 'UNCHANGED';
        await occupySeats(em, org.id);
        // A pending invitation of an existing user comes back pending: only they accept it.
        const status = member.invitedName ? MemberStatus.INVITED : MemberStatus.ACTIVE;
        await em.update(OrganizationMember, { id: member.id }, { status });
        break;
      }
    }
    await recordAudit(em, this.deps.clock, [
      {
        organizationId: org.id,
        actorUserId,
        action: `member.${input.operation.toLowerCase()}`,
        targetType: 'User',
        targetId: member.userId,
        metadata,
      },
    ]);
    return 'CHANGED';
  }

  private forget(org: Organization, userIds: number[]): void {
    for (const userId of userIds) this.members.forget(org.id, userId);
    this.deps.loaders.teamCountOfMember.clearAll();
  }
}
