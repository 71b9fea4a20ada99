import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type express from 'express';
import proxyaddr from 'proxy-addr';
import {
  getOperationAST,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  specifiedRules,
  validate,
} from 'graphql';
import type { Disposable, ServerOptions } from 'graphql-ws';
import { Extra as WsExtra, useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken } from '../auth/tokens';
import type { Config } from '../config';
import { AppDeps, buildContext, Context } from '../context';
import {
  DomainError,
  IdentityProviderUnavailableError,
  toGraphQLError,
  UnauthenticatedError,
} from '../errors';
import type { PersistedOperations } from '../limits/persisted';
import type { RateLimiter } from '../limits/rateLimit';
import {
  checkCost,
  hideSuggestions,
  limitRules,
  parseLimited,
  tooComplex,
  VALIDATION_OPTIONS,
} from '../limits/rules';
import { socketsPerIp } from '../limits/sockets';
import { CLOSE } from './closeCodes';
import { webSocketOriginCheck } from './cors';
import type { ErrorFormatter } from './graphql';
import { withOperationLog } from './requestLog';
import { DocumentCache } from './documentCache';
import { subscribeSharingResults } from './sharedSubscribe';
import type { ResultPath } from '../services/subscriptions/sharedExecution';

type Extra = {
  open?: Set<string>;
  expiry?: NodeJS.Timeout;
  ip?: string;
  /** Request id of each running operation, for errors that end it (`onError`). */
  requestIds?: Map<string, string>;
};
type Options = ServerOptions<Record<string, unknown>, WsExtra & Partial<Extra>>;

/** A token in the graphql-ws `connection_init` payload: `{ authorization: "Bearer …" }` or `{ token }`. */
function tokenFromConnectionParams(
  params: Record<string, unknown> | undefined,
): string | undefined {
  if (!params) return undefined;
  if (params.token !== undefined) return bearerToken(`Bearer ${String(params.token)}`);
  return bearerToken(params.authorization ?? params.Authorization);
}

/** What the WebSocket path shares with the rest of the app (`createApp` passes it). */
export interface WebSocketDeps {
  config: Config;
  deps: AppDeps;
  schema: GraphQLSchema;
  persisted: PersistedOperations | null;
  rateLimiter: RateLimiter;
  format: ErrorFormatter;
  /** Counts each subscription event's result: executed for its subscriber, or shared. */
  countResult: (path: ResultPath) => void;
}

/**
 * `onConnect` (close codes: `CLOSE_CODES`): an absent token connects anonymously; a valid one
 * arms a timer that closes the socket with 4401 ("Token expired") at its `exp`; an invalid or
 * expired one closes with 4401 ("Unauthorized") at once; an unreachable identity provider closes
 * with 1013 ("try again later"); any other error is graphql-ws's 4500. 4403 is left for what is
 * forbidden.
 */
function onConnect(clientIp: (req: http.IncomingMessage) => string, deps: AppDeps) {
  const handler: NonNullable<Options['onConnect']> = async (ctx) => {
    ctx.extra.open = new Set();
    ctx.extra.ip = clientIp(ctx.extra.request);
    try {
      const token = tokenFromConnectionParams(ctx.connectionParams);
      if (!token) return true;
      const claims = await deps.verifier.verify(token);
      if (typeof claims.exp === 'number') {
        const ms = claims.exp * 1000 - Date.now();
        ctx.extra.expiry = setTimeout(
          () => ctx.extra.socket.close(CLOSE.unauthorized, 'Token expired'),
          Math.max(0, Math.min(ms, 2 ** 31 - 1)),
        );
      }
      return true;
    } catch (error) {
      if (error instanceof IdentityProviderUnavailableError) {
        ctx.extra.socket.close(CLOSE.tryAgainLater, 'Identity provider unavailable');
        return false;
      }
      if (!(error instanceof UnauthenticatedError)) throw error;
      ctx.extra.socket.close(CLOSE.unauthorized, 'Unauthorized');
      return false; // graphql-ws's own close (4403) is a no-op on the closed socket
    }
  };
  return handler;
}

