import { EntityManager } from 'typeorm';
import { Organization, OrganizationMember, Team, TeamMember, User } from '../../../../entities';
import {
  License,
  MemberStatus,
  NotificationKind,
  OrgRole,
  TeamRole,
} from '../../../../entities/enums';
import { isUniqueViolation } from '../../../db/transaction';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { DEFAULT_MEMBERSHIP_DAYS, membershipExpiryFor } from '../../common/expiry';
import { boundedText } from '../../common/text';
import type { ServiceDeps } from '../../context';
import { teamsOfOrganization } from '../../directory/teams/shared';
import { recordNotifications } from '../../notifications/outbox';
import { alreadyMember, memberAddedConcurrently } from '../errors';
import { occupySeats } from '../seats';
import { licenseFor, validateAddedRole, validateEmail } from '../validators';
import { forgetMembership, invitationData, isManagedEmail, requireRoleChange } from './shared';

export interface AddMemberInput {
  organizationId: number;
  email: string;
  name: string;
  role: OrgRole;
  license?: License | null;
  invite: boolean;
  teamIds?: number[];
  /** When the membership ends (issue 21); a guest gets GUEST_MEMBERSHIP_DAYS when unset. */
  expiresAt?: Date | null;
}

/**
 * Adds (active) or invites a user by email, creating the user when unknown; either occupies a
 * seat (R-PR-4). An existing user who is not yet a member is only ever invited (they accept
 * with `acceptInvitation`), unless the email's domain is one the organization verified (a
 * managed user, R-DI-1). Caller holds `organization.manageMembers` (and `manageSuperAdmins` for a
 * super admin). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (already a member),
 * SEAT_LIMIT_REACHED.
 */
export async function addOrganizationMember(
  deps: ServiceDeps,
  input: AddMemberInput,
): Promise<OrganizationMember> {
  validateAddedRole(input.role);
  await requireRoleChange(deps, mutationAction('addOrganizationMember'), input.organizationId, [
    input.role,
  ]);
  return createMember(deps, input);
}

/** What `createMember` decided and wrote for one user. */
interface Admission {
  org: Organization;
  user: User;
  email: string;
  name: string;
  license: License;
  teams: Team[];
  now: Date;
  expiresAt: Date | null;
}

/**
 * The body of `addOrganizationMember`, for callers that authorized the addition themselves (a
 * team admin inviting into its team, R-DI-2; a SCIM token of the organization, without a viewer:
 * the system actor, with `auditMetadata` naming the token).
 */
export async function createMember(
  deps: ServiceDeps,
  input: AddMemberInput & { auditMetadata?: Record<string, unknown> },
): Promise<OrganizationMember> {
  const org = (await deps.loaders.organization.load(input.organizationId))!;
  const email = validateEmail(input.email);
  const name = boundedText(input.name, 'name', { max: 200, singleLine: true });
  const license = licenseFor(input.role, input.license, org);
  const teams = await teamsOfOrganization(deps, org.id, input.teamIds ?? []);
  const managed = await isManagedEmail(deps, org.id, email);
  const expiresAt = membershipExpiryFor(
    input.role,
    input.expiresAt,
    deps.clock.now(),
    deps.membershipDays ?? DEFAULT_MEMBERSHIP_DAYS,
  );
  try {
    const member = await runCommand(deps, async ({ em }) => {
      const now = deps.clock.now();
      const known = await em.findOneBy(User, { email });
      const user =
        known ??
        (await em.save(
          em.create(User, { subject: email, email, name, photoUrl: null, createdAt: now }),
        ));
      const existing = await em.findOneBy(OrganizationMember, {
        organizationId: org.id,
        userId: user.id,
      });
      if (existing && existing.status !== MemberStatus.DEACTIVATED) {
        throw alreadyMember(email, org.name);
      }
      // Consent: someone who already has an account elsewhere joins only by accepting.
      const invite = input.invite || (!!known && !existing && !managed);
      const admission = { org, user, email, name, license, teams, now, expiresAt };
      const saved = await saveMembership(em, admission, input, existing, {
        invite,
        // Until they accept, the admin sees the name it typed, not the user's own profile.
        invitedName: invite && known && !existing ? name : null,
      });
      await recordAdmission(deps, em, admission, input, { invite, reactivated: !!existing });
      return saved;
    });
    forgetMembership(deps, org.id, member.userId);
    return member;
  } catch (error) {
    if (isUniqueViolation(error)) throw memberAddedConcurrently(email);
    throw error;
  }
}

/** Occupies the seat and writes the membership (a deactivated one comes back) and its teams. */
async function saveMembership(
  em: EntityManager,
  { org, user, license, teams, now, expiresAt }: Admission,
  input: AddMemberInput,
  existing: OrganizationMember | null,
  { invite, invitedName }: { invite: boolean; invitedName: string | null },
): Promise<OrganizationMember> {
  const status = invite ? MemberStatus.INVITED : MemberStatus.ACTIVE;
  await occupySeats(em, org.id);
  let member: OrganizationMember;
  if (existing) {
    const change = {
      status,
      role: input.role,
      license,
      invitedAt: invite ? now : null,
      invitedName,
      expiresAt,
      expiryWarnedDays: null,
    };
    await em.update(OrganizationMember, { id: existing.id }, change);
    member = { ...existing, ...change };
  } else {
    member = await em.save(
      em.create(OrganizationMember, {
        organizationId: org.id,
        userId: user.id,
        role: input.role,
        license,
        status,
        lastActivityAt: null,
        invitedAt: invite ? now : null,
        invitedName,
        partnerOrganizationId: null,
        permissionSetId: null,
        verified: false,
        billingPermission: false,
        reportsAccess: false,
        createdAt: now,
        expiresAt,
        expiryWarnedDays: null,
      }),
    );
  }
  if (teams.length) {
    await em.insert(
      TeamMember,
      teams.map((t) => ({
        teamId: t.id,
        userId: user.id,
        organizationId: org.id,
        role: TeamRole.MEMBER,
        createdAt: now,
      })),
    );
  }
  return member;
}

/** The audit entry of the addition, and the invitation's notification. */
async function recordAdmission(
  deps: ServiceDeps,
  em: EntityManager,
  { org, user, email, license, teams, expiresAt }: Admission,
  input: AddMemberInput & { auditMetadata?: Record<string, unknown> },
  { invite, reactivated }: { invite: boolean; reactivated: boolean },
): Promise<void> {
  await recordAudit(em, deps.clock, [
    {
      organizationId: org.id,
      actorUserId: deps.viewer?.id ?? null,
      action: invite ? 'member.invited' : 'member.added',
      targetType: 'User',
      targetId: user.id,
      metadata: {
        email,
        role: input.role,
        license,
        teams: teams.map((t) => t.name),
        reactivated,
        expiresAt: expiresAt?.toISOString() ?? null,
        ...input.auditMetadata,
      },
    },
  ]);
  if (invite) {
    await recordNotifications(em, deps.clock, [
      {
        recipientUserId: user.id,
        kind: NotificationKind.ORGANIZATION_INVITATION,
        data: invitationData(deps, org, deps.viewer?.name ?? org.name, teams),
      },
    ]);
  }
}
