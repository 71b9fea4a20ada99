import { Field, InputType } from 'type-graphql';

/**
 * The `dryRun` switch of the inputs of access-changing mutations (issue 21,
 * src/permissions/accessChanging.ts): with it the mutation checks and reports, and writes nothing.
 */
@InputType()
export abstract class DryRunnableInput {
  @Field({
    defaultValue: false,
    description:
      'Check and report what would change (memberships, seats, relationships); write nothing.',
  })
  dryRun!: boolean;
}
