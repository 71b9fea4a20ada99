import { GraphQLSchema, getNamedType, isInputObjectType } from 'graphql';

/** The mutations of a schema that take `dryRun`, as an argument or in their `input`. */
export function dryRunMutations(schema: GraphQLSchema): string[] {
  return Object.values(schema.getMutationType()!.getFields())
    .filter((field) =>
      field.args.some((arg) => {
        if (arg.name === 'dryRun') return true;
        const type = getNamedType(arg.type);
        return arg.name === 'input' && isInputObjectType(type) && 'dryRun' in type.getFields();
      }),
    )
    .map((field) => field.name)
    .sort();
}
