import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  parse,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from '../loaders/pages';

/** Limits on every operation, HTTP and WebSocket alike (configurable; see README). */
export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
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

/** A limit breach: extensions.code QUERY_TOO_COMPLEX with the limit and the value. */
export function tooComplex(message: string, limit: string, max: number, actual?: number) {
  return new GraphQLError(message, {
    extensions: {
      code: 'QUERY_TOO_COMPLEX',
      limit,
      max,
      ...(actual !== undefined ? { actual } : {}),
    },
  });
}

function countingRule(
  kind: Kind.FIELD | Kind.DIRECTIVE,
  max: number,
  label: string,
): ValidationRule {
  return (context: ValidationContext) => {
    let count = 0;
    const visitor = {
      [kind](node: { alias?: unknown }) {
        if (kind === Kind.FIELD && !node.alias) return;
        count++;
        if (count === max + 1) {
          context.reportError(tooComplex(`At most ${max} ${label} per operation.`, label, max));
        }
      },
    };
    return visitor as never;
  };
}

/**
 * The deepest field nesting of a selection set, following fragments (introspection included).
 * `__Type.ofType` does not add a level: it only unwraps list and non-null types, so its chain is
 * as short as the schema's wrappers, and without this the standard introspection query of
 * GraphiQL (the explorer) is 15 levels deep.
 */
function depthOf(
  set: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const level = selection.name.value === 'ofType' ? 0 : 1;
      deepest = Math.max(deepest, level + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      deepest = Math.max(
        deepest,
        depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])),
      );
    }
  }
  return deepest;
}

function depthRule(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            tooComplex(
              `The operation is ${depth} levels deep; at most ${max}.`,
              'depth',
              max,
              depth,
            ),
          );
        }
      },
    };
  };
}

/** Validation rules for depth, aliases and directives (added to GraphQL's specified rules). */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  return [
    depthRule(limits.maxDepth),
    countingRule(Kind.FIELD, limits.maxAliases, 'aliases'),
    countingRule(Kind.DIRECTIVE, limits.maxDirectives, 'directives'),
  ];
}

/**
 * Cost of an operation: each field costs 1, and a list asked with `first: n` costs n times its
 * selection (a connection of 100 nodes with 3 nested pages of 100 costs ~30,000).
 */
const connectionEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args?.first === 'number' ? args.first : undefined;
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
  const cost = costOf(schema, document, variables, operationName);
  if (cost > limits.maxCost) {
    throw tooComplex(
      `The operation costs ${cost}, more than ${limits.maxCost}; ask for smaller pages or fewer fields.`,
      'cost',
      limits.maxCost,
      cost,
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
