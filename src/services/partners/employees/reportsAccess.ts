import { IsNull, Not } from 'typeorm';
import { OrganizationMember } from '../../../../entities';
import { NotFoundError } from '../../../errors';
import { mutationAction } from '../../../permissions/mutations';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer } from '../../context';
import { PartnerDeps } from '../shared';

export interface SetPartnerReportsAccessInput {
  clientOrganizationId: number;
  userId: number;
  granted: boolean;
}

/**
 * Gives or takes away a partner employee's reports access (REPORTS_VIEW), which no permission
 * set grants and no change of set removes (R-PA-9). Caller holds
 * `organization.manageReportsAccess` (client super admins). Errors: NOT_FOUND, FORBIDDEN.
 */
export async function setPartnerReportsAccess(
  { deps, members }: PartnerDeps,
  input: SetPartnerReportsAccessInput,
): Promise<OrganizationMember> {
  const viewer = requireViewer(deps);
  const clientId = input.clientOrganizationId;
  await deps.access.require(mutationAction('setPartnerReportsAccess'), [clientId]);
  const member = await deps.db.getRepository(OrganizationMember).findOneBy({
    organizationId: clientId,
    userId: input.userId,
    partnerOrganizationId: Not(IsNull()),
  });
  if (!member) throw new NotFoundError('Partner employee');
  const updated = await runCommand(deps, async ({ em }) => {
    await em.update(OrganizationMember, { id: member.id }, { reportsAccess: input.granted });
    await recordAudit(em, deps.clock, [
      {
        organizationId: clientId,
        actorUserId: viewer.id,
        action: input.granted ? 'partner.reportsAccess.granted' : 'partner.reportsAccess.revoked',
        targetType: 'User',
        targetId: member.userId,
        metadata: { before: member.reportsAccess },
      },
    ]);
    return { ...member, reportsAccess: input.granted };
  });
  members.forget(clientId, input.userId);
  return updated;
}
