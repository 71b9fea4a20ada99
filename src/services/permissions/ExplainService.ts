import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { User } from '../../../entities';
import {
  ClientPermission,
  GroupMembershipStatus,
  MemberStatus,
  RelationshipStatus,
} from '../../../entities/enums';
import { scopeOfGroup } from '../../../entities/GroupMembership';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../errors';
import { fromGlobalId } from '../../globalId';
import { createLoaders, Loaders } from '../../loaders';
import { Access, GrantPath, MatchedGrant } from '../../permissions/access';
import { conditionHolds, ResourceScope, scopeOf } from '../../permissions/scope';
import { describeGrant } from '../../permissions/describe';
import {
  Action,
  ADMIN_ACTION,
  definitionOf,
  Grant,
  READ_ACTION,
  ResourceType,
} from '../../permissions/matrix';
import { requireViewer, ServiceDeps } from '../context';
import { like, likePattern } from '../common/text';
import {
  applyKeyset,
  Connection,
  PageArgs,
  pageOfFetched,
  parsePage,
  toConnection,
} from '../pagination';

export interface ExplainedPath {
  scope: Grant['scope'];
  description: string;
}

export interface Explanation {
  action: Action;
  allowed: boolean;
  /** When denied: the DOMAIN.md rule the action implements first (e.g. R-PU-2). */
  rule: string | null;
  reason: string;
  paths: ExplainedPath[];
}

export interface Holder {
  id: number;
  user: User;
  paths: ExplainedPath[];
}

/** `group` is an SQL keyword: quoted with backticks, which MySQL and SQLite both accept. */
const GROUP = '`group`';

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/**
 * `explainAccess` and `whoCan` (issue 9): answers computed by the very `Access` checks that
 * enforce the matrix, for any user, with the grant path that holds.
 */
