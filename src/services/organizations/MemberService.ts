import { EntityManager, In } from 'typeorm';
import {
  Engagement,
  GroupMembership,
  Organization,
  OrganizationDomain,
  Program,
  Team,
  OrganizationMember,
  TeamMember,
  User,
} from '../../../entities';
import {
  License,
  MemberStatus,
  NotificationKind,
  OrganizationKind,
  OrgRole,
  TeamRole,
} from '../../../entities/enums';
import { toGlobalId } from '../../globalId';
import { isUniqueViolation } from '../../db/transaction';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { recordAudit } from '../audit';
import { runCommand, Tx } from '../command';
import { boundedText } from '../common/text';
import { isDryRun, requireViewer, ServiceDeps } from '../context';
import { membershipEvent } from '../engagements/events';
import { INVITATION_DAYS } from '../directory/DirectoryService';
import { recordNotifications } from '../notifications/outbox';
import {
  keepOneSuperAdmin,
  lockOrganization,
  occupiesSeat,
  occupySeats,
  releaseSeats,
} from './seats';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 191 || !EMAIL.test(email)) {
    throw new BadUserInputError(`${field} must be an email address.`, field);
  }
  return email;
}

/**
 * The license a role gets by default, and the check that guests never hold a full one (R-DI-5).
 * A company's members get its default license (free or restricted free, R-DI-8).
 */
export function licenseFor(
  role: OrgRole,
  requested: License | null | undefined,
  org?: Pick<Organization, 'kind' | 'defaultLicense'>,
): License {
  const byRole =
    role === OrgRole.GUEST
      ? License.FREE
      : role === OrgRole.MEMBER && org?.kind === OrganizationKind.COMPANY
        ? org!.defaultLicense
        : License.FULL;
  const license = requested ?? byRole;
  if (role === OrgRole.GUEST && license === License.FULL) {
    throw new BadUserInputError('Guests cannot hold a full license (R-DI-5).', 'license');
  }
  return license;
}

/**
 * Onboarding and offboarding of an organization's users (R-PR-3, R-PA-1): add or invite, remove,
 * change role. Seats go through the seat service; super admins are kept (R-PA-8).
 */
