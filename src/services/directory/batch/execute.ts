import { In } from 'typeorm';
import { Organization, OrganizationMember } from '../../../../entities';
import { DomainError } from '../../../errors';
import { runCommand } from '../../command';
import { requireViewer, ServiceDeps } from '../../context';
import { lockOrganization } from '../../organizations/seats';
import { applyToMember, createBatchTeam } from './apply';
import { failedItem } from '../../common/bulk';
import { itemOf, planBatch } from './plan';
import type { BatchInput, BatchItem, BatchResult } from './types';

/** Thrown to roll back a dry run's rehearsal, carrying what it would have done. */
class Rehearsal {
  constructor(readonly items: BatchItem[]) {}
}

/**
 * Runs a checked batch: planned first when dry or atomic (a refused atomic batch writes nothing;
 * `single` throws the refusal itself), rehearsed when dry, else applied in one transaction; best
 * effort applies each user in a transaction of its own.
 */
export async function executeBatch(
  deps: ServiceDeps,
  org: Organization,
  input: BatchInput,
  single = false,
): Promise<BatchResult> {
  const base = { dryRun: input.dryRun, atomic: input.atomic, createdTeamId: null };
  if (!input.dryRun && !input.atomic) return bestEffort(deps, org, input);
  const planned = await deps.transact((em) => planBatch(em, org, input));
  const failed = planned.find((p) => p.error);
  if (failed && single) throw failed.error!;
  if (failed && input.atomic) {
    return { ...base, applied: false, items: planned.map((p) => itemOf(p, 'NOT_APPLIED')) };
  }
  if (input.dryRun) return { ...base, applied: false, items: await rehearse(deps, org, input) };
  return atomically(deps, org, input, single);
}

/** All users in one transaction, planned again under the organization's lock. */
async function atomically(
  deps: ServiceDeps,
  org: Organization,
  input: BatchInput,
  single: boolean,
): Promise<BatchResult> {
  const viewer = requireViewer(deps);
  const result = await runCommand(deps, async ({ em }) => {
    await lockOrganization(em, org.id);
    const plans = await planBatch(em, org, input);
    const refused = plans.find((p) => p.error);
    if (refused) throw refused.error!; // changed since planning: nothing is written
    const team = await createBatchTeam(deps, em, org, input);
    const items: BatchItem[] = [];
    for (const p of plans) {
      items.push(itemOf(p, await applyToMember(deps, em, org, input, p.member!, team, viewer.id)));
    }
    const members = single
      ? await em.findBy(OrganizationMember, { organizationId: org.id, userId: In(input.userIds) })
      : undefined;
    return { items, members, createdTeamId: team?.id ?? null };
  });
  return { dryRun: input.dryRun, atomic: input.atomic, applied: true, ...result };
}

/** Each user in its own transaction; a failure is reported, the rest applied. */
async function bestEffort(
  deps: ServiceDeps,
  org: Organization,
  input: BatchInput,
): Promise<BatchResult> {
  const viewer = requireViewer(deps);
  const team =
    input.operation === 'ADD_TO_NEW_TEAM'
      ? await runCommand(deps, async ({ em }) => {
          await planBatch(em, org, { ...input, userIds: [] });
          return createBatchTeam(deps, em, org, input);
        })
      : null;
  const items: BatchItem[] = [];
  for (const userId of input.userIds) {
    try {
      const item = await runCommand(deps, async ({ em }) => {
        await lockOrganization(em, org.id);
        const [p] = await planBatch(em, org, {
          ...input,
          operation: input.operation === 'ADD_TO_NEW_TEAM' ? 'ADD_TO_TEAMS' : input.operation,
          userIds: [userId],
        });
        if (p.error) return itemOf(p, 'FAILED');
        return itemOf(p, await applyToMember(deps, em, org, input, p.member!, team, viewer.id));
      });
      items.push(item);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      items.push({ ...failedItem(userId, error), ok: false });
    }
  }
  const createdTeamId = team?.id ?? null;
  return { dryRun: input.dryRun, atomic: input.atomic, createdTeamId, applied: true, items };
}

/**
 * What a dry run would do to each user: planned and applied in a transaction that is rolled
 * back, so the outcome is the one the real run would have (CHANGED or UNCHANGED).
 */
async function rehearse(
  deps: ServiceDeps,
  org: Organization,
  input: BatchInput,
): Promise<BatchItem[]> {
  const actorUserId = requireViewer(deps).id;
  try {
    await deps.transact(async (em) => {
      const plans = await planBatch(em, org, input);
      const team = plans.some((p) => !p.error) ? await createBatchTeam(deps, em, org, input) : null;
      const items: BatchItem[] = [];
      for (const p of plans) {
        items.push(
          p.error
            ? itemOf(p, 'FAILED')
            : itemOf(p, await applyToMember(deps, em, org, input, p.member!, team, actorUserId)),
        );
      }
      throw new Rehearsal(items);
    });
  } catch (error) {
    if (error instanceof Rehearsal) return error.items;
    throw error;
  }
  throw new Error('A rehearsal always rolls back.');
}