export class ExplainService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The resource, visible to the viewer (else NOT_FOUND), and the action's scope on it. */
  private async resource(action: Action, globalId: string) {
    const type = definitionOf(action).resource;
    const parsed = fromGlobalId(globalId);
    if (!parsed || parsed.type !== type) {
      throw new BadUserInputError(
        `${action} applies to a ${type}; give a ${type} id.`,
        'resourceId',
      );
    }
    const [entity] = await this.deps.access.require(READ_ACTION[type], [parsed.id]);
    return { type, scope: scopeOf(type, entity as never) };
  }

  /** FORBIDDEN unless the viewer administers the resource (ADMIN_ACTION of its type). */
  private async requireAdmin(type: ResourceType, scope: ResourceScope): Promise<void> {
    const admin = ADMIN_ACTION[type];
    if (!admin || !(await this.deps.access.can(admin, scope))) {
      throw new ForbiddenError(
        admin
          ? `Only those who may ${definitionOf(admin).description.toLowerCase()} ask about others here.`
          : `Nobody may ask about others on a ${type}; ask about yourself.`,
        admin ? definitionOf(admin).rules[0] : undefined,
      );
    }
  }

  /**
   * Whether `userId` may do `action` on the resource, and why: its grant paths, or the rule that
   * denies. Anyone may ask about itself; admins of the resource about any user they can see.
   * Errors: NOT_FOUND (resource or user not visible), FORBIDDEN, BAD_USER_INPUT.
   */
  async explain(input: {
    userId: number;
    action: Action;
    resourceId: string;
  }): Promise<Explanation> {
    const viewer = requireViewer(this.deps);
    const { action } = input;
    const { type, scope } = await this.resource(action, input.resourceId);
    if (input.userId !== viewer.id) {
      await this.requireAdmin(type, scope);
      await this.deps.access.require('user.read', [input.userId]);
    }
    const user = await this.deps.loaders.user.load(input.userId);
    if (!user) throw new NotFoundError('User');
    const loaders = createLoaders(this.deps.db);
    const matched = await new Access(user, loaders).matched(action, scope);
    const definition = definitionOf(action);
    if (matched.length) {
      const paths = await this.describe(matched, loaders, user.id);
      return {
        action,
        allowed: true,
        rule: null,
        reason: `Allowed: ${paths.map((p) => p.description).join('; ')}.`,
        paths,
      };
    }
    return {
      action,
      allowed: false,
      rule: definition.rules[0],
      reason: `Denied (${definition.rules.join(', ')}): ${definition.description} It is granted to: ${definition.grants.map(describeGrant).join('; ')}.`,
      paths: [],
    };
  }

  /**
   * The users who hold `action` on the resource, by id, each with its grant paths: members,
   * group holders and holders through provider and partner relationships; never deactivated
   * members. Caller administers the resource. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
   */
  async whoCan(
    input: { action: Action; resourceId: string },
    args: PageArgs,
  ): Promise<Connection<Holder>> {
    requireViewer(this.deps);
    const { action } = input;
    const { type, scope } = await this.resource(action, input.resourceId);
    await this.requireAdmin(type, scope);
    const window = parsePage(args);
    const grants = definitionOf(action).grants;
    const query = () => {
      const qb = this.deps.db.getRepository(User).createQueryBuilder('u');
      qb.where(
        new Brackets((w) => {
          w.where('1 = 0');
          grants.forEach((grant, i) => holdersOf(w, grant, scope, `g${i}`));
        }),
      );
      return qb;
    };
    const { rows: users, hasMore } = pageOfFetched(
      await applyKeyset(query(), 'u.id', 'ASC', window).getMany(),
      window,
    );
    const loaders = createLoaders(this.deps.db);
    const holders = await Promise.all(
      users.map(async (user) => {
        const matched = await new Access(user, loaders).matched(action, scope);
        return { id: user.id, user, paths: await this.describe(matched, loaders, user.id) };
      }),
    );
    return toConnection(holders, hasMore, window, () => query().getCount());
  }

  /** Grant paths in words, with names: "power user of engagement X for organization P". */
  private async describe(
    matched: MatchedGrant[],
    loaders: Loaders,
    userId: number,
  ): Promise<ExplainedPath[]> {
    return Promise.all(
      matched.map(async ({ grant, via }) => ({
        scope: grant.scope,
        description: await this.pathText(grant, via, loaders, userId),
      })),
    );
  }

  private async pathText(grant: Grant, via: GrantPath, loaders: Loaders, userId: number) {
    const org = async (id?: number) =>
      id === undefined ? '?' : ((await loaders.organization.load(id))?.name ?? '?');
    switch (grant.scope) {
      case 'organization': {
        let text = `${words(via.role!)} of ${await org(via.organizationId)}`;
        if (via.permission === 'BILLING') text += ', keeping billing permission';
        else if (via.permission) {
          const member = (await loaders.membershipsOfUser.load(userId)).find(
            (m) => m.organizationId === via.organizationId,
          );
          const set = member?.permissionSetId
            ? await loaders.permissionSet.load(member.permissionSetId)
            : null;
          text += ` holding permission set ${set?.name ?? '?'} (${via.permission})`;
        }
        return text;
      }
      case 'manager':
        return `${words(via.role!)} of ${await org(via.organizationId)}, which manages ${await org(via.clientOrganizationId)}`;
      case 'managingOrganization':
        return `${words(via.role!)} of ${await org(via.organizationId)}, the managing organization`;
      case 'team':
        return `team ${words(via.role!)} of ${(await loaders.team.load(via.teamId!))?.name ?? '?'}`;
      case 'program':
        return `member of the ${words(via.group!)} group of program ${(await loaders.program.load(via.programId!))?.name ?? '?'}`;
      case 'engagement':
        return `member of the ${words(via.group!)} group of engagement ${(await loaders.engagement.load(via.engagementId!))?.name ?? '?'} for ${await org(via.organizationId)}`;
      case 'audience':
        return `${words(via.role!)} of ${await org(via.organizationId)}, which the engagement is offered to`;
      case 'self':
        return 'the user itself';
    }
  }
}

/**
 * Adds to `w` the users holding one grant at `scope`, in SQL mirroring `Access.matchGrant`
 * (the consistency test compares the two for every action and seeded role).
 */
