import { Feedback } from '../../../../entities';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { boundedText } from '../../common/text';
import { requireViewer, ServiceDeps } from '../../context';
import { requireConditions } from '../conditions';
import { mutationAction } from '../../../permissions/mutations';
import { MAX_FEEDBACK } from '../validators';

export interface UpdateFeedbackInput {
  feedbackId: number;
  body: string;
}

/**
 * Edits the viewer's own feedback while it is still a participant of an engagement that
 * accepts feedback (R-EN-4). Caller holds `feedback.update` (the author) and
 * `engagement.submitFeedback`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function updateFeedback(
  deps: ServiceDeps,
  input: UpdateFeedbackInput,
): Promise<Feedback> {
  const viewer = requireViewer(deps);
  const action = mutationAction('updateFeedback');
  const [feedback] = await deps.access.require(action, [input.feedbackId]);
  const [engagement] = await deps.access.require('engagement.submitFeedback', [
    feedback.engagementId,
  ]);
  await requireConditions(deps, 'engagement.submitFeedback', engagement);
  const body = boundedText(input.body, 'body', { max: MAX_FEEDBACK });
  const updated = await runCommand(deps, async ({ em }) => {
    await em.update(Feedback, { id: feedback.id }, { body, updatedAt: deps.clock.now() });
    await recordAudit(em, deps.clock, [
      {
        organizationId: feedback.hostOrganizationId,
        actorUserId: viewer.id,
        action: 'feedback.updated',
        targetType: 'Feedback',
        targetId: feedback.id,
        metadata: { engagementId: feedback.engagementId },
      },
    ]);
    return em.findOneByOrFail(Feedback, { id: feedback.id });
  });
  deps.loaders.feedback.clear(updated.id).prime(updated.id, updated);
  return updated;
}
