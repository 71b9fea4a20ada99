import { Field, ID, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../src/globalId';
import type { BulkItem, ItemWithRecord } from '../../src/services/common/bulk';

export enum BulkOutcome {
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  FAILED = 'FAILED',
  NOT_APPLIED = 'NOT_APPLIED',
}
registerEnumType(BulkOutcome, {
  name: 'BulkOutcome',
  description:
    'What a bulk mutation did to one item. CHANGED or UNCHANGED: what was done (in a dry run: what would be); FAILED: the item was refused (see `error`); NOT_APPLIED: nothing was done to it because an atomic batch was refused for another item.',
});

@ObjectType({
  description:
    'Why one item failed: the error the same change on that item alone would raise, as data.',
})
export class BulkItemError {
  @Field({ description: 'The machine code (NOT_FOUND, FORBIDDEN, CONFLICT …).' })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: "The named error's stable reason (README error table); null if none.",
  })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The DOMAIN.md rule that refuses.' })
  rule!: string | null;

  @Field()
  message!: string;
}

@InterfaceType({
  description:
    "One item of a bulk mutation's result, in input order: every bulk payload's item type implements it (docs/architecture.md, Bulk results).",
})
export abstract class BulkItemResult {
  @Field(() => ID, { description: 'The global id of the item as sent.' })
  id!: string;

  @Field(() => BulkOutcome)
  outcome!: BulkOutcome;

  @Field(() => BulkItemError, { nullable: true, description: 'Set when the outcome is FAILED.' })
  error!: BulkItemError | null;
}

/** The fields of `BulkItemResult` for one item, whose id is of the Node type `type`. */
export function bulkFieldsOf(item: BulkItem, type: string): BulkItemResult {
  return {
    id: toGlobalId(type, item.id),
    outcome: item.outcome as BulkOutcome,
    error: item.error,
  };
}

/**
 * The payload of an all-or-nothing change to several memberships: each one's result with the
 * membership (`member`), and the deprecated `members` list, both in input order.
 */
export function memberResultsOf<M>(items: ItemWithRecord<M>[]): {
  results: (BulkItemResult & { member: M })[];
  members: M[];
} {
  return {
    results: items.map((i) => ({ ...bulkFieldsOf(i, 'User'), member: i.record })),
    members: items.map((i) => i.record),
  };
}
