import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { bearerToken } from '../auth/tokens';
import type { Config } from '../config';
import { AppDeps, buildContext, Context } from '../context';
import {
  databaseUnavailable,
  DomainError,
  formatError,
  httpStatusOf,
  IdentityProviderUnavailableError,
  isUnavailable,
  toGraphQLError,
} from '../errors';
import type { PersistedOperations } from '../limits/persisted';
import { RateLimitedError, RateLimiter } from '../limits/rateLimit';
import { checkCost, limitRules, VALIDATION_OPTIONS } from '../limits/rules';
import { log } from '../log';
import type { createMetrics } from '../metrics';
import type { createAccessRecorder } from '../services/activity';
import { compiledGateway } from './compiledExecutor';
import { linkContext, noteOperation } from './requestLog';
import { noStore } from './security';

type Metrics = ReturnType<typeof createMetrics>;

/** Formats one GraphQL error for a client, with the request id, counting its code. */
export type ErrorFormatter = (
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId?: string,
) => GraphQLFormattedError;

/**
 * Made once by `createApp` and shared by HTTP (Apollo's `formatError`) and WebSocket (`onNext`):
 * both paths answer the same error contract (`formatError`: no stack or SQL in production),
 * every error carries `extensions.requestId`, and every code is counted in the metrics.
 */
export function createErrorFormatter(production: boolean, metrics: Metrics): ErrorFormatter {
  return (formatted, error, requestId) => {
    const result = formatError(formatted, error, {
      production,
      requestId,
      log: (e) => log.error('unexpected error', { requestId, error: e }),
    });
    const code = String(result.extensions?.code ?? 'UNKNOWN');
    metrics.error(code);
    return {
      ...result,
      extensions: { ...result.extensions, requestId: requestId ?? result.extensions?.requestId },
    };
  };
}

/**
 * Called by `createApp`, which then awaits `start()`: the Apollo server of the HTTP path, with the
 * limit rules and the cost check on every operation, CSRF prevention, no batching, and one log
 * line and metric per operation. Stopping it drains the HTTP server, then runs `drainWebSockets`.
 */
export function createApollo(options: {
  config: Config;
  schema: GraphQLSchema;
  httpServer: http.Server;
  format: ErrorFormatter;
  metrics: Metrics;
  drainWebSockets: () => Promise<void>;
}): ApolloServer<Context> {
  const { config, schema, httpServer, format, metrics } = options;
  const production = config.nodeEnv === 'production';
  const limits = config.limits;
  return new ApolloServer<Context>({
    // Queries and mutations: compiled per document (README "Performance"), or graphql-js.
    ...(config.executor === 'jit'
      ? { gateway: compiledGateway(schema, (result) => metrics.compilation(result)) }
      : { schema }),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // main.ts handles SIGTERM/SIGINT (dispose, then exit 0); Apollo's own handler would re-raise.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    validationOptions: VALIDATION_OPTIONS,
    formatError: (formatted, error) =>
      format(formatted, error, (error as { requestId?: string })?.requestId),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Answers are per viewer and never HTTP-cached; the default cache-control plugin would
      // wrap every field resolver to collect hints nobody reads (issue 7: measured).
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return { drainServer: options.drainWebSockets };
        },
      },
      {
        async requestDidStart({ contextValue, request, schema: served }) {
          const started = process.hrtime.bigint();
          return {
            async willSendResponse({ response, operationName }) {
              await contextValue.settled();
              const body = response.body;
              const failed = body.kind === 'single' && !!body.singleResult.errors?.length;
              const code = failed ? body.singleResult.errors![0].extensions?.code : 'ok';
              noteOperation(contextValue.requestId, operationName, String(code ?? 'ERROR'));
              metrics.request(
                operationName,
                failed ? 'error' : 'ok',
                Number(process.hrtime.bigint() - started) / 1e9,
              );
            },
            async didResolveOperation({ document, operationName, operation }) {
              checkCost(served, document, request.variables, operationName, limits);
              // A query may read lists from a replica; a mutation reads and writes the primary.
              if (operation?.operation === 'query') contextValue.reads.allowReplica();
            },
            async didEncounterErrors({ errors }) {
              for (const e of errors)
                (e as { requestId?: string }).requestId = contextValue.requestId;
            },
          };
        },
      },
      // The development explorer is served by `explorerRoutes` (from installed files).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/**
 * Resolves a persisted operation's hash to its text (403 for a document outside the allow-list
 * with `only`, 400 for an unknown hash) and refuses a document over `maxDocumentBytes` (400,
 * QUERY_TOO_COMPLEX) before Apollo parses it.
 */
