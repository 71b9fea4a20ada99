import { EntityManager, In, Not } from 'typeorm';
import { Organization, OrganizationMember, Team, TeamMember } from '../../../../entities';
import { MemberStatus, OrgRole, TeamPrivacy, TeamRole } from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { recordAudit } from '../../audit';
import { boundedText } from '../../common/text';
import { requireViewer, ServiceDeps } from '../../context';
import {
  keepOneSuperAdmin,
  occupiesSeat,
  occupySeats,
  releaseSeats,
} from '../../organizations/seats';
import { teamNameTaken } from '../errors';
import { switchedLicense } from '../validators';
import type { BatchInput } from './types';

/** What one operation needs to change one member. */
interface Change {
  em: EntityManager;
  org: Organization;
  input: BatchInput;
  member: OrganizationMember;
  newTeam: Team | null;
  now: Date;
}

/** The audit metadata of a change, or null when the member already had it (UNCHANGED). */
type Effect = Promise<Record<string, unknown> | null>;

async function addToTeams({ em, org, input, member, newTeam, now }: Change): Effect {
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
    const where = { organizationId: org.id, userId: member.userId, teamId: Not(In(teamIds)) };
    removed = (await em.delete(TeamMember, where)).affected ?? 0;
  }
  if (!adding.length && !removed) return null;
  return { added: adding, removedOthers: removed };
}

async function removeFromTeam({ em, input, member }: Change): Effect {
  const result = await em.delete(TeamMember, { teamId: input.teamId!, userId: member.userId });
  return result.affected ? { teamId: input.teamId } : null;
}

async function switchLicense({ em, org, input, member }: Change): Effect {
  const next = switchedLicense(member, input.license!);
  if (next.role === member.role && next.license === member.license) return null;
  if (member.role === OrgRole.ADMIN && next.role !== OrgRole.ADMIN) {
    await keepOneSuperAdmin(em, org.id, member.userId);
  }
  await em.update(OrganizationMember, { id: member.id }, next);
  return { before: { role: member.role, license: member.license }, after: next };
}

async function deactivate({ em, org, member }: Change): Effect {
  if (member.status === MemberStatus.DEACTIVATED) return null;
  if (member.role === OrgRole.ADMIN) await keepOneSuperAdmin(em, org.id, member.userId);
  await em.update(OrganizationMember, { id: member.id }, { status: MemberStatus.DEACTIVATED });
  if (occupiesSeat(member.status)) await releaseSeats(em, org.id);
  return { before: member.status };
}

async function reactivate({ em, org, member }: Change): Effect {
  if (member.status !== MemberStatus.DEACTIVATED) return null;
  await occupySeats(em, org.id);
  // A pending invitation of an existing user comes back pending: only they accept it.
  const status = member.invitedName ? MemberStatus.INVITED : MemberStatus.ACTIVE;
  await em.update(OrganizationMember, { id: member.id }, { status });
  return {};
}

const OPERATIONS: Record<BatchInput['operation'], (change: Change) => Effect> = {
  ADD_TO_TEAMS: addToTeams,
  ADD_TO_NEW_TEAM: addToTeams,
  REMOVE_FROM_TEAM: removeFromTeam,
  SWITCH_LICENSE: switchLicense,
  DEACTIVATE: deactivate,
  REACTIVATE: reactivate,
};

/** Applies the operation to one member in the caller's transaction; audit included. */
export async function applyToMember(
  deps: ServiceDeps,
  em: EntityManager,
  org: Organization,
  input: BatchInput,
  member: OrganizationMember,
  newTeam: Team | null,
  actorUserId: number,
): Promise<'CHANGED' | 'UNCHANGED'> {
  const change = { em, org, input, member, newTeam, now: deps.clock.now() };
  const metadata = await OPERATIONS[input.operation](change);
  if (!metadata) return 'UNCHANGED';
  await recordAudit(em, deps.clock, [
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

/** The team ADD_TO_NEW_TEAM creates (audited), in the caller's transaction; null otherwise. */
export async function createBatchTeam(
  deps: ServiceDeps,
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
        createdAt: deps.clock.now(),
      }),
    );
    await recordAudit(em, deps.clock, [
      {
        organizationId: org.id,
        actorUserId: requireViewer(deps).id,
        action: 'team.created',
        targetType: 'Team',
        targetId: team.id,
        metadata: { name, by: 'batch' },
      },
    ]);
    return team;
  } catch (error) {
    if (isUniqueViolation(error)) throw teamNameTaken(name);
    throw error;
  }
}
