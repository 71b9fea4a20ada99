import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken, createTokenVerifier } from './auth/tokens';
import { Clock, systemClock } from './clock';
import type { Config } from './config';
import { AppDeps, buildContext, Context } from './context';
import { createDataSource, SqlCounter } from './db/dataSource';
import { seedDemoWorld } from './db/seed';
import { createTransactor } from './db/transaction';
import { createEventBus, EventBus } from './pubsub/bus';
import { DomainError, formatError } from './errors';
import { exportRoutes } from './http/exports';
import { log } from './log';
import { createMailer } from './notifications/mailer';
import { startScheduler } from './scheduler';
import { createAccessRecorder } from './services/activity';
import { JOBS } from '../jobs';
import { buildSchema } from './schema';

export interface AppOptions {
  clock?: Clock;
  /** Counts SQL statements (tests use it to prove there is no N+1). */
  sqlCounter?: SqlCounter;
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
  if (typeof params.token === 'string') return params.token;
  return bearerToken(params.authorization ?? params.Authorization);
}

/** Builds the gateway without listening, so tests can start many (DESIGN §2). */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const db = await createDataSource({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
    counter: options.sqlCounter,
  });
  await db.initialize();
  let events: EventBus;
  try {
    events = await createEventBus({
      redisUrl: config.redisUrl,
      channelPrefix: config.redisChannelPrefix,
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const deps: AppDeps = {
    db,
    transact: createTransactor(db),
    clock,
    verifier: createTokenVerifier(config.jwt),
    events,
    publicUrl: config.publicUrl,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.smtpFrom }),
  };
  try {
    await db.runMigrations({ transaction: 'each' });
    if (config.seedDemo) await seedDemoWorld(deps);
  } catch (error) {
    await events.close();
    await db.destroy();
    throw error;
  }

  const production = config.nodeEnv === 'production';
  const recordAccess = createAccessRecorder(deps);
  const schema = buildSchema();
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const format = (formatted: GraphQLFormattedError, error: unknown, requestId?: string) =>
    formatError(formatted, error, {
      production,
      requestId,
      log: (e) => log.error('unexpected error', { requestId, error: e }),
    });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsHandle = useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      context: async (ctx) => {
        const context = await buildContext(deps, tokenFromConnectionParams(ctx.connectionParams));
        ctx.extra.context = context;
        return context;
      },
      onConnect: async (ctx) => {
        const token = tokenFromConnectionParams(ctx.connectionParams);
        if (!token) return true;
        try {
          await deps.verifier.verify(token);
          return true;
        } catch {
          return false; // closes with 4403 Forbidden
        }
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!('errors' in result) || !result.errors?.length) return result;
        const requestId = ctx.extra.context?.requestId;
        return {
          ...result,
          errors: result.errors.map((e) => format(e.toJSON(), e, requestId) as GraphQLError),
        };
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) =>
      format(formatted, error, (error as { requestId?: string })?.requestId),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return { drainServer: async () => wsHandle.dispose() };
        },
      },
      {
        async requestDidStart({ contextValue }) {
          return {
            async didEncounterErrors({ errors }) {
              for (const e of errors)
                (e as { requestId?: string }).requestId = contextValue.requestId;
            },
          };
        },
      },
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();
  const scheduler = config.jobsEnabled
    ? await startScheduler(deps, {
        jobs: Object.values(JOBS),
        redisUrl: config.redisUrl,
        prefix: `${config.redisChannelPrefix}bull`,
      })
    : null;

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/exports', exportRoutes(deps));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = randomUUID();
        try {
          const context = await buildContext(
            deps,
            bearerToken(req.headers.authorization),
            requestId,
          );
          if (context.viewer) void recordAccess(context.viewer.id);
          return context;
        } catch (error) {
          if (error instanceof DomainError) {
            throw new GraphQLError(error.message, {
              extensions: {
                code: error.code,
                http: { status: error.code === 'UNAUTHENTICATED' ? 401 : 400 },
              },
            });
          }
          throw error;
        }
      },
    }),
  );

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
      deps.mailer.close();
      await db.destroy();
    },
  };
}
