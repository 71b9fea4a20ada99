import { createHash } from 'node:crypto';
import { IdempotencyRecord } from '../../../entities';
import { isUniqueViolation } from '../../db/transaction';

import type { ServiceDeps } from '../context';
import { idempotencyKeyInUse, idempotencyKeyInvalid, idempotencyKeyReused } from './errors';

/** A stable hash of a command's input (keys sorted), to recognize a retry. */
export function hashInput(input: unknown): string {
  const canonical = JSON.stringify(input, (_key, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** How long a concurrent duplicate waits for the first call before CONFLICT. */
export const IDEMPOTENCY_WAIT_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` once per idempotency key (DESIGN §3.8), with the same behaviour on every database.
 * The key is claimed by a unique insert, so concurrent first calls cannot both run. A retry with
 * the same input gets the stored result; a call made while the first still runs waits for it
 * (polling, up to `IDEMPOTENCY_WAIT_MS`) and returns the same result, or CONFLICT with reason
 * IDEMPOTENCY_KEY_IN_USE and `retryAfterSeconds` past the wait. A different input under the same
 * key is CONFLICT with reason IDEMPOTENCY_KEY_REUSED. A failed first call releases the key, and
 * a waiting call then runs the work itself.
 */
export async function idempotent<T>(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  scope: { organizationId: number; actorUserId: number; key: string; input: unknown },
  work: () => Promise<T>,
): Promise<T> {
  const key = scope.key.trim();
  if (key.length < 8 || key.length > 100) {
    throw idempotencyKeyInvalid();
  }
  const repo = deps.db.getRepository(IdempotencyRecord);
  const scopeKey = `${scope.organizationId}:${key}`;
  const requestHash = hashInput(scope.input);
  // Real time, not the service clock: this bounds a wait, it is not a domain timestamp.
  const deadline = Date.now() + IDEMPOTENCY_WAIT_MS;
  for (let pause = 25; ; pause = Math.min(pause * 2, 250)) {
    try {
      await repo.insert({
        scopeKey,
        actorUserId: scope.actorUserId,
        requestHash,
        response: null,
        createdAt: deps.clock.now(),
      });
      break; // claimed: this call runs the work
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await repo.findOneBy({ scopeKey });
    if (!existing) continue; // the first call failed and released the key
    if (existing.requestHash !== requestHash) {
      throw idempotencyKeyReused();
    }
    if (existing.response !== null) return JSON.parse(existing.response) as T;
    if (Date.now() >= deadline) {
      throw idempotencyKeyInUse();
    }
    await sleep(pause);
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
