import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 0 to 100 (default 20).' })
  @Min(0)
  @Max(100)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Page backward: the last 0 to 100 items (before `before` when given); not with first.',
  })
  @Min(0)
  @Max(100)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first edge already seen, when paging backward.',
  })
  before?: string | null;
}
