import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import express from 'express';
import { Clock, systemClock } from './clock';
import type { Config } from './config';
import { AccessFactory, AppDeps } from './context';
import { SqlCounter } from './db/dataSource';
import { openDeps } from './app/deps';
import { corsMiddleware } from './http/cors';
import { exportRoutes } from './http/exports';
import { scimRoutes } from './http/scim';
import { explorerRoutes } from './http/explorer';
import { httpRequestLogger } from './http/requestLog';
import { createApollo, createErrorFormatter, graphqlRoute } from './http/graphql';
import { opsRoutes } from './http/ops';
import { serveWebSockets } from './http/websocket';
import { noStore, securityHeaders } from './http/security';
import { createRateLimiter } from './limits/rateLimit';
import { loadPersistedOperations } from './limits/persisted';
import { committedOperationNames, createMetrics, operationNamesOf } from './metrics';
import { startScheduler } from './scheduler';
import { createAccessRecorder } from './services/activity';
import { JOBS } from '../jobs';
import { buildBaseSchema, buildSchema } from './schema';

/**
 * What `createApp` takes besides `Config`: seams for tests and benchmarks, never read from the
 * environment (no variable).
 */
export interface AppOptions {
  /**
   * The time every service and job reads (tests pass a `FixedClock`).
   * @default `systemClock`
   */
  clock?: Clock;
  /**
   * Counts SQL statements (tests use it to prove there is no N+1).
   * @default a new `SqlCounter`
   */
  sqlCounter?: SqlCounter;
  /**
   * Benchmarks only (issue 7): serve the schema without the shield and check access with this
   * instead, to measure what authorization costs. Not reachable from configuration.
   * @default unset (the shield and `Access` authorize)
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
  const rateLimiter = createRateLimiter({
    perViewer: limits.ratePerViewer,
    perIp: limits.ratePerIp,
    redisUrl: config.redisUrl,
    prefix: config.redisChannelPrefix,
  });
  await rateLimiter.ready();

  const wsHandle = serveWebSockets(httpServer, app, {
    config,
    deps,
    schema,
    persisted,
    rateLimiter,
    format,
    countResult: (path) => metrics.subscriptionResult(path),
  });
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
  app.use('/scim/v2', noStore, scimRoutes(deps, rateLimiter));
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
