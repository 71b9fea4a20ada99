import { Organization, OrganizationMember } from '../../../../entities';
import type { ActionOn } from '../../../permissions/matrix';
import { mutationAction } from '../../../permissions/mutations';
import { idempotent } from '../../common/idempotency';
import { requireViewer, ServiceDeps } from '../../context';
import { forgetMembership } from '../../organizations/members/shared';
import { teamsOfOrganization } from '../teams/shared';
import { validateBatchParameters, validateBatchSize } from '../validators';
import { executeBatch } from './execute';
import type { BatchInput, BatchResult, SingleMemberInput } from './types';

/**
 * Member changes for up to 50 users (R-BK-1, R-BK-2, R-DI-5): one result per user, `dryRun`
 * (nothing written), `atomic` (all or nothing, seats checked for the whole batch before
 * writing) or best effort (each user alone), and an idempotency key. Invited users take team,
 * license and deactivation changes like active ones (R-BK-2). Caller holds
 * `organization.batchUpdateMembers`. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT (more than 50
 * users, bad parameters), CONFLICT (idempotency key reused with another input).
 */
export function batchUpdateMembers(deps: ServiceDeps, input: BatchInput): Promise<BatchResult> {
  return runBatch(deps, input, mutationAction('batchUpdateMembers'), false);
}

/**
 * One user's change (R-DI-5) for the mutation `action` is read from: atomic, and a refusal is
 * thrown as its own error. Errors: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, CONFLICT,
 * SEAT_LIMIT_REACHED.
 */
export async function updateOneMember(
  deps: ServiceDeps,
  action: ActionOn<'Organization'>,
  input: SingleMemberInput,
): Promise<OrganizationMember> {
  const { userId, ...rest } = input;
  const batch = { ...rest, userIds: [userId], dryRun: false, atomic: true };
  const result = await runBatch(deps, batch, action, true);
  return result.members![0];
}

async function runBatch(
  deps: ServiceDeps,
  input: BatchInput,
  action: ActionOn<'Organization'>,
  single: boolean,
): Promise<BatchResult> {
  const viewer = requireViewer(deps);
  const org = await deps.access.requireOne(action, input.organizationId);
  // Counted as sent: the resolver refuses a list with duplicates (BAD_USER_INPUT).
  validateBatchSize(input.userIds);
  await validateParameters(deps, org, input);
  const { idempotencyKey, ...rest } = input;
  const run = async (isSingle: boolean) => {
    const result = await executeBatch(deps, org, input, isSingle);
    if (result.applied) forget(deps, org, input.userIds);
    return result;
  };
  if (!idempotencyKey) return run(single);
  return idempotent(
    deps,
    { organizationId: org.id, actorUserId: viewer.id, key: idempotencyKey, input: rest },
    () => run(false),
  );
}

async function validateParameters(
  deps: ServiceDeps,
  org: Organization,
  input: BatchInput,
): Promise<void> {
  validateBatchParameters(input);
  if (input.operation === 'ADD_TO_TEAMS') {
    await teamsOfOrganization(deps, org.id, input.teamIds!);
  }
  if (input.operation === 'REMOVE_FROM_TEAM') {
    await teamsOfOrganization(deps, org.id, [input.teamId!]);
  }
}

function forget(deps: ServiceDeps, org: Organization, userIds: number[]): void {
  for (const userId of userIds) forgetMembership(deps, org.id, userId);
  deps.loaders.teamCountOfMember.clearAll();
}
