import { ContentPackage } from '../../../../entities';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { boundedText } from '../../common/text';
import { requireViewer, ServiceDeps } from '../../context';
import { mutationAction } from '../../../permissions/mutations';
import { MAX_CONTENT } from '../validators';

export interface PublishContentPackageInput {
  engagementId: number;
  title: string;
  body: string;
}

/**
 * Publishes a content package to an engagement (R-EN-4). Caller holds
 * `engagement.publishContent` (Package Publishers and Program Owners). Errors: NOT_FOUND,
 * FORBIDDEN, BAD_USER_INPUT.
 */
export async function publishContentPackage(
  deps: ServiceDeps,
  input: PublishContentPackageInput,
): Promise<ContentPackage> {
  const viewer = requireViewer(deps);
  const action = mutationAction('publishContentPackage');
  const [engagement] = await deps.access.require(action, [input.engagementId]);
  const title = boundedText(input.title, 'title', { max: 200, singleLine: true });
  const body = boundedText(input.body, 'body', { max: MAX_CONTENT });
  return runCommand(deps, async ({ em }) => {
    const created = await em.save(
      em.create(ContentPackage, {
        engagementId: engagement.id,
        programId: engagement.programId,
        hostOrganizationId: engagement.hostOrganizationId,
        title,
        body,
        publishedByUserId: viewer.id,
        publishedAt: deps.clock.now(),
      }),
    );
    await recordAudit(em, deps.clock, [
      {
        organizationId: engagement.hostOrganizationId,
        actorUserId: viewer.id,
        action: 'content.published',
        targetType: 'ContentPackage',
        targetId: created.id,
        metadata: { engagementId: engagement.id, title },
      },
    ]);
    return created;
  });
}
