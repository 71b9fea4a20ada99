import { Engagement, EngagementAudience } from '../../../../entities';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { mutationAction } from '../../../permissions/mutations';
import { cleanSettings, EngagementSettings } from '../validators';
import { insertAudience, validAudience } from './audience';

export type UpdateEngagementInput = EngagementSettings & {
  engagementId: number;
  audienceOrganizationIds?: number[];
};

/**
 * Changes an engagement's settings (name, join policy, terms of use, feedback) and, when
 * given, the organizations it is offered to. Caller holds `engagement.update` (Engagement
 * Owners and Program Owners). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function updateEngagement(
  deps: ServiceDeps,
  input: UpdateEngagementInput,
): Promise<Engagement> {
  const viewer = requireViewer(deps);
  const action = mutationAction('updateEngagement');
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  const settings = cleanSettings(input);
  const audience =
    input.audienceOrganizationIds === undefined
      ? undefined
      : await validAudience(deps, input.audienceOrganizationIds);
  const updated = await runCommand(deps, async (tx) => {
    if (Object.keys(settings).length) {
      await tx.em.update(Engagement, { id: engagement.id }, settings);
    }
    if (audience) {
      await tx.em.delete(EngagementAudience, { engagementId: engagement.id });
      await insertAudience(tx, engagement.id, audience, deps.clock.now());
    }
    await recordAudit(tx.em, deps.clock, [
      {
        organizationId: engagement.hostOrganizationId,
        actorUserId: viewer.id,
        action: 'engagement.updated',
        targetType: 'Engagement',
        targetId: engagement.id,
        metadata: { ...settings, ...(audience ? { audience } : {}) },
      },
    ]);
    return tx.em.findOneByOrFail(Engagement, { id: engagement.id });
  });
  deps.loaders.engagement.clear(updated.id).prime(updated.id, updated);
  deps.loaders.audienceOfEngagement.clear(updated.id);
  return updated;
}
