import { createHash } from 'node:crypto';
import { IdempotencyRecord } from '../../../entities';
import { isUniqueViolation } from '../../db/transaction';
import { BadUserInputError, ConflictError } from '../../errors';
import type { ServiceDeps } from '../context';

/** A stable hash of a command's input (keys sorted), to recognize a retry. */
export function hashInput(input: unknown): string {
  const canonical = JSON.stringify(input, (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Runs `work` once per idempotency key (DESIGN §3.8). The key is claimed by a unique insert
 * first, so concurrent first calls cannot both run: a retry with the same input gets the stored
 * result, a different input under the same key (or a call while the first still runs) is a
 * CONFLICT. A failed first call releases the key.
 */
export async function idempotent<T>(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  scope: { organizationId: number; actorUserId: number; key: string; input: unknown },
  work: () => Promise<T>,
): Promise<T> {
  const key = scope.key.trim();
  if (key.length < 8 || key.length > 100) {
    throw new BadUserInputError('idempotencyKey must have 8 to 100 characters.', 'idempotencyKey');
  }
  const repo = deps.db.getRepository(IdempotencyRecord);
  const scopeKey = `${scope.organizationId}:${key}`;
  const requestHash = hashInput(scope.input);
  try {
    await repo.insert({
      scopeKey,
      actorUserId: scope.actorUserId,
      requestHash,
      response: null,
      createdAt: deps.clock.now(),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await repo.findOneByOrFail({ scopeKey });
    if (existing.requestHash !== requestHash) {
      throw new ConflictError(
        'This idempotency key was already used with a different input; use a new key.',
      );
    }
    if (existing.response === null) {
      throw new ConflictError('A call with this idempotency key is still running; retry later.');
    }
    return JSON.parse(existing.response) as T;
  }
  try {
    const result = await work();
    await repo.update({ scopeKey }, { response: JSON.stringify(result) });
    return result;
  } catch (error) {
    await repo.delete({ scopeKey });
    throw error;
  }
}