function holdersOf(w: WhereExpressionBuilder, grant: Grant, scope: ResourceScope, p: string) {
  if (!conditionHolds(grant, scope)) return;
  const active = MemberStatus.ACTIVE;
  const members = (orgSql: string, roles: readonly string[], extra = '') =>
    `u.id IN (SELECT m.userId FROM organization_member m WHERE m.organizationId ${orgSql} AND m.role IN (:...${p}roles) AND m.status = :${p}active${extra})`;
  switch (grant.scope) {
    case 'organization': {
      if (scope.organizationId === undefined) return;
      let extra = '';
      if (grant.permission === 'BILLING') extra = ' AND m.billingPermission = :' + p + 'yes';
      else if (grant.permission === ClientPermission.REPORTS_VIEW) {
        // R-PA-9: held by the member, never by its permission set.
        extra = ' AND m.reportsAccess = :' + p + 'yes';
      } else if (grant.permission) {
        extra = ` AND m.permissionSetId IN (SELECT s.id FROM permission_set s WHERE ${like('s.permissions', `${p}permission`)})`;
      }
      w.orWhere(members(`= :${p}org`, grant.roles, extra), {
        [`${p}org`]: scope.organizationId,
        [`${p}roles`]: grant.roles,
        [`${p}active`]: active,
        [`${p}yes`]: true,
        [`${p}permission`]: likePattern(`"${grant.permission}"`),
      });
      return;
    }
    case 'managingOrganization':
      if (scope.managerOrganizationId === undefined) return;
      w.orWhere(members(`= :${p}org`, grant.roles), {
        [`${p}org`]: scope.managerOrganizationId,
        [`${p}roles`]: grant.roles,
        [`${p}active`]: active,
      });
      return;
    case 'manager': {
      if (scope.organizationId === undefined) return;
      const kinds = grant.managerKinds
        ? ` AND r.managerOrganizationId IN (SELECT k.id FROM organization k WHERE k.kind IN (:...${p}kinds))`
        : '';
      w.orWhere(
        members(
          `IN (SELECT r.managerOrganizationId FROM managed_relationship r WHERE r.clientOrganizationId = :${p}client AND r.status <> :${p}ended${kinds})`,
          grant.roles,
        ),
        {
          [`${p}client`]: scope.organizationId,
          [`${p}ended`]: RelationshipStatus.ENDED,
          [`${p}kinds`]: grant.managerKinds ?? [],
          [`${p}roles`]: grant.roles,
          [`${p}active`]: active,
        },
      );
      return;
    }
    case 'team':
      if (scope.teamId === undefined) return;
      w.orWhere(
        `u.id IN (SELECT t.userId FROM team_member t WHERE t.teamId = :${p}team AND t.role IN (:...${p}roles))`,
        { [`${p}team`]: scope.teamId, [`${p}roles`]: grant.roles },
      );
      return;
    case 'program':
      if (scope.programId === undefined) return;
      w.orWhere(
        `u.id IN (SELECT g.userId FROM group_membership g WHERE g.scopeKey = :${p}key AND g.${GROUP} IN (:...${p}groups) AND g.status = :${p}active)`,
        {
          [`${p}key`]: scopeOfGroup(scope.programId, null),
          [`${p}groups`]: grant.groups,
          [`${p}active`]: GroupMembershipStatus.ACTIVE,
        },
      );
      return;
    case 'engagement': {
      const where =
        scope.engagementId !== undefined
          ? `g.engagementId = :${p}engagement`
          : `g.programId = :${p}program AND g.engagementId IS NOT NULL`;
      const own =
        grant.ownOrganizationOnly && scope.memberOrganizationId !== undefined
          ? ` AND g.memberOrganizationId = :${p}own`
          : '';
      if (scope.engagementId === undefined && scope.programId === undefined) return;
      w.orWhere(
        `u.id IN (SELECT g.userId FROM group_membership g WHERE ${where} AND g.${GROUP} IN (:...${p}groups) AND g.status = :${p}active${own})`,
        {
          [`${p}engagement`]: scope.engagementId,
          [`${p}program`]: scope.programId,
          [`${p}groups`]: grant.groups,
          [`${p}active`]: GroupMembershipStatus.ACTIVE,
          [`${p}own`]: scope.memberOrganizationId,
        },
      );
      return;
    }
    case 'audience':
      if (scope.engagementId === undefined) return;
      w.orWhere(
        members(
          `IN (SELECT a.organizationId FROM engagement_audience a WHERE a.engagementId = :${p}engagement)`,
          grant.roles,
        ),
        {
          [`${p}engagement`]: scope.engagementId,
          [`${p}roles`]: grant.roles,
          [`${p}active`]: active,
        },
      );
      return;
    case 'self':
      if (scope.userId === undefined) return;
      w.orWhere(`u.id = :${p}self`, { [`${p}self`]: scope.userId });
      return;
  }
}
