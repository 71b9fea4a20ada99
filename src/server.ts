import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import express from 'express';
import proxyaddr from 'proxy-addr';
import {
  getOperationAST,
  GraphQLError,
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
import { DomainError, UnauthenticatedError } from './errors';
import { corsMiddleware, webSocketOriginCheck } from './http/cors';
import { exportRoutes } from './http/exports';
import { explorerRoutes } from './http/explorer';
import { httpRequestLogger, withOperationLog } from './http/requestLog';
import { createApollo, createErrorFormatter, graphqlRoute } from './http/graphql';
import { opsRoutes } from './http/ops';
import { noStore, securityHeaders } from './http/security';
import { createRateLimiter } from './limits/rateLimit';
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
  const format = createErrorFormatter(production, metrics);

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

  const apollo = createApollo({
    config,
    schema,
    httpServer,
    format,
    metrics,
    drainWebSockets: async () => wsHandle.dispose(),
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
  app.use('/graphql', graphqlRoute({ config, deps, apollo, persisted, rateLimiter, recordAccess }));

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
