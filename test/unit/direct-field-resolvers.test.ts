import 'reflect-metadata';
import { graphql, GraphQLSchema } from 'graphql';
import {
  Arg,
  buildSchemaSync,
  Ctx,
  Field,
  FieldResolver,
  Info,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { callFieldResolversDirectly } from '../../src/directFieldResolvers';

/**
 * Field resolvers called without type-graphql's wrapper (issue 17) answer exactly as through it:
 * parameters in their order, the wrapper kept for a parent type-graphql would convert and for
 * resolvers with arguments.
 */
@ObjectType('DirectProbe')
class Probe {
  @Field(() => Int)
  n!: number;

  twice(): number {
    return this.n * 2;
  }
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => [Probe])
  probes(@Ctx() ctx: { plain: boolean }): Probe[] {
    return [1, 2].map((n) => (ctx.plain ? ({ n } as Probe) : Object.assign(new Probe(), { n })));
  }

  @FieldResolver(() => String)
  described(
    @Ctx() ctx: { prefix: string },
    @Root() probe: Probe,
    @Info() info: GraphQLResolveInfo,
  ): string {
    return `${ctx.prefix}${info.parentType.name}:${probe.twice()}`;
  }

  @FieldResolver(() => Int)
  plus(@Root() probe: Probe, @Arg('by', () => Int) by: number): number {
    return probe.n + by;
  }
}

/** A resolver wanting a dependency from a container: left to type-graphql. */
@Resolver(() => Probe)
class InjectedProbeResolver {
  constructor(private readonly suffix?: string) {}

  @FieldResolver(() => String)
  tagged(@Root() probe: Probe): string {
    return `${probe.n}${this.suffix ?? ''}`;
  }
}

let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildSchemaSync({ resolvers: [ProbeResolver, InjectedProbeResolver], validate: false });
});

const run = async (plain: boolean) =>
  (
    await graphql({
      schema,
      source: '{ probes { n described plus(by: 10) } }',
      contextValue: { prefix: '#', plain },
    })
  ).data;

it('answers as the wrapper did, for parents of the root type and for plain ones', async () => {
  const before = { instances: await run(false), plain: await run(true) };
  const fields = schema.getType('DirectProbe') as unknown as {
    getFields(): Record<string, { resolve?: unknown }>;
  };
  const wrappers = Object.fromEntries(
    Object.entries(fields.getFields()).map(([name, f]) => [name, f.resolve]),
  );
  callFieldResolversDirectly(schema, [ProbeResolver, InjectedProbeResolver]);
  const after = fields.getFields();
  expect(after.described.resolve).not.toBe(wrappers.described); // called directly
  expect(after.plus.resolve).toBe(wrappers.plus); // an argument: converted and validated by type-graphql
  expect(after.tagged.resolve).toBe(wrappers.tagged); // a constructor parameter: its container
  expect(await run(false)).toEqual(before.instances);
  // A plain parent goes through the wrapper, which makes it a Probe (`twice` is a method).
  expect(await run(true)).toEqual(before.plain);
  expect(before.plain).toEqual({
    probes: [
      { n: 1, described: '#DirectProbe:2', plus: 11 },
      { n: 2, described: '#DirectProbe:4', plus: 12 },
    ],
  });
});
