import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import proxyaddr from 'proxy-addr';
import {
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken } from './auth/tokens';
import { Clock, systemClock } from './clock';
import type { Config } from './config';
import { AccessFactory, AppDeps, buildContext, Context } from './context';
import { SqlCounter } from './db/dataSource';
import { openDeps } from './app/deps';
import { DomainError, formatError, isUnavailable, UnauthenticatedError } from './errors';
import { corsMiddleware, webSocketOriginCheck } from './http/cors';
import { exportRoutes } from './http/exports';
import { explorerRoutes } from './http/explorer';
import { httpRequestLogger, linkContext, noteOperation, withOperationLog } from './http/requestLog';
import { opsRoutes } from './http/ops';
import { noStore, securityHeaders } from './http/security';
import { createRateLimiter, RateLimitedError } from './limits/rateLimit';
import { loadPersistedOperations } from './limits/persisted';
import { socketsPerIp } from './limits/sockets';
import {
  checkCost,
  hideSuggestions,
  limitRules,
  parseLimited,
  tooComplex,
  VALIDATION_OPTIONS,
} from './limits/rules';
import { log } from './log';
import { committedOperationNames, createMetrics, operationNamesOf } from './metrics';
import { startScheduler } from './scheduler';
import { createAccessRecorder } from './services/activity';
import { JOBS } from '../jobs';
import { buildBaseSchema, buildSchema } from './schema';

export interface AppOptions {
  clock?: Clock;
  /** Counts SQL statements (tests use it to prove there is no N+1); one is made when absent. */
  sqlCounter?: SqlCounter;
  /**
   * Benchmarks only (issue 7): serve the schema without the shield and check access with this
   * instead, to measure what authorization costs. Not reachable from configuration.
   */
  benchmarkWithoutAuthorization?: AccessFactory;
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  deps: AppDeps;
  /** Listens on `port` (0: a free one) and returns the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  dispose(): Promise<void>;
}

/** A token in the graphql-ws `connection_init` payload: `{ authorization: "Bearer …" }` or `{ token }`. */
function tokenFromConnectionParams(
  params: Record<string, unknown> | undefined,
): string | undefined {
  if (!params) return undefined;
  if (params.token !== undefined) return bearerToken(`Bearer ${String(params.token)}`);
  return bearerToken(params.authorization ?? params.Authorization);
}

/** Builds the gateway without listening, so tests can start many (DESIGN §2). */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const sqlCounter = options.sqlCounter ?? new SqlCounter();
  const deps = await openDeps(config, clock, sqlCounter, options.benchmarkWithoutAuthorization);
  const { db, events } = deps;

  const production = config.nodeEnv === 'production';
  const recordAccess = createAccessRecorder(deps);
  const schema = options.benchmarkWithoutAuthorization ? buildBaseSchema() : buildSchema();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(httpRequestLogger());
  app.use(securityHeaders(production));
  app.use(corsMiddleware(config.corsOrigins));
  const httpServer = http.createServer(app);

