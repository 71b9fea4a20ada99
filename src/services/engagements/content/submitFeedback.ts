import { Feedback } from '../../../../entities';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { boundedText } from '../../common/text';
import { requireViewer, ServiceDeps } from '../../context';
import { requireConditions } from '../conditions';
import { mutationAction } from '../../../permissions/mutations';
import { MAX_FEEDBACK } from '../validators';

export interface SubmitFeedbackInput {
  engagementId: number;
  body: string;
}

/**
 * Submits feedback. Caller holds `engagement.submitFeedback` (participants) and the
 * engagement accepts feedback (R-EN-4). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function submitFeedback(
  deps: ServiceDeps,
  input: SubmitFeedbackInput,
): Promise<Feedback> {
  const viewer = requireViewer(deps);
  const action = mutationAction('submitFeedback');
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  await requireConditions(deps, action, engagement);
  const body = boundedText(input.body, 'body', { max: MAX_FEEDBACK });
  const now = deps.clock.now();
  return runCommand(deps, async ({ em }) => {
    const created = await em.save(
      em.create(Feedback, {
        engagementId: engagement.id,
        programId: engagement.programId,
        hostOrganizationId: engagement.hostOrganizationId,
        authorUserId: viewer.id,
        body,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await recordAudit(em, deps.clock, [
      {
        organizationId: engagement.hostOrganizationId,
        actorUserId: viewer.id,
        action: 'feedback.submitted',
        targetType: 'Feedback',
        targetId: created.id,
        metadata: { engagementId: engagement.id },
      },
    ]);
    return created;
  });
}
