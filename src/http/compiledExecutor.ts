import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  astFromValue,
  DocumentNode,
  execute,
  ExecutionResult,
  getOperationAST,
  getNullableType,
  GraphQLError,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isInputType,
  isListType,
  printSchema,
  typeFromAST,
  valueFromASTUntyped,
  VariableDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled documents kept per process; the least recently used is dropped past this count. */
const MAX_COMPILED = 1000;

type Runner = CompiledQuery | 'interpret';

/**
 * Executes HTTP queries and mutations with graphql-jit: each document (by Apollo's query hash and
 * operation name) is compiled once and its compiled function reused. Variables are coerced by
 * graphql-js first, so every rule of graphql-js coercion holds (graphql-jit 0.8.9 does not apply
 * defaults of non-null input fields inside variables); a document the compiler refuses runs on
 * graphql-js. Subscriptions never come here (graphql-ws executes them with graphql-js).
 */
export function createCompiledExecutor(
  schema: GraphQLSchema,
  onCompile: (result: 'compiled' | 'interpreted') => void,
): GatewayExecutor {
  const compiled = new Map<string, Runner>();

  function runnerFor(key: string, document: DocumentNode, operationName?: string): Runner {
    let runner = compiled.get(key);
    if (runner) {
      compiled.delete(key); // re-insert: Map order is the recency order
    } else {
      runner = compile(schema, document, operationName);
      onCompile(runner === 'interpret' ? 'interpreted' : 'compiled');
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, runner);
    return runner;
  }

  return async ({ document, request, context, queryHash, operationName }) => {
    const name = operationName ?? undefined;
    const operation = getOperationAST(document, name);
    const definitions = operation?.variableDefinitions ?? [];
    const inputs = request.variables ?? {};
    // graphql-js decides whether the variables are valid, with its own messages.
    const coerced = getVariableValues(schema, definitions, inputs);
    if (coerced.errors) return { errors: coerced.errors };
    const runner = runnerFor(`${queryHash}\u0000${name ?? ''}`, document, name);
    if (runner === 'interpret') {
      return execute({
        schema,
        document,
        contextValue: context,
        variableValues: coerced.coerced,
        operationName: name,
      }) as Promise<ExecutionResult>;
    }
    const variables = withInputDefaults(schema, definitions, inputs);
    return withGraphQLErrors(await runner.query(undefined, context, variables));
  };
}

/**
 * The variables as the client sent them, with the default of every input-object field the client
 * left out written in (graphql-jit 0.8.9 does not apply defaults of input fields inside variables;
 * the schema has `X! = default` fields). Values stay in their external form (enum names), since
 * graphql-jit coerces them again. New objects are built; the request is not changed.
 */
function withInputDefaults(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const variables = { ...inputs };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type) && variables[name] != null) {
      variables[name] = fillDefaults(type, variables[name]);
    }
  }
  return variables;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  const named = getNullableType(type);
  if (value == null) return value;
  if (isListType(named)) {
    return Array.isArray(value) ? value.map((item) => fillDefaults(named.ofType, item)) : value;
  }
  if (!isInputObjectType(named) || typeof value !== 'object') return value;
  const given = value as Record<string, unknown>;
  const filled: Record<string, unknown> = { ...given };
  for (const field of Object.values(named.getFields())) {
    if (!(field.name in given) && field.defaultValue !== undefined) {
      const ast = astFromValue(field.defaultValue, field.type);
      filled[field.name] = ast ? valueFromASTUntyped(ast) : field.defaultValue;
    } else if (field.name in given) {
      filled[field.name] = fillDefaults(field.type, given[field.name]);
    }
  }
  return filled;
}

/**
 * graphql-jit's errors carry the resolver's error as `originalError` but no `extensions` object;
 * Apollo and `formatError` expect graphql-js errors, so each is rebuilt as one (same message,
 * path, locations and original error).
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) =>
    Object.assign(
      new GraphQLError(e.message, {
        path: e.path,
        originalError: e.originalError ?? undefined,
        extensions: e.extensions ?? {},
      }),
      { locations: e.locations },
    ),
  );
  return { ...result, errors };
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName?: string): Runner {
  try {
    const result = compileQuery(schema, document, operationName);
    return isCompiledQuery(result) ? result : 'interpret';
  } catch {
    return 'interpret';
  }
}

/**
 * Apollo's extension point for a custom executor: a "gateway" serving one fixed schema. Apollo
 * still parses, validates (the limit rules) and runs every plugin; only execution is replaced.
 */
export function compiledGateway(
  schema: GraphQLSchema,
  onCompile: (result: 'compiled' | 'interpreted') => void,
): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor: createCompiledExecutor(schema, onCompile) }),
    stop: async () => undefined,
  };
}
