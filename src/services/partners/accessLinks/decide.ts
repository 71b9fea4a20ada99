import { EntityManager } from 'typeorm';
import { AccessLink } from '../../../../entities';
import { AccessLinkStatus } from '../../../../entities/enums';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { accessLinkExpired, accessLinkNotPending } from '../errors';
import { hasLapsed } from '../validators';

/** The step shared by approval and rejection of an access link (R-PA-2). */

/** A pending link whose week is over is marked expired and cannot be decided: CONFLICT. */
export async function refuseIfLapsed(
  deps: ServiceDeps,
  link: AccessLink,
  now: Date,
): Promise<void> {
  if (!hasLapsed(link, now)) return;
  await deps.transact((em) =>
    em.update(
      AccessLink,
      { id: link.id, status: AccessLinkStatus.PENDING },
      { status: AccessLinkStatus.EXPIRED, pendingKey: null },
    ),
  );
  throw accessLinkExpired();
}

/**
 * Marks the link approved or rejected if it is still pending and unexpired (else CONFLICT),
 * runs `admit` in the same transaction for an approval, and records the decision.
 */
export async function recordDecision(
  deps: ServiceDeps,
  link: AccessLink,
  now: Date,
  approve: boolean,
  admit: (em: EntityManager) => Promise<void> = async () => undefined,
): Promise<AccessLink> {
  const viewer = requireViewer(deps);
  const decided = await runCommand(deps, async ({ em }) => {
    const result = await em
      .createQueryBuilder()
      .update(AccessLink)
      .set({
        status: approve ? AccessLinkStatus.APPROVED : AccessLinkStatus.REJECTED,
        pendingKey: null,
        decidedByUserId: viewer.id,
        decidedAt: now,
      })
      .where('id = :id AND status = :pending AND expiresAt > :now', {
        id: link.id,
        pending: AccessLinkStatus.PENDING,
        now,
      })
      .execute();
    if (!result.affected) throw accessLinkNotPending();
    if (approve) await admit(em);
    await recordAudit(em, deps.clock, [
      {
        organizationId: link.clientOrganizationId,
        actorUserId: viewer.id,
        action: approve ? 'accessLink.approved' : 'accessLink.rejected',
        targetType: 'AccessLink',
        targetId: link.id,
        metadata: { employeeUserId: link.employeeUserId },
      },
    ]);
    return em.findOneByOrFail(AccessLink, { id: link.id });
  });
  deps.loaders.accessLink.clear(decided.id).prime(decided.id, decided);
  return decided;
}
