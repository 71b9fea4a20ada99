import { Brackets, In } from 'typeorm';
import {
  Engagement,
  EngagementAudience,
  GroupMembership,
  Organization,
  Program,
} from '../../../entities';
import {
  GroupKind,
  GroupMembershipStatus,
  JoinPolicy,
  OrganizationKind,
  ProgramGroup,
} from '../../../entities/enums';
import { scopeOfGroup } from '../../../entities/GroupMembership';
import { BadUserInputError } from '../../errors';
import type { PageFilter } from '../../loaders/pages';
import { scopeOf } from '../../permissions/scope';
import { rolesGranting } from '../../permissions/derive';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { boundedText, like, likePattern } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { Connection, connectionOfList, loadPage, PageArgs, pageOfQuery } from '../pagination';
import { GroupMembershipService } from './GroupMembershipService';

export const MAX_TERMS = 20_000;
export const MAX_AUDIENCE = 200;

export interface EngagementSettings {
  name?: string;
  joinPolicy?: JoinPolicy;
  termsOfUse?: string | null;
  acceptsFeedback?: boolean;
}

function cleanSettings(input: EngagementSettings): EngagementSettings {
  const clean: EngagementSettings = {};
  if (input.name !== undefined) {
    clean.name = boundedText(input.name, 'name', { max: 200, singleLine: true });
  }
  if (input.joinPolicy !== undefined) clean.joinPolicy = input.joinPolicy;
  if (input.termsOfUse !== undefined) {
    clean.termsOfUse =
      input.termsOfUse === null || input.termsOfUse.trim() === ''
        ? null
        : boundedText(input.termsOfUse, 'termsOfUse', { max: MAX_TERMS });
  }
  if (input.acceptsFeedback !== undefined) clean.acceptsFeedback = input.acceptsFeedback;
  return clean;
}