export class MemberService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Also requires `organization.manageSuperAdmins` when a super admin is involved. */
  private async requireRoleChange(organizationId: number, roles: OrgRole[]): Promise<Organization> {
    const [org] = await this.deps.access.require('organization.manageMembers', [organizationId]);
    if (roles.includes(OrgRole.ADMIN)) {
      await this.deps.access.require('organization.manageSuperAdmins', [organizationId]);
    }
    return org;
  }

  /**
   * Adds (active) or invites a user by email, creating the user when unknown; either occupies a
   * seat (R-PR-4). An existing user who is not yet a member is only ever invited (they accept
   * with `acceptInvitation`), unless the email's domain is one the organization verified (a
   * managed user, R-DI-1). Caller holds `organization.manageMembers` (and `manageSuperAdmins` for a
   * super admin). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (already a member),
   * SEAT_LIMIT_REACHED.
   */
  async add(input: {
    organizationId: number;
    email: string;
    name: string;
    role: OrgRole;
    license?: License | null;
    invite: boolean;
    teamIds?: number[];
  }): Promise<OrganizationMember> {
    if (input.role === OrgRole.PARTNER_ADMIN) {
      throw new BadUserInputError(
        'Partner admins join through an access link or addPartnerEmployees (R-PA-2, R-PA-3).',
        'role',
      );
    }
    await this.requireRoleChange(input.organizationId, [input.role]);
    return this.create(input);
  }

  /**
   * The body of `add`, for callers that authorized the addition themselves (a team admin
   * inviting into its team, R-DI-2; a SCIM token of the organization, without a viewer: the
   * system actor, with `auditMetadata` naming the token).
   */
  async create(input: {
    organizationId: number;
    email: string;
    name: string;
    role: OrgRole;
    license?: License | null;
    invite: boolean;
    teamIds?: number[];
    auditMetadata?: Record<string, unknown>;
  }): Promise<OrganizationMember> {
    const viewer = this.deps.viewer;
    const org = (await this.deps.loaders.organization.load(input.organizationId))!;
    const email = validateEmail(input.email);
    const name = boundedText(input.name, 'name', { max: 200, singleLine: true });
    const license = licenseFor(input.role, input.license, org);
    const teams = await this.teamsOf(org.id, input.teamIds ?? []);
    const managed = await this.isManagedEmail(org.id, email);
    try {
      const member = await runCommand(this.deps, async ({ em }) => {
        const now = this.deps.clock.now();
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
          throw new ConflictError(`${email} is already a member of ${org.name}.`);
        }
        // Consent: someone who already has an account elsewhere joins only by accepting.
        const invite = input.invite || (!!known && !existing && !managed);
        const status = invite ? MemberStatus.INVITED : MemberStatus.ACTIVE;
        // Until they accept, the admin sees the name it typed, not the user's own profile.
        const invitedName = invite && known && !existing ? name : null;
        await occupySeats(em, org.id);
        let member: OrganizationMember;
        if (existing) {
          const change = {
            status,
            role: input.role,
            license,
            invitedAt: invite ? now : null,
            invitedName,
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
        await recordAudit(em, this.deps.clock, [
          {
            organizationId: org.id,
            actorUserId: viewer?.id ?? null,
            action: invite ? 'member.invited' : 'member.added',
            targetType: 'User',
            targetId: user.id,
            metadata: {
              email,
              role: input.role,
              license,
              teams: teams.map((t) => t.name),
              reactivated: !!existing,
              ...input.auditMetadata,
            },
          },
        ]);
        if (invite) {
          await recordNotifications(em, this.deps.clock, [
            {
              recipientUserId: user.id,
              kind: NotificationKind.ORGANIZATION_INVITATION,
              data: this.invitationData(org, viewer?.name ?? org.name, teams),
            },
          ]);
        }
        return member;
      });
      this.forget(org.id, member.userId);
      return member;
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`${email} was added concurrently; try again.`);
      }
      throw error;
    }
  }

  /** Whether the email's domain is one the organization verified: a managed user (R-DI-1). */
  private async isManagedEmail(organizationId: number, email: string): Promise<boolean> {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    return this.deps.db.getRepository(OrganizationDomain).existsBy({ organizationId, domain });
  }

  private invitationData(org: Organization, invitedBy: string, teams: Team[]) {
    return {
      organizationName: org.name,
      invitedBy,
      teams: teams.map((t) => t.name),
      expiresInDays: INVITATION_DAYS,
      link: `${this.deps.publicUrl}/invitations/${toGlobalId('Organization', org.id)}`,
    };
  }

  private async teamsOf(organizationId: number, teamIds: number[]): Promise<Team[]> {
    if (!teamIds.length) return [];
    const teams = await this.deps.db
      .getRepository(Team)
      .findBy({ id: In(teamIds), organizationId });
    if (teams.length !== new Set(teamIds).size) {
      throw new BadUserInputError('Unknown team for this organization.', 'teamIds');
    }
    return teams;
  }

  private async invited(em: EntityManager, organizationId: number, userId: number) {
    const member = await em.findOneBy(OrganizationMember, {
      organizationId,
      userId,
      status: MemberStatus.INVITED,
    });
    if (!member) throw new NotFoundError('Invitation');
    return member;
  }

  /**
   * Sends an invitation again; its 30 days start over (R-BK-2). Caller holds
   * `organization.manageMembers`. Errors: NOT_FOUND (no invitation), FORBIDDEN.
   */
  async resendInvitation(input: {
    organizationId: number;
    userId: number;
  }): Promise<OrganizationMember> {
    const viewer = requireViewer(this.deps);
    const [org] = await this.deps.access.require('organization.manageMembers', [
      input.organizationId,
    ]);
    const member = await runCommand(this.deps, async ({ em }) => {
      const invitation = await this.invited(em, org.id, input.userId);
      const now = this.deps.clock.now();
      await em.update(OrganizationMember, { id: invitation.id }, { invitedAt: now });
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: org.id,
          actorUserId: viewer.id,
          action: 'member.invitation.resent',
          targetType: 'User',
          targetId: input.userId,
        },
      ]);
      await recordNotifications(em, this.deps.clock, [
        {
          recipientUserId: input.userId,
          kind: NotificationKind.ORGANIZATION_INVITATION,
          data: this.invitationData(org, viewer.name, []),
        },
      ]);
      return { ...invitation, invitedAt: now };
    });
    return member;
  }

  /**
   * Revokes a pending invitation: the membership and its teams go, the seat is freed. Caller
   * holds `organization.manageMembers`. Errors: NOT_FOUND, FORBIDDEN.
   */
  async revokeInvitation(input: { organizationId: number; userId: number }): Promise<void> {
    const viewer = requireViewer(this.deps);
    const [org] = await this.deps.access.require('organization.manageMembers', [
      input.organizationId,
    ]);
    await runCommand(this.deps, async (tx) => {
      const invitation = await this.invited(tx.em, org.id, input.userId);
      await this.removeMembership(tx, invitation);
      await recordAudit(tx.em, this.deps.clock, [
        {
          organizationId: org.id,
          actorUserId: viewer.id,
          action: 'member.invitation.revoked',
          targetType: 'User',
          targetId: input.userId,
        },
      ]);
    });
    this.forget(org.id, input.userId);
  }

  /**
   * The viewer accepts its own invitation within 30 days (R-BK-2): the membership becomes
   * active. Any signed-in viewer, for itself only. Errors: NOT_FOUND (no invitation), CONFLICT
   * (expired: ask for a new one).
   */
  async acceptInvitation(organizationId: number): Promise<OrganizationMember> {
    const viewer = requireViewer(this.deps);
    const accepted = await runCommand(this.deps, async ({ em }) => {
      const invitation = await this.invited(em, organizationId, viewer.id);
      const now = this.deps.clock.now();
      const sent = invitation.invitedAt ?? invitation.createdAt;
      if (now.getTime() - sent.getTime() > INVITATION_DAYS * 24 * 60 * 60 * 1000) {
        throw new ConflictError(
          'The invitation has expired (30 days); ask for a new one (R-BK-2).',
        );
      }
      await em.update(
        OrganizationMember,
        { id: invitation.id },
        { status: MemberStatus.ACTIVE, lastActivityAt: now, invitedName: null },
      );
      await recordAudit(em, this.deps.clock, [
        {
          organizationId,
          actorUserId: viewer.id,
          action: 'member.invitation.accepted',
          targetType: 'User',
          targetId: viewer.id,
        },
      ]);
      return {
        ...invitation,
        status: MemberStatus.ACTIVE,
        lastActivityAt: now,
        invitedName: null,
      };
    });
    this.forget(organizationId, viewer.id);
    return accepted;
  }

  private async memberOf(em: EntityManager, organizationId: number, userId: number) {
    const member = await em.findOneBy(OrganizationMember, { organizationId, userId });
    if (!member) throw new NotFoundError('OrganizationMember');
    return member;
  }

  /**
   * Offboards a user: the membership, its team memberships and the engagement groups it held for
   * the organization go; the seat is freed. Never the last super admin (R-PA-8). Partner
   * employees leave through `removePartnerEmployees` (R-PA-7). Caller holds
   * `organization.manageMembers` (and `manageSuperAdmins` for a super admin). Errors: NOT_FOUND,
   * FORBIDDEN, BAD_USER_INPUT, CONFLICT.
   */
  async remove(input: { organizationId: number; userId: number }): Promise<void> {
    const viewer = requireViewer(this.deps);
    await this.deps.access.require('organization.manageMembers', [input.organizationId]);
    const current = await this.deps.db
      .getRepository(OrganizationMember)
      .findOneBy({ organizationId: input.organizationId, userId: input.userId });
    if (!current) throw new NotFoundError('OrganizationMember');
    if (current.partnerOrganizationId !== null) {
      throw new BadUserInputError(
        'Partner employees leave through removePartnerEmployees (R-PA-6, R-PA-7).',
        'userId',
      );
    }
    await this.requireRoleChange(input.organizationId, [current.role]);
    await runCommand(this.deps, async (tx) => {
      const { em } = tx;
      await lockOrganization(em, input.organizationId);
      const member = await this.memberOf(em, input.organizationId, input.userId);
      if (member.role === OrgRole.ADMIN)
        await keepOneSuperAdmin(em, member.organizationId, member.userId);
      await this.removeMembership(tx, member);
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: member.organizationId,
          actorUserId: viewer.id,
          action: 'member.removed',
          targetType: 'User',
          targetId: member.userId,
          metadata: { role: member.role, status: member.status },
        },
      ]);
    });
    this.forget(input.organizationId, input.userId);
  }

  /**
   * Deletes a membership in the caller's transaction with what hangs on it: the seat, the team
   * memberships in the organization and the engagement groups held for it (membership events
   * published after commit).
   */
  async removeMembership(tx: Tx, member: OrganizationMember): Promise<void> {
    const { em, emit } = tx;
    await em.delete(OrganizationMember, { id: member.id });
    if (occupiesSeat(member.status)) await releaseSeats(em, member.organizationId);
    await em.delete(TeamMember, { organizationId: member.organizationId, userId: member.userId });
    const groups = await em.findBy(GroupMembership, {
      userId: member.userId,
      memberOrganizationId: member.organizationId,
    });
    if (groups.length === 0) return;
    await em.delete(GroupMembership, { id: In(groups.map((g) => g.id)) });
    const [user, organization] = await Promise.all([
      this.deps.loaders.user.load(member.userId),
      this.deps.loaders.organization.load(member.organizationId),
    ]);
    const engagements = new Map(
      (
        await em.findBy(Engagement, {
          id: In(groups.flatMap((g) => (g.engagementId === null ? [] : [g.engagementId]))),
        })
      ).map((e) => [e.id, e]),
    );
    const programs = new Map(
      (await em.findBy(Program, { id: In(groups.map((g) => g.programId)) })).map((p) => [p.id, p]),
    );
    for (const g of groups) {
      emit(
        membershipEvent(
          'REMOVED',
          g,
          {
            user: user!,
            organization: organization!,
            engagement: g.engagementId === null ? null : (engagements.get(g.engagementId) ?? null),
            hostOrganizationId: programs.get(g.programId)!.hostOrganizationId,
          },
          this.deps.viewer?.id ?? null,
          this.deps.clock.now(),
        ),
      );
    }
  }

  /**
   * Changes a member's role (R-PR-3); a guest's full license becomes free (R-DI-5). Never
   * demotes the last super admin (R-PA-8). Caller holds `organization.manageMembers` (and
   * `manageSuperAdmins` when a super admin is involved). Errors: NOT_FOUND, FORBIDDEN,
   * BAD_USER_INPUT, CONFLICT.
   */
  async changeRole(input: {
    organizationId: number;
    userId: number;
    role: OrgRole;
  }): Promise<OrganizationMember> {
    const viewer = requireViewer(this.deps);
    if (input.role === OrgRole.PARTNER_ADMIN) {
      throw new BadUserInputError(
        'Partner admins are made through access links or switchToPartnerAdmin (R-PA-2, R-PA-8).',
        'role',
      );
    }
    await this.deps.access.require('organization.manageMembers', [input.organizationId]);
    const current = await this.deps.db
      .getRepository(OrganizationMember)
      .findOneBy({ organizationId: input.organizationId, userId: input.userId });
    if (!current) throw new NotFoundError('OrganizationMember');
    await this.requireRoleChange(input.organizationId, [current.role, input.role]);
    const updated = await runCommand(this.deps, async ({ em }) => {
      await lockOrganization(em, input.organizationId);
      const member = await this.memberOf(em, input.organizationId, input.userId);
      if (member.role === input.role) return member;
      if (member.role === OrgRole.ADMIN) {
        await keepOneSuperAdmin(em, member.organizationId, member.userId);
      }
      const license =
        input.role === OrgRole.GUEST && member.license === License.FULL
          ? License.FREE
          : member.license;
      await em.update(OrganizationMember, { id: member.id }, { role: input.role, license });
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: member.organizationId,
          actorUserId: viewer.id,
          action: 'member.role.changed',
          targetType: 'User',
          targetId: member.userId,
          metadata: { before: member.role, after: input.role, license },
        },
      ]);
      return { ...member, role: input.role, license };
    });
    this.forget(input.organizationId, input.userId);
    return updated;
  }

  /** The member record after a change (fresh from the database). */
  async memberFor(organizationId: number, userId: number): Promise<OrganizationMember> {
    const member = await this.deps.db
      .getRepository(OrganizationMember)
      .findOneBy({ organizationId, userId });
    if (!member) throw new NotFoundError('OrganizationMember');
    return member;
  }

  /**
   * After a committed change of a user's membership: drops the request's cached memberships and
   * tells live subscriptions (on every instance) to recompute that user's access.
   */
  forget(organizationIds: number | number[], userId: number): void {
    this.deps.loaders.membershipsOfUser.clear(userId);
    for (const id of [organizationIds].flat()) {
      this.deps.loaders.organization.clear(id);
      this.deps.loaders.managersOfClient.clear(id);
    }
    if (this.deps.viewer?.id === userId) this.deps.access.refresh();
    if (!isDryRun(this.deps)) {
      void this.deps.events.publish([{ topic: 'ACCESS_CHANGED', payload: { userId } }]);
    }
  }
}
