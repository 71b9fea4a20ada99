import { ArrayMaxSize, ArrayMinSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccessReview, AccessReviewItem } from '../../entities';
import {
  AccessReviewKind,
  ReviewDecision,
  UndecidedOutcome,
  AccessReviewStatus,
} from '../../entities/enums';
import type { AccessReviewEventPayload } from '../../src/pubsub/events';
import { MAX_DECISIONS_PER_CALL } from '../../src/services/reviews/validators';
import { connectionOfType } from './connections';
import { CURSOR } from './events';
import { DryRunnableInput } from './dryRun';
import { BulkItemResult } from './bulk';

export enum AccessReviewEventType {
  CREATED = 'CREATED',
  DECIDED = 'DECIDED',
  APPLIED = 'APPLIED',
}
registerEnumType(AccessReviewEventType, { name: 'AccessReviewEventType' });

export const AccessReviewConnection = connectionOfType(AccessReview);
export const AccessReviewItemConnection = connectionOfType(AccessReviewItem);

@InputType()
export class CreateAccessReviewInput {
  @Field(() => AccessReviewKind)
  kind!: AccessReviewKind;

  @Field(() => ID, {
    description:
      'What the kind covers: an Engagement (ENGAGEMENT_PARTICIPANTS), a Program (PROGRAM_GROUPS) or an Organization.',
  })
  scopeId!: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the scope and kind.' })
  @MaxLength(200)
  name?: string | null;

  @Field({ description: 'When the decisions apply (at most 365 days ahead).' })
  dueAt!: Date;

  @Field(() => UndecidedOutcome, {
    defaultValue: UndecidedOutcome.KEEP,
    description: 'What happens at the due date to items nobody decided.',
  })
  undecided!: UndecidedOutcome;
}

@ObjectType()
export class AccessReviewPayload {
  @Field(() => AccessReview)
  accessReview!: AccessReview;
}

@InputType()
export class AccessReviewDecisionInput {
  @Field(() => ID, { description: 'An AccessReviewItem.' })
  itemId!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field({ description: 'Why: 1 to 500 characters.' })
  @MaxLength(500)
  justification!: string;
}

@ObjectType()
export class AccessReviewItemPayload {
  @Field(() => AccessReviewItem)
  item!: AccessReviewItem;
}

@InputType()
export class DecideAccessReviewItemsInput {
  @Field(() => [AccessReviewDecisionInput], { description: '1 to 50 decisions.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DECISIONS_PER_CALL)
  decisions!: AccessReviewDecisionInput[];
}

@ObjectType({
  implements: BulkItemResult,
  description:
    'One decision: `id` is the AccessReviewItem. A decision is final: a second one is FAILED with CONFLICT REVIEW_ITEM_DECIDED, one on an applied review CONFLICT REVIEW_CLOSED.',
})
export class AccessReviewDecisionResult extends BulkItemResult {
  @Field(() => AccessReviewItem, {
    nullable: true,
    description: 'The item as it stands; null when not visible.',
  })
  item!: AccessReviewItem | null;
}

@ObjectType()
export class DecideAccessReviewItemsPayload {
  @Field(() => [AccessReviewDecisionResult], { description: 'One per decision, in input order.' })
  results!: AccessReviewDecisionResult[];
}

@InputType()
export class CompleteAccessReviewInput extends DryRunnableInput {
  @Field(() => ID)
  accessReviewId!: string;
}

@ObjectType()
export class CompleteAccessReviewPayload {
  @Field(() => AccessReview)
  accessReview!: AccessReview;

  @Field(() => [AccessReviewItem], { description: 'Every item, with what applying did to it.' })
  items!: AccessReviewItem[];
}

@ObjectType({
  description: 'What the viewer may do on this review item.',
  simpleResolvers: false, // promises of decisions (src/schema.ts)
})
export class AccessReviewItemViewerCan {
  @Field({ description: 'Decide it now: open review, not yet decided, yours to review (R-PU-1).' })
  decide!: boolean;
}

@ObjectType({ description: 'An access review was opened, decided on or applied (issue 21).' })
export class AccessReviewEvent {
  @Field({ description: CURSOR })
  cursor!: string;

  @Field(() => AccessReviewEventType)
  type!: AccessReviewEventType;

  @Field(() => ID)
  accessReviewId!: string;

  @Field(() => AccessReviewStatus)
  status!: AccessReviewStatus;

  @Field(() => Int, { description: 'Items decided (DECIDED) or removed (APPLIED) by this change.' })
  itemCount!: number;

  @Field()
  occurredAt!: Date;

  /** The published payload the object fields resolve from (not a field). */
  payload!: AccessReviewEventPayload;
}
