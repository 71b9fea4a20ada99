import { ManagedRelationship } from '../../../../entities';
import { RelationshipStatus } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer } from '../../context';
import { relationshipEnded } from '../errors';
import { checkExpiry, PartnerDeps } from '../shared';

export interface RenewRelationshipInput {
  relationshipId: number;
  expiresAt: Date;
}

/**
 * The client's super admin renews a relationship that has not ended: a new expiry, within
 * MAX_RELATIONSHIP_DAYS, and the warnings start again (issue 21). Caller holds
 * `relationship.renew`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT (ended).
 */
export async function renewRelationship(
  { deps }: PartnerDeps,
  input: RenewRelationshipInput,
): Promise<ManagedRelationship> {
  const viewer = requireViewer(deps);
  await deps.access.require(mutationAction('renewRelationship'), [input.relationshipId]);
  const relationship = (await deps.loaders.relationship.load(input.relationshipId))!;
  checkExpiry(deps, input.expiresAt, 'expiresAt');
  const renewed = await runCommand(deps, async ({ em }) => {
    const result = await em
      .createQueryBuilder()
      .update(ManagedRelationship)
      .set({ expiresAt: input.expiresAt, expiryWarnedDays: null })
      .where('id = :id AND status != :ended', {
        id: relationship.id,
        ended: RelationshipStatus.ENDED,
      })
      .execute();
    if (!result.affected) throw relationshipEnded();
    await recordAudit(em, deps.clock, [
      {
        organizationId: relationship.clientOrganizationId,
        actorUserId: viewer.id,
        action: 'relationship.renewed',
        targetType: 'ManagedRelationship',
        targetId: relationship.id,
        metadata: {
          before: relationship.expiresAt?.toISOString() ?? null,
          after: input.expiresAt.toISOString(),
        },
      },
    ]);
    return em.findOneByOrFail(ManagedRelationship, { id: relationship.id });
  });
  deps.loaders.relationship.clear(renewed.id).prime(renewed.id, renewed);
  return renewed;
}
