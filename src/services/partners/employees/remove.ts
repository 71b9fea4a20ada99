import { EntityManager } from 'typeorm';
import { ManagedRelationship, OrganizationMember } from '../../../../entities';
import { RelationshipStatus } from '../../../../entities/enums';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand, Tx } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { noPartnerEmployeesToRemove } from '../errors';
import { PartnerDeps } from '../shared';
import { relationshipEndsAt, selectRemoval } from '../validators';
import { removalPreview, RemovalPreview } from './removalPreview';

export interface RemovePartnerEmployeesInput {
  clientOrganizationIds: number[];
  userIds: number[];
  dryRun: boolean;
}

/**
 * R-PA-7: with no partner employee left, the relationship ends 60 days after the last activity
 * (also when an access review removed the last one: `actorUserId` null for the due-date job).
 */
export async function endRelationshipIfNoEmployees(
  deps: ServiceDeps,
  em: EntityManager,
  pair: { partnerId: number; clientId: number; actorUserId: number | null },
): Promise<void> {
  const { partnerId, clientId, actorUserId } = pair;
  const remaining = await em.countBy(OrganizationMember, {
    organizationId: clientId,
    partnerOrganizationId: partnerId,
  });
  if (remaining > 0) return;
  const relationship = await em.findOneBy(ManagedRelationship, {
    managerOrganizationId: partnerId,
    clientOrganizationId: clientId,
    status: RelationshipStatus.ACTIVE,
  });
  if (!relationship) return;
  const endsAt = relationshipEndsAt(relationship.lastPartnerActivityAt ?? deps.clock.now());
  await em.update(
    ManagedRelationship,
    { id: relationship.id },
    { status: RelationshipStatus.ENDING, endsAt },
  );
  await recordAudit(em, deps.clock, [
    {
      organizationId: clientId,
      actorUserId,
      action: 'relationship.ending',
      targetType: 'ManagedRelationship',
      targetId: relationship.id,
      metadata: { partnerOrganizationId: partnerId, endsAt: endsAt.toISOString() },
    },
  ]);
}

/** The memberships go (seats freed, teams and groups left), audited; emptied relationships end. */
async function remove(
  { deps, members }: PartnerDeps,
  tx: Tx,
  memberships: OrganizationMember[],
): Promise<void> {
  const actorUserId = requireViewer(deps).id;
  for (const member of memberships) await members.removeMembership(tx, member);
  await recordAudit(
    tx.em,
    deps.clock,
    memberships.map((m) => ({
      organizationId: m.organizationId,
      actorUserId,
      action: 'partner.employee.removed',
      targetType: 'User',
      targetId: m.userId,
      metadata: { partnerOrganizationId: m.partnerOrganizationId },
    })),
  );
  const pairs = new Set(memberships.map((m) => `${m.partnerOrganizationId}:${m.organizationId}`));
  for (const pair of pairs) {
    const [partnerId, clientId] = pair.split(':').map(Number);
    await endRelationshipIfNoEmployees(deps, tx.em, { partnerId, clientId, actorUserId });
  }
}

/**
 * Removes partner employees from one or several client accounts (R-PA-6). With `dryRun`, only
 * the review: every client involved and what each employee owns there. Confirmed, the
 * memberships go (seats freed, teams and engagement groups for the client left); when no
 * employee of a partner remains in a client, the relationship ends 60 days after the last
 * partner activity (R-PA-7). Caller holds `organization.removePartnerEmployees` on every
 * client. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function removePartnerEmployees(
  partnerDeps: PartnerDeps,
  input: RemovePartnerEmployeesInput,
): Promise<RemovalPreview[]> {
  const { deps, members } = partnerDeps;
  requireViewer(deps);
  const { clientIds, userIds } = selectRemoval(input.clientOrganizationIds, input.userIds);
  await deps.access.require(mutationAction('removePartnerEmployees'), clientIds);
  const run = async (tx: Tx) => {
    const { preview, memberships } = await removalPreview(tx.em, clientIds, userIds);
    if (!memberships.length) throw noPartnerEmployeesToRemove();
    if (!input.dryRun) await remove(partnerDeps, tx, memberships);
    return preview;
  };
  if (input.dryRun) return deps.transact((em) => run({ em, emit: () => undefined }));
  const result = await runCommand(deps, run);
  for (const userId of userIds) members.forget(clientIds, userId);
  return result;
}
