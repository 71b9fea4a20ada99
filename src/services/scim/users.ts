import { In } from 'typeorm';
import { OrganizationDomain, OrganizationMember, ScimExternalId, User } from '../../../entities';
import { MemberStatus, OrgRole } from '../../../entities/enums';
import { NotFoundError } from '../../errors';
import { ScimError } from '../../scim/errors';
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import { validateEmail } from '../organizations/MemberService';
import {
  keepOneSuperAdmin,
  lockOrganization,
  occupiesSeat,
  occupySeats,
  releaseSeats,
} from '../organizations/seats';
import { ScimQuery, ScimScope, ScimUserInput, ScimUserRow } from './scope';

/** SCIM Users: the organization's own members (partner employees are not SCIM-managed). */
export class ScimUsers extends ScimScope {
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
}
