import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  parse,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';
import { variableOf, withoutSuggestion } from '../errors';
import { MAX_PAGE_SIZE } from '../loaders/pages';

/**
 * Limits on every operation, HTTP and WebSocket alike; a breach is QUERY_TOO_COMPLEX (HTTP 400)
 * with `extensions.limit` and `max`. Defaults are `DEFAULT_LIMITS`; `Config.limits` reads each
 * from its variable (README "Limits").
 */
export interface OperationLimits {
  /**
   * Depth of nested fields (fragments add none; introspection is left to graphql's own rule).
   * @env MAX_DEPTH
   * @default `12`
   */
  maxDepth: number;
  /**
   * Cost of an operation: a field costs 1, a page of `first: n` costs n × its selection.
   * @env MAX_COST
   * @default `5000`
   */
  maxCost: number;
  /**
   * Aliases per operation.
   * @env MAX_ALIASES
   * @default `30`
   */
  maxAliases: number;
  /**
   * Directives per operation.
   * @env MAX_DIRECTIVES
   * @default `20`
   */
  maxDirectives: number;
  /**
   * Tokens per document (graphql's parser stops past it).
   * @env MAX_TOKENS
   * @default `5000`
   */
  maxTokens: number;
  /**
   * Document size in bytes (UTF-8), checked before parsing.
   * @env MAX_DOCUMENT_BYTES
   * @default `20000`
   */
  maxDocumentBytes: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxCost: 5000,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5000,
  maxDocumentBytes: 20_000,
};

/** A limit breach: extensions.code QUERY_TOO_COMPLEX with the limit and the value (HTTP 400). */
export function tooComplex(message: string, limit: string, max: number, actual?: number) {
  return new GraphQLError(message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      limit,
      max,
      ...(actual !== undefined ? { actual } : {}),
      http: { status: 400 },
    },
  });
}

type ArmorOptions = {
  n: number;
  propagateOnRejection: false;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
};

/** graphql-armor's options for a limit: report QUERY_TOO_COMPLEX instead of throwing. */
function armor(limit: string, max: number): ArmorOptions {
  return {
    n: max,
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, ''), limit, max)),
    ],
  };
}

/**
 * Validation rules for depth, aliases and directives (added to GraphQL's specified rules), from
 * graphql-armor: each walks the document once and counts a fragment once per fragment (its
 * result is memoised and reused at every spread), so validation is linear in the document.
 * Fragments add no depth. `__schema` is left to graphql's own `MaxIntrospectionDepthRule` (one of
 * the specified rules), which refuses `types { fields { type { fields … } } }` nesting, so the
 * explorer's standard introspection query (15 levels of `ofType`) fits.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    maxDepthRule({
      ...armor('depth', limits.maxDepth),
      flattenFragments: true,
      ignoreIntrospection: true,
    }),
    maxAliasesRule({ ...armor('aliases', limits.maxAliases), allowList: [] }),
    maxDirectivesRule(armor('directives', limits.maxDirectives)),
  ] as ValidationRule[];
}

/**
 * At most this many validation errors per document (then "Validation aborted"): ten repeated
 * unknown directives, or a thousand misspelt fields, cost one short answer (GraphQL Cop's
 * "Directive Overloading"). Apollo (`validationOptions`) and the WebSocket path use it alike.
 */
export const VALIDATION_OPTIONS = { maxErrors: 5 };

/** What Apollo's `hideSchemaDetailsFromClientErrors` removes on HTTP, for the WebSocket path. */
export function hideSuggestions(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    const message = withoutSuggestion(error.message);
    return message === error.message
      ? error
      : new GraphQLError(message, { nodes: error.nodes, extensions: error.extensions });
  });
}

/**
 * Cost of an operation: each field costs 1, and a list asked with `first: n` (or `last: n`) costs n times its
 * selection (a connection of 100 nodes with 3 nested pages of 100 costs ~30,000).
 */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first =
    typeof args?.first === 'number'
      ? args.first
      : typeof args?.last === 'number'
        ? args.last
        : undefined;
  // Pages never exceed MAX_PAGE_SIZE (a larger `first` is refused by the resolver itself).
  return first !== undefined
    ? 1 + childComplexity * Math.min(MAX_PAGE_SIZE, Math.max(1, first))
    : undefined;
};

export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
    maxQueryNodes: MAX_COST_NODES,
  });
}

/**
 * The cost walk visits at most this many selections (graphql-query-complexity expands fragment
 * spreads): past it, the operation is refused as too costly without finishing the walk.
 */
const MAX_COST_NODES = 10_000;

/** A variable the operation cannot use (coercion failed): BAD_USER_INPUT naming it (HTTP 400). */
export function badVariable(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { code: 'BAD_USER_INPUT', ...variableOf(error.message), http: { status: 400 } },
  });
}

/** Throws QUERY_TOO_COMPLEX when the operation costs more than allowed. */
export function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  limits: OperationLimits,
): void {
  let cost: number;
  try {
    cost = costOf(schema, document, variables, operationName);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (!/maximum allowed number of nodes/.test(error.message)) throw badVariable(error);
    cost = Infinity;
  }
  if (cost > limits.maxCost) {
    throw tooComplex(
      Number.isFinite(cost)
        ? `The operation costs ${cost}, more than ${limits.maxCost}; ask for smaller pages or fewer fields.`
        : `The operation selects more than ${MAX_COST_NODES} fields once its fragments are spread; it costs more than ${limits.maxCost}.`,
      'cost',
      limits.maxCost,
      Number.isFinite(cost) ? cost : undefined,
    );
  }
}

/** Parses a document under the token and size limits (the WebSocket path; HTTP has the same). */
export function parseLimited(source: string, limits: OperationLimits): DocumentNode {
  if (Buffer.byteLength(source, 'utf8') > limits.maxDocumentBytes) {
    throw tooComplex(
      `The document is larger than ${limits.maxDocumentBytes} bytes.`,
      'documentBytes',
      limits.maxDocumentBytes,
    );
  }
  try {
    return parse(source, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && /maxTokens|tokens/i.test(error.message)) {
      throw tooComplex(
        `At most ${limits.maxTokens} tokens per document.`,
        'tokens',
        limits.maxTokens,
      );
    }
    throw error;
  }
}