  const persisted = loadPersistedOperations(
    config.persistedOperations.file,
    config.persistedOperations.only,
  );
  const knownOperations = new Set([
    ...committedOperationNames(),
    ...(persisted?.texts().flatMap(operationNamesOf) ?? []),
  ]);
  const metrics = createMetrics({ ...deps, sqlCounter, knownOperations });
  const format = (formatted: GraphQLFormattedError, error: unknown, requestId?: string) => {
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

  const limits = config.limits;
  // The WebSocket path validates like Apollo does on HTTP: the same rules, introspection refused
  // unless enabled, and no "Did you mean …?" in production.
  const rules = [
    ...specifiedRules,
    ...limitRules(limits),
    ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const rateLimiter = createRateLimiter({
    perViewer: limits.ratePerViewer,
    perIp: limits.ratePerIp,
    redisUrl: config.redisUrl,
    prefix: config.redisChannelPrefix,
  });
  await rateLimiter.ready();

  /**
   * The WebSocket path applies what Apollo applies on HTTP (graphql-ws does not): document size
   * and tokens, the validation rules with the limits, the cost, rate limits, and a bound on
   * subscriptions per socket. An invalid or expired token at connect, or a token's expiry while
   * open, closes the socket with 4401 (refresh the token); 4403 is left for what is forbidden.
   */
  const clientIp = (req: http.IncomingMessage): string => proxyaddr(req, app.get('trust proxy fn'));
  const sockets = socketsPerIp(limits.maxWebSocketsPerIp, clientIp);
  const originCheck = webSocketOriginCheck(config.corsOrigins);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: limits.maxWebSocketPayloadBytes,
    // A disallowed Origin is refused first (403), then the per-IP cap (429).
    verifyClient: (info, done) =>
      originCheck(info, (allowed, code, message) =>
        allowed ? sockets.verifyClient(info, done) : done(false, code, message),
      ),
  });
  sockets.track(wsServer);
  type Extra = { open?: Set<string>; expiry?: NodeJS.Timeout; ip?: string };
  const wsHandle = useServer<Record<string, unknown>, Extra>(
    withOperationLog({
      schema,
      onConnect: async (ctx) => {
        ctx.extra.open = new Set();
        ctx.extra.ip = clientIp(ctx.extra.request);
        try {
          const token = tokenFromConnectionParams(ctx.connectionParams);
          if (!token) return true;
          const claims = await deps.verifier.verify(token);
          if (typeof claims.exp === 'number') {
            const ms = claims.exp * 1000 - Date.now();
            ctx.extra.expiry = setTimeout(
              () => ctx.extra.socket.close(4401, 'Token expired'),
              Math.max(0, Math.min(ms, 2 ** 31 - 1)),
            );
          }
          return true;
        } catch (error) {
          if (!(error instanceof UnauthenticatedError)) throw error;
          ctx.extra.socket.close(4401, 'Unauthorized');
          return false; // graphql-ws's own close (4403) is a no-op on the closed socket
        }
      },
      onClose: (ctx) => {
        clearTimeout(ctx.extra.expiry);
      },
      onSubscribe: async (ctx, id, payload) => {
        const requestId = randomUUID();
        const refuse = (errors: readonly GraphQLError[]) =>
          (production ? hideSuggestions(errors) : errors).map((error) => {
            const { http: _http, ...extensions } = error.extensions;
            return new GraphQLError(error.message, {
              nodes: error.nodes,
              extensions: { ...extensions, requestId },
            });
          });
        try {
          const query = persisted
            ? persisted.resolve(payload.query, payload.extensions)
            : payload.query;
          const document = parseLimited(query ?? '', limits);
          const errors = validate(schema, document, rules, VALIDATION_OPTIONS);
          if (errors.length) return refuse(errors);
          checkCost(
            schema,
            document,
            payload.variables ?? undefined,
            payload.operationName,
            limits,
          );
          const operation = getOperationAST(document, payload.operationName);
          const isSubscription = operation?.operation === 'subscription';
          if (isSubscription) {
            if (ctx.extra.open!.size >= limits.maxSubscriptionsPerSocket) {
              return [
                tooComplex(
                  `At most ${limits.maxSubscriptionsPerSocket} subscriptions per connection.`,
                  'subscriptionsPerSocket',
                  limits.maxSubscriptionsPerSocket,
                ),
              ];
            }
            // Reserved before any await, so concurrent subscribes cannot all pass the check.
            ctx.extra.open!.add(id);
          }
          const contextValue = await buildContext(
            deps,
            tokenFromConnectionParams(ctx.connectionParams),
            requestId,
          );
          contextValue.gatewayUrl = config.apiUrl ?? `http://${ctx.extra.request.headers.host}`;
          await rateLimiter.consume({ viewerId: contextValue.viewer?.id, ip: ctx.extra.ip });
          return {
            schema,
            document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            contextValue,
          };
        } catch (error) {
          ctx.extra.open!.delete(id);
          if (error instanceof DomainError) {
            return [
              new GraphQLError(error.message, {
                extensions: { code: error.code, ...error.details, requestId },
              }),
            ];
          }
          if (error instanceof GraphQLError) return refuse([error]);
          throw error;
        }
      },
      onComplete: (ctx, id) => {
        ctx.extra.open?.delete(id);
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!('errors' in result) || !result.errors?.length) return result;
        const requestId = (args.contextValue as Context | undefined)?.requestId;
        return {
          ...result,
          errors: result.errors.map(
            (e) => format(e.toJSON(), e, requestId) as unknown as GraphQLError,
          ),
        };
      },
    }),
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
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
          return { drainServer: async () => wsHandle.dispose() };
        },
      },
      {
        async requestDidStart({ contextValue, request, schema: served }) {
          const started = process.hrtime.bigint();
          return {
            async willSendResponse({ response, operationName }) {
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
            async didResolveOperation({ document, operationName }) {
              checkCost(served, document, request.variables, operationName, limits);
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
  await apollo.start();
  const scheduler = config.jobsEnabled
    ? await startScheduler(deps, {
        jobs: Object.values(JOBS),
        redisUrl: config.redisUrl,
        prefix: `${config.redisChannelPrefix}bull`,
        onRun: (job, outcome) => metrics.job(job, outcome),
      })
    : null;

  app.use(opsRoutes(config, deps, metrics));
  app.use('/exports', noStore, exportRoutes(deps, rateLimiter));
  if (!production) app.use(explorerRoutes());
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: '1mb' }),
    (req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (persisted && req.body && typeof req.body === 'object') {
        try {
          const body = req.body as { query?: unknown; extensions?: { persistedQuery?: unknown } };
          body.query = persisted.resolve(body.query, body.extensions);
          if (body.extensions) delete body.extensions.persistedQuery;
        } catch (error) {
          const e = error as GraphQLError;
          res.status(e.extensions.code === 'FORBIDDEN' ? 403 : 400).json({
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
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(req.id) as ReturnType<typeof randomUUID>; // set by the request log
        try {
          await rateLimiter.consume({ ip: req.ip });
          const context = await buildContext(
            deps,
            bearerToken(req.headers.authorization),
            requestId,
          );
          context.gatewayUrl = config.apiUrl ?? `${req.protocol}://${req.get('host')}`;
          if (context.viewer) await rateLimiter.consume({ viewerId: context.viewer.id });
          if (context.viewer) void recordAccess(context.viewer.id);
          linkContext(requestId, res, context.viewer?.id);
          return context;
        } catch (error) {
          if (isUnavailable(error)) {
            throw new GraphQLError('The database is unavailable; retry shortly.', {
              extensions: {
                code: 'SERVICE_UNAVAILABLE',
                retryAfterSeconds: 1,
                requestId,
                http: { status: 503 },
              },
            });
          }
          if (error instanceof DomainError) {
            if (error instanceof RateLimitedError) {
              res.setHeader('retry-after', String(error.retryAfterSeconds));
            }
            const status =
              error.code === 'UNAUTHENTICATED' ? 401 : error.code === 'RATE_LIMITED' ? 429 : 400;
            throw new GraphQLError(error.message, {
              extensions: { code: error.code, ...error.details, requestId, http: { status } },
            });
          }
          throw error;
        }
      },
    }),
  );

  // Any other path (a junk path under /exports included) answers JSON, never an HTML page.
  app.use((_req: express.Request, res: express.Response) => {
    res.status(404).json({
      errors: [
        { message: 'Not found.', extensions: { code: 'NOT_FOUND', requestId: randomUUID() } },
      ],
    });
  });

  let disposed = false;
  return {
    app,
    httpServer,
    deps,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host}:${address.port}`);
        });
      }),
    async dispose() {
      if (disposed) return;
      disposed = true;
      await scheduler?.stop();
      await apollo.stop();
      if (httpServer.listening) await new Promise((r) => httpServer.close(r));
      await events.close();
      rateLimiter.close();
      deps.mailer.close();
      await db.destroy();
    },
  };
}