function documentGate(config: Config, persisted: PersistedOperations | null) {
  const limits = config.limits;
  return (req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (persisted && req.body && typeof req.body === 'object') {
      try {
        const body = req.body as { query?: unknown; extensions?: { persistedQuery?: unknown } };
        body.query = persisted.resolve(body.query, body.extensions);
        if (body.extensions) delete body.extensions.persistedQuery;
      } catch (error) {
        const e = error as GraphQLError;
        res.status(httpStatusOf(String(e.extensions.code))).json({
          errors: [{ message: e.message, extensions: e.extensions }],
        });
        return;
      }
    }
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && Buffer.byteLength(query, 'utf8') > limits.maxDocumentBytes) {
      res.status(400).json({
        errors: [
          {
            message: `The document is larger than ${limits.maxDocumentBytes} bytes.`,
            extensions: {
              code: 'QUERY_TOO_COMPLEX',
              limit: 'documentBytes',
              max: limits.maxDocumentBytes,
            },
          },
        ],
      });
      return;
    }
    next();
  };
}

/**
 * Builds the context of one HTTP operation: the per-IP rate limit, the viewer from the bearer
 * token, then the per-viewer limit; links the viewer to the request log. Failures become GraphQL
 * errors (`toGraphQLError`) with their status from `HTTP_STATUS`: 503 (database or identity
 * provider unavailable, SERVICE_UNAVAILABLE), 401 (UNAUTHENTICATED), 429 with Retry-After
 * (RATE_LIMITED).
 */
function contextBuilder(
  config: Config,
  deps: AppDeps,
  rateLimiter: RateLimiter,
  recordAccess: ReturnType<typeof createAccessRecorder>,
) {
  return async ({ req, res }: { req: express.Request; res: express.Response }) => {
    const requestId = String(req.id) as ReturnType<typeof randomUUID>; // set by the request log
    try {
      await rateLimiter.consume({ ip: req.ip });
      const context = await buildContext(deps, bearerToken(req.headers.authorization), requestId);
      context.gatewayUrl = config.apiUrl ?? `${req.protocol}://${req.get('host')}`;
      if (context.viewer) await rateLimiter.consume({ viewerId: context.viewer.id });
      if (context.viewer) void recordAccess(context.viewer.id);
      linkContext(requestId, res, context.viewer?.id);
      return context;
    } catch (error) {
      const domain = isUnavailable(error) ? databaseUnavailable() : error;
      if (!(domain instanceof DomainError)) throw error;
      if (domain instanceof RateLimitedError) {
        res.setHeader('retry-after', String(domain.retryAfterSeconds));
      }
      if (domain instanceof IdentityProviderUnavailableError) {
        res.setHeader('retry-after', String(domain.details.retryAfterSeconds));
      }
      throw toGraphQLError(domain, { requestId, http: true });
    }
  };
}

/**
 * Mounted by `createApp` at `/graphql` once Apollo has started: no-store, a JSON body up to
 * 1 MB, the persisted-operation and document-size gate, then Apollo with the context builder.
 */
export function graphqlRoute(options: {
  config: Config;
  deps: AppDeps;
  apollo: ApolloServer<Context>;
  persisted: PersistedOperations | null;
  rateLimiter: RateLimiter;
  recordAccess: ReturnType<typeof createAccessRecorder>;
}): express.RequestHandler[] {
  const { config, deps, apollo, persisted, rateLimiter, recordAccess } = options;
  return [
    noStore,
    express.json({ limit: '1mb' }),
    documentGate(config, persisted),
    expressMiddleware(apollo, {
      context: contextBuilder(config, deps, rateLimiter, recordAccess),
    }),
  ];
}