/** Programs and engagements: discovery (R-EN-2) and their management by host groups (R-EN-1). */
export class EngagementService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly memberships: GroupMembershipService,
  ) {}

  /** Engagements of a program, optionally by partial name; the caller holds `program.readEngagements`. */
  engagements(
    program: Program,
    search: string | null,
    args: PageArgs,
  ): Promise<Connection<Engagement>> {
    if (!search?.trim()) return loadPage(this.deps.loaders, 'programEngagements', program.id, args);
    return pageOfQuery(
      () =>
        this.deps.db
          .getRepository(Engagement)
          .createQueryBuilder('e')
          .where('e.programId = :programId', { programId: program.id })
          .andWhere(like('LOWER(e.name)'), {
            pattern: likePattern(search.trim().toLowerCase()),
          }),
      'e',
      args,
    );
  }

  /**
   * Group members of an engagement with their last access date (R-IN-2); the caller holds
   * `engagement.readMembers`. Power Users see only their own organization's members (R-PU-1,
   * R-PU-3).
   */
  async members(
    engagement: Engagement,
    group: GroupKind | null,
    args: PageArgs,
  ): Promise<Connection<GroupMembership>> {
    const { loaders, access } = this.deps;
    const grants = await access.matched(
      'engagement.readMembers',
      scopeOf('Engagement', engagement),
    );
    const unrestricted = grants.some((g) => g.ownOrganizationId === undefined);
    const ownOrganizations = [...new Set(grants.map((g) => g.ownOrganizationId!))];
    const filter: PageFilter = {
      ...(group ? { eq: { group } } : {}),
      ...(unrestricted ? {} : { in: { memberOrganizationId: ownOrganizations } }),
    };
    return loadPage(loaders, 'engagementMembers', engagement.id, args, filter);
  }

  /** Program-scope group members (R-IN-2); the caller holds `program.readMembers`. */
  programMembers(
    program: Program,
    group: ProgramGroup | null,
    args: PageArgs,
  ): Promise<Connection<GroupMembership>> {
    return loadPage(this.deps.loaders, 'programMembers', program.id, args, {
      eq: { scopeKey: scopeOfGroup(program.id, null), ...(group ? { group } : {}) },
    });
  }

  /**
   * The viewer's engagements (any group) or, with `available`, the engagements offered to the
   * viewer's organizations that it has not joined (R-EN-2); optionally by partial name.
   */
  async ofViewer(
    available: boolean,
    search: string | null,
    args: PageArgs,
  ): Promise<Connection<Engagement>> {
    const viewer = requireViewer(this.deps);
    const roles = await this.deps.access.organizationRoles();
    const audienceRoles = rolesGranting('engagement.join', 'audience');
    const organizations = [...roles].filter(([, r]) => audienceRoles.includes(r)).map(([id]) => id);
    if (available && organizations.length === 0) return connectionOfList([], args);
    const mine = `SELECT g.engagementId FROM group_membership g WHERE g.userId = :viewerId AND g.engagementId IS NOT NULL AND g.status = :active`;
    return pageOfQuery(
      () => {
        const qb = this.deps.db.getRepository(Engagement).createQueryBuilder('e');
        const params = { viewerId: viewer.id, active: GroupMembershipStatus.ACTIVE };
        if (available) {
          qb.where(
            new Brackets((w) =>
              w
                .where(
                  'e.id IN (SELECT a.engagementId FROM engagement_audience a WHERE a.organizationId IN (:...organizations))',
                  { organizations },
                )
                .andWhere(`e.id NOT IN (${mine})`, params),
            ),
          );
        } else {
          qb.where(`e.id IN (${mine})`, params);
        }
        if (search?.trim()) {
          qb.andWhere(like('LOWER(e.name)'), {
            pattern: likePattern(search.trim().toLowerCase()),
          });
        }
        return qb;
      },
      'e',
      args,
    );
  }

  /** The viewer's active groups in an engagement (for the SPA: what am I here?). */
  async viewerGroups(engagement: Engagement): Promise<GroupKind[]> {
    if (!this.deps.viewer) return [];
    const mine = await this.deps.loaders.groupMembershipsOfUser.load(this.deps.viewer.id);
    return mine
      .filter((m) => m.engagementId === engagement.id && m.status === GroupMembershipStatus.ACTIVE)
      .map((m) => m.group);
  }

  /** Organizations the engagement is offered to; the caller may see the engagement. */
  async audience(engagement: Engagement): Promise<Organization[]> {
    const rows = await this.deps.loaders.audienceOfEngagement.load(engagement.id);
    const orgs = await this.deps.loaders.organization.loadMany(rows.map((r) => r.organizationId));
    return orgs.filter((o): o is Organization => o instanceof Organization);
  }

  /**
   * Creates a program in a host organization; the creator becomes its first Program Owner.
   * Caller holds `organization.createProgram`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async createProgram(input: {
    organizationId: number;
    name: string;
    description: string;
  }): Promise<Program> {
    const viewer = requireViewer(this.deps);
    const [host] = await this.deps.access.require('organization.createProgram', [
      input.organizationId,
    ]);
    if (host.kind !== OrganizationKind.HOST) {
      throw new BadUserInputError(
        'Only host organizations run programs (R-EN-1).',
        'organizationId',
      );
    }
    const name = boundedText(input.name, 'name', { max: 200, singleLine: true });
    const description = boundedText(input.description, 'description', { min: 0, max: 5000 });
    const program = await runCommand(this.deps, async ({ em }) => {
      const created = await em.save(
        em.create(Program, {
          hostOrganizationId: host.id,
          name,
          description,
          createdAt: this.deps.clock.now(),
        }),
      );
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: host.id,
          actorUserId: viewer.id,
          action: 'program.created',
          targetType: 'Program',
          targetId: created.id,
          metadata: { name },
        },
      ]);
      return created;
    });
    await this.memberships.add(
      { programId: program.id, hostOrganizationId: host.id, engagement: null },
      GroupKind.PROGRAM_OWNER,
      [{ user: viewer, organization: host }],
      { sendInvitation: false },
    );
    return program;
  }

  /**
   * Changes a program's name or description. Caller holds `program.update` (Program Owners).
   * Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async updateProgram(input: {
    programId: number;
    name?: string;
    description?: string;
  }): Promise<Program> {
    const viewer = requireViewer(this.deps);
    const [program] = await this.deps.access.require('program.update', [input.programId]);
    const change: Partial<Program> = {};
    if (input.name !== undefined) {
      change.name = boundedText(input.name, 'name', { max: 200, singleLine: true });
    }
    if (input.description !== undefined) {
      change.description = boundedText(input.description, 'description', { min: 0, max: 5000 });
    }
    const updated = await runCommand(this.deps, async ({ em }) => {
      if (Object.keys(change).length) await em.update(Program, { id: program.id }, change);
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: program.hostOrganizationId,
          actorUserId: viewer.id,
          action: 'program.updated',
          targetType: 'Program',
          targetId: program.id,
          metadata: change,
        },
      ]);
      return em.findOneByOrFail(Program, { id: program.id });
    });
    this.deps.loaders.program.clear(updated.id).prime(updated.id, updated);
    return updated;
  }

  /**
   * Creates an engagement in a program, offered to `audienceOrganizationIds`; the creator becomes
   * its first Engagement Owner. Caller holds `program.createEngagement` (Engagement Creators and
   * Program Owners). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async createEngagement(input: {
    programId: number;
    name: string;
    joinPolicy: JoinPolicy;
    termsOfUse?: string | null;
    acceptsFeedback: boolean;
    audienceOrganizationIds: number[];
  }): Promise<Engagement> {
    const viewer = requireViewer(this.deps);
    const [program] = await this.deps.access.require('program.createEngagement', [input.programId]);
    const settings = cleanSettings(input);
    const audience = await this.validAudience(input.audienceOrganizationIds);
    const host = (await this.deps.loaders.organization.load(program.hostOrganizationId))!;
    const now = this.deps.clock.now();
    const engagement = await runCommand(this.deps, async ({ em }) => {
      const created = await em.save(
        em.create(Engagement, {
          programId: program.id,
          hostOrganizationId: program.hostOrganizationId,
          name: settings.name!,
          joinPolicy: settings.joinPolicy!,
          termsOfUse: settings.termsOfUse ?? null,
          acceptsFeedback: settings.acceptsFeedback!,
          createdAt: now,
        }),
      );
      if (audience.length) {
        await em.insert(
          EngagementAudience,
          audience.map((organizationId) => ({
            engagementId: created.id,
            organizationId,
            createdAt: now,
          })),
        );
      }
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: program.hostOrganizationId,
          actorUserId: viewer.id,
          action: 'engagement.created',
          targetType: 'Engagement',
          targetId: created.id,
          metadata: { ...settings, programId: program.id, audience },
        },
      ]);
      return created;
    });
    await this.memberships.add(
      {
        programId: program.id,
        hostOrganizationId: program.hostOrganizationId,
        engagement,
      },
      GroupKind.ENGAGEMENT_OWNER,
      [{ user: viewer, organization: host }],
      { sendInvitation: false },
    );
    return engagement;
  }

  private async validAudience(ids: number[]): Promise<number[]> {
    const unique = [...new Set(ids)];
    if (unique.length > MAX_AUDIENCE) {
      throw new BadUserInputError(
        `At most ${MAX_AUDIENCE} audience organizations.`,
        'audienceOrganizationIds',
      );
    }
    const found = unique.length
      ? await this.deps.db.getRepository(Organization).countBy({ id: In(unique) })
      : 0;
    if (found !== unique.length) {
      throw new BadUserInputError(
        'Unknown organization in audienceOrganizationIds.',
        'audienceOrganizationIds',
      );
    }
    return unique;
  }

  /**
   * Changes an engagement's settings (name, join policy, terms of use, feedback) and, when
   * given, the organizations it is offered to. Caller holds `engagement.update` (Engagement
   * Owners and Program Owners). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async updateEngagement(
    input: EngagementSettings & { engagementId: number; audienceOrganizationIds?: number[] },
  ): Promise<Engagement> {
    const viewer = requireViewer(this.deps);
    const [engagement] = await this.deps.access.require('engagement.update', [input.engagementId]);
    const settings = cleanSettings(input);
    const audience =
      input.audienceOrganizationIds === undefined
        ? undefined
        : await this.validAudience(input.audienceOrganizationIds);
    const updated = await runCommand(this.deps, async ({ em }) => {
      if (Object.keys(settings).length) {
        await em.update(Engagement, { id: engagement.id }, settings);
      }
      if (audience) {
        await em.delete(EngagementAudience, { engagementId: engagement.id });
        if (audience.length) {
          await em.insert(
            EngagementAudience,
            audience.map((organizationId) => ({
              engagementId: engagement.id,
              organizationId,
              createdAt: this.deps.clock.now(),
            })),
          );
        }
      }
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: engagement.hostOrganizationId,
          actorUserId: viewer.id,
          action: 'engagement.updated',
          targetType: 'Engagement',
          targetId: engagement.id,
          metadata: { ...settings, ...(audience ? { audience } : {}) },
        },
      ]);
      return em.findOneByOrFail(Engagement, { id: engagement.id });
    });
    this.deps.loaders.engagement.clear(updated.id).prime(updated.id, updated);
    this.deps.loaders.audienceOfEngagement.clear(updated.id);
    return updated;
  }
}
