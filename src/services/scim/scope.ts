import { EntityManager, In } from 'typeorm';
import {
  Organization,
  OrganizationMember,
  ScimExternalId,
  ScimToken,
  Team,
  User,
} from '../../../entities';
import { recordAudit } from '../audit';
import { runCommand } from '../command';
import type { ServiceDeps } from '../context';
import type { MemberService } from '../organizations/MemberService';

/** A provisioned user as SCIM shows it: the membership, the user, the IdP's external id. */
export interface ScimUserRow {
  member: OrganizationMember;
  user: User;
  externalId: string | null;
}

export interface ScimGroupRow {
  team: Team;
  externalId: string | null;
  members: { userId: number; name: string }[];
}

export interface ScimUserInput {
  email: string;
  name: string;
  externalId: string | null;
  active: boolean;
}

export interface ScimGroupInput {
  displayName: string;
  externalId: string | null;
  memberIds: number[];
}

/** Equalities of a list filter, already mapped to our columns (src/scim/filter.ts). */
export type ScimQuery = Map<string, string | number>;

/** At most this many members per group in one request. */
export const MAX_GROUP_MEMBERS = 1000;

/**
 * What SCIM users and groups share: the organization and token they act for, the audit entry
 * naming the token (`via: scim`, the system as actor), and the IdP's external ids.
 */
export abstract class ScimScope {
  constructor(
    protected readonly deps: ServiceDeps,
    protected readonly members: MemberService,
    protected readonly org: Organization,
    protected readonly token: ScimToken,
  ) {}

  protected get via() {
    return { via: 'scim', scimTokenId: this.token.id };
  }

  protected audit(
    em: EntityManager,
    action: string,
    targetType: 'User' | 'Team',
    targetId: number,
    metadata: Record<string, unknown> = {},
  ) {
    return recordAudit(em, this.deps.clock, [
      {
        organizationId: this.org.id,
        actorUserId: null,
        action,
        targetType,
        targetId,
        metadata: { ...metadata, ...this.via },
      },
    ]);
  }

  protected async externalIds(type: 'User' | 'Group', ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.deps.db.getRepository(ScimExternalId).findBy({
      organizationId: this.org.id,
      resourceType: type,
      resourceId: In(ids),
    });
    return new Map(rows.map((r) => [r.resourceId, r.externalId]));
  }

  protected async setExternalId(
    type: 'User' | 'Group',
    resourceId: number,
    externalId: string | null,
  ): Promise<void> {
    await runCommand(this.deps, async ({ em }) => {
      const key = { organizationId: this.org.id, resourceType: type, resourceId };
      await em.delete(ScimExternalId, key);
      if (externalId !== null) await em.insert(ScimExternalId, { ...key, externalId });
      await this.audit(
        em,
        type === 'User' ? 'member.scim.externalId' : 'team.scim.externalId',
        type === 'User' ? 'User' : 'Team',
        resourceId,
        { externalId },
      );
    });
  }
}
