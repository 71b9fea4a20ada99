import { Engagement } from '../../../../entities';
import { GroupKind, JoinPolicy } from '../../../../entities/enums';
import { recordAudit } from '../../audit';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { addMembers } from '../memberships/add';
import { targetOfEngagement } from '../memberships/shared';
import { mutationAction } from '../../../permissions/mutations';
import { cleanSettings } from '../validators';
import { insertAudience, validAudience } from './audience';

export interface CreateEngagementInput {
  programId: number;
  name: string;
  joinPolicy: JoinPolicy;
  termsOfUse?: string | null;
  acceptsFeedback: boolean;
  audienceOrganizationIds: number[];
}

/**
 * Creates an engagement in a program, offered to `audienceOrganizationIds`; the creator becomes
 * its first Engagement Owner. Caller holds `program.createEngagement` (Engagement Creators and
 * Program Owners). Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT.
 */
export async function createEngagement(
  deps: ServiceDeps,
  input: CreateEngagementInput,
): Promise<Engagement> {
  const viewer = requireViewer(deps);
  const action = mutationAction('createEngagement');
  const [program] = await deps.access.require(action, [input.programId]);
  const settings = cleanSettings(input);
  const audience = await validAudience(deps, input.audienceOrganizationIds);
  const host = (await deps.loaders.organization.load(program.hostOrganizationId))!;
  const now = deps.clock.now();
  const engagement = await runCommand(deps, async (tx) => {
    const created = await tx.em.save(
      tx.em.create(Engagement, {
        programId: program.id,
        hostOrganizationId: program.hostOrganizationId,
        name: settings.name!,
        joinPolicy: settings.joinPolicy!,
        termsOfUse: settings.termsOfUse ?? null,
        acceptsFeedback: settings.acceptsFeedback!,
        createdAt: now,
      }),
    );
    await insertAudience(tx, created.id, audience, now);
    await recordAudit(tx.em, deps.clock, [
      {
        organizationId: program.hostOrganizationId,
        actorUserId: viewer.id,
        action: 'engagement.created',
        targetType: 'Engagement',
        targetId: created.id,
        metadata: { ...settings, programId: program.id, audience },
      },
    ]);
    return created;
  });
  await addMembers(
    deps,
    targetOfEngagement(engagement),
    GroupKind.ENGAGEMENT_OWNER,
    [{ user: viewer, organization: host }],
    { sendInvitation: false },
  );
  return engagement;
}
