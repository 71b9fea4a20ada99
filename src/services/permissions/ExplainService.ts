import { Brackets } from 'typeorm';
import { User } from '../../../entities';
import { NotFoundError } from '../../errors';
import { fromGlobalId } from '../../globalId';
import { createLoaders } from '../../loaders';
import { Access } from '../../permissions/access';
import { ResourceScope, scopeOf } from '../../permissions/scope';
import { describeGrant } from '../../permissions/describe';
import {
  Action,
  ADMIN_ACTION,
  definitionOf,
  READ_ACTION,
  ResourceType,
} from '../../permissions/matrix';
import { requireViewer, ServiceDeps } from '../context';
import {
  applyKeyset,
  Connection,
  PageArgs,
  pageOfFetched,
  parsePage,
  toConnection,
} from '../pagination';
import { explainAboutOthersForbidden, explainResourceTypeMismatch } from './errors';
import { describePaths, ExplainedPath } from './grantPaths';
import { holdersOf } from './holders';

export type { ExplainedPath } from './grantPaths';

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
      throw explainResourceTypeMismatch(action, type);
    }
    const [entity] = await this.deps.access.require(READ_ACTION[type], [parsed.id]);
    return { type, scope: scopeOf(type, entity as never) };
  }

  /** FORBIDDEN unless the viewer administers the resource (ADMIN_ACTION of its type). */
  private async requireAdmin(type: ResourceType, scope: ResourceScope): Promise<void> {
    const admin = ADMIN_ACTION[type];
    if (!admin || !(await this.deps.access.can(admin, scope))) {
      const definition = admin && definitionOf(admin);
      throw explainAboutOthersForbidden(
        type,
        definition ? { description: definition.description, rule: definition.rules[0] } : undefined,
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
      const paths = await describePaths(matched, loaders, user.id);
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
        return { id: user.id, user, paths: await describePaths(matched, loaders, user.id) };
      }),
    );
    return toConnection(holders, hasMore, window, () => query().getCount());
  }
}
