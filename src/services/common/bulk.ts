import { GraphQLError } from 'graphql';
import { DomainError } from '../../errors';

/**
 * What a bulk command did to one item. CHANGED or UNCHANGED: what was done (in a dry run: what
 * would be); FAILED: this item was refused (see its error); NOT_APPLIED: nothing was done to it
 * because an atomic batch was refused for another item.
 */
export type BulkOutcome = 'CHANGED' | 'UNCHANGED' | 'FAILED' | 'NOT_APPLIED';

/** Why one item failed: the error the single-item mutation would have raised, as data. */
export interface BulkItemError {
  code: string;
  /** The named error's stable reason; null for NOT_FOUND and matrix refusals. */
  reason: string | null;
  /** The DOMAIN.md rule that refuses (FORBIDDEN, seat limits), if any. */
  rule: string | null;
  message: string;
}

/** One item's result, the fields every bulk payload's item type shares (`BulkItemResult`). */
export interface BulkItem {
  id: number;
  outcome: BulkOutcome;
  error: BulkItemError | null;
  /** The refusal itself, for a single-item mutation that raises it rather than report it. */
  cause?: DomainError | GraphQLError;
}

/** A thrown domain or GraphQL error as the error of one item (code, reason, rule, message). */
export function bulkErrorOf(error: DomainError | GraphQLError): BulkItemError {
  const details: Record<string, unknown> =
    error instanceof DomainError ? { ...error.details, code: error.code } : error.extensions;
  const text = (key: string) => (typeof details[key] === 'string' ? details[key] : null);
  return {
    code: text('code') ?? 'INTERNAL_SERVER_ERROR',
    reason: text('reason'),
    rule: text('rule'),
    message: error.message,
  };
}

/** The result of an item refused with `error`. */
export function failedItem(id: number, error: DomainError | GraphQLError): BulkItem {
  return { id, outcome: 'FAILED', error: bulkErrorOf(error), cause: error };
}

/** The result of an item that went through: CHANGED or UNCHANGED, without an error. */
export function doneItem(id: number, changed: boolean): BulkItem {
  return { id, outcome: changed ? 'CHANGED' : 'UNCHANGED', error: null };
}

/** An item's result with the record it leaves behind (a membership as the change left it). */
export type ItemWithRecord<R> = BulkItem & { record: R };

/**
 * The results of an all-or-nothing change, in the order of `ids`: CHANGED for the ids in
 * `changed`, UNCHANGED for the others, each with its record from `records`.
 */
export function resultsInOrder<R>(
  ids: readonly number[],
  records: ReadonlyMap<number, R>,
  changed: ReadonlySet<number>,
): ItemWithRecord<R>[] {
  return ids.map((id) => ({ ...doneItem(id, changed.has(id)), record: records.get(id)! }));
}
