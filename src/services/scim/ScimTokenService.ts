import { ScimToken } from '../../../entities';
import { NotFoundError } from '../../errors';
import { newScimSecret } from '../../scim/tokens';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import { boundedText } from '../common/text';
import { requireViewer, ServiceDeps } from '../context';
import { Connection, loadPage, PageArgs } from '../pagination';
import type { Organization } from '../../../entities';
import { scimTokenLimitReached } from './errors';

/** At most this many tokens of an organization are usable at once. */
export const MAX_ACTIVE_SCIM_TOKENS = 10;

/**
 * SCIM provisioning tokens (R-PA-10): created, listed and revoked by the organization's super
 * admins (`organization.manageScimTokens`), never by partner admins. The secret is returned once
 * and stored hashed.
 */
export class ScimTokenService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The organization's tokens, newest first, without secrets; caller holds the action. */
  list(org: Organization, args: PageArgs): Promise<Connection<ScimToken>> {
    return loadPage(this.deps.loaders, 'organizationScimTokens', org.id, args);
  }

  /**
   * Creates a token; the secret is in the result only. Caller holds
   * `organization.manageScimTokens`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (name, or
   * too many active tokens).
   */
  async create(input: {
    organizationId: number;
    name: string;
  }): Promise<{ token: ScimToken; secret: string }> {
    const viewer = requireViewer(this.deps);
    const [org] = await this.deps.access.require('organization.manageScimTokens', [
      input.organizationId,
    ]);
    const name = boundedText(input.name, 'name', { max: 100, singleLine: true });
    const { secret, hash, prefix } = newScimSecret();
    const token = await runCommand(this.deps, async ({ em }) => {
      const active = await em
        .createQueryBuilder(ScimToken, 't')
        .where('t.organizationId = :org AND t.revokedAt IS NULL', { org: org.id })
        .getCount();
      if (active >= MAX_ACTIVE_SCIM_TOKENS) {
        throw scimTokenLimitReached(MAX_ACTIVE_SCIM_TOKENS);
      }
      const created = await em.save(
        em.create(ScimToken, {
          organizationId: org.id,
          name,
          tokenHash: hash,
          prefix,
          createdByUserId: viewer.id,
          createdAt: this.deps.clock.now(),
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: org.id,
          actorUserId: viewer.id,
          action: 'scim.token.created',
          targetType: 'ScimToken',
          targetId: created.id,
          metadata: { name, prefix },
        },
      ]);
      return created;
    });
    return { token, secret };
  }

  /**
   * Revokes a token: from then on it authorizes nothing. Caller holds
   * `organization.manageScimTokens` on the token's organization. Errors: NOT_FOUND (also for a
   * token of an organization the viewer does not administer), FORBIDDEN. Idempotent.
   */
  async revoke(tokenId: number): Promise<ScimToken> {
    const viewer = requireViewer(this.deps);
    const token = await this.deps.db.getRepository(ScimToken).findOneBy({ id: tokenId });
    if (!token) throw new NotFoundError('ScimToken');
    try {
      await this.deps.access.require('organization.manageScimTokens', [token.organizationId]);
    } catch (error) {
      if (error instanceof NotFoundError) throw new NotFoundError('ScimToken');
      throw error;
    }
    return runCommand(this.deps, async ({ em }) => {
      const now = this.deps.clock.now();
      const result = await em
        .createQueryBuilder()
        .update(ScimToken)
        .set({ revokedAt: now })
        .where('id = :id AND revokedAt IS NULL', { id: token.id })
        .execute();
      // Revoking twice changes nothing and records nothing.
      if (!result.affected) return token;
      await recordAudit(em, this.deps.clock, [
        {
          organizationId: token.organizationId,
          actorUserId: viewer.id,
          action: 'scim.token.revoked',
          targetType: 'ScimToken',
          targetId: token.id,
          metadata: { name: token.name, prefix: token.prefix },
        },
      ]);
      return em.findOneByOrFail(ScimToken, { id: token.id });
    });
  }
}