/**
 * `onSubscribe`: applies what Apollo applies on HTTP (graphql-ws does not): persisted operations,
 * document size and tokens, the validation rules with the limits (introspection refused unless
 * enabled, no "Did you mean …?" in production), the cost, a bound on subscriptions per socket,
 * and the rate limits (a valid text is parsed and validated once, `DocumentCache`). A refusal is an `error` message for that operation id, the socket staying
 * open: validation errors as GraphQL reports them, QUERY_TOO_COMPLEX past a limit, and a
 * DomainError (UNAUTHENTICATED for a token of no known user, RATE_LIMITED, SERVICE_UNAVAILABLE)
 * through `toGraphQLError` with its code, reason and request id. An unexpected error, the
 * database unreachable included, is graphql-ws's close 4500.
 */
function onSubscribe(options: WebSocketDeps) {
  const { config, deps, schema, persisted, rateLimiter } = options;
  const production = config.nodeEnv === 'production';
  const limits = config.limits;
  // The WebSocket path validates like Apollo does on HTTP: the same rules, introspection refused
  // unless enabled, and no "Did you mean …?" in production.
  const rules = [
    ...specifiedRules,
    ...limitRules(limits),
    ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
  const documents = new DocumentCache();
  const handler: NonNullable<Options['onSubscribe']> = async (ctx, id, payload) => {
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
      let document = documents.get(query ?? '');
      if (!document) {
        document = parseLimited(query ?? '', limits);
        const errors = validate(schema, document, rules, VALIDATION_OPTIONS);
        if (errors.length) return refuse(errors);
        documents.set(query ?? '', document);
      }
      checkCost(schema, document, payload.variables ?? undefined, payload.operationName, limits);
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
      (ctx.extra.requestIds ??= new Map()).set(id, requestId);
      // A query may read lists from a replica; subscriptions and mutations stay on the primary.
      if (operation?.operation === 'query') contextValue.reads.allowReplica();
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
      if (error instanceof DomainError) return [toGraphQLError(error, { requestId })];
      if (error instanceof GraphQLError) return refuse([error]);
      throw error;
    }
  };
  return handler;
}

/**
 * Called by `createApp`: the WebSocket server at `/graphql` on `httpServer`, answering the
 * graphql-ws protocol. Upgrades are refused with HTTP 403 for a disallowed Origin, then 429 past
 * `maxWebSocketsPerIp` (the client address honours `TRUST_PROXY` through `app`); a message over
 * `maxWebSocketPayloadBytes` closes the socket with 1009; server shutdown (`dispose`) closes
 * with 1001. Connection and operation outcomes: see `onConnect` (4401, 1013) and `onSubscribe`
 * (an `error` message, or 4500); every code a client may see is in `CLOSE_CODES`. `onNext` and
 * `onError` format errors exactly as HTTP does (`format`: code, reason, rule, request id); an
 * error that ends a subscription is an `error` message, never a close. Each operation is logged
 * once it ends.
 */
export function serveWebSockets(
  httpServer: http.Server,
  app: express.Express,
  options: WebSocketDeps,
): Disposable {
  const { config, deps, format } = options;
  const limits = config.limits;
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
  return useServer<Record<string, unknown>, Extra>(
    withOperationLog({
      schema: options.schema,
      subscribe: subscribeSharingResults(options.countResult),
      onConnect: onConnect(clientIp, deps),
      onClose: (ctx) => {
        clearTimeout(ctx.extra.expiry);
      },
      onSubscribe: onSubscribe(options),
      onComplete: (ctx, id) => {
        ctx.extra.open?.delete(id);
        ctx.extra.requestIds?.delete(id);
      },
      // A subscription that ends with an error (its subject no longer visible: SubscriptionService)
      // gets the `error` message a query refusal would carry: its code, rule and request id.
      onError: (ctx, id, _payload, errors) => {
        ctx.extra.open?.delete(id);
        const requestId = ctx.extra.requestIds?.get(id);
        ctx.extra.requestIds?.delete(id);
        if (!errors.some((e) => e.originalError instanceof DomainError)) return undefined;
        return errors.map((e) => format(e.toJSON(), e, requestId));
      },
      onNext: async (_ctx, _id, _payload, args, result) => {
        const context = args.contextValue as Context | undefined;
        await context?.settled();
        if (!('errors' in result) || !result.errors?.length) return result;
        const requestId = context?.requestId;
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
}
