import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: every object has an opaque global id (`src/globalId.ts`). */
@InterfaceType({ description: 'An object with an opaque, globally unique id.' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}
