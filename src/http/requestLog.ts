import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Response } from 'express';
import { getOperationAST, GraphQLError, parse } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import { pinoHttp } from 'pino-http';
import { log, logger } from '../log';

/**
 * One log line per HTTP request (pino-http) and per WebSocket operation: request id, operation
 * name, status or result code, duration and viewer id. Probes (`/healthz`, `/readyz`,
 * `/metrics`) log at debug.
 */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

type Locals = { operation?: string; viewerId?: string | number; code?: string };
/** Apollo hands plugins a copy of the context, so responses are found by request id. */
const localsByRequest = new Map<string, Locals>();

/** The request id (also the `x-request-id` header) is made here; `req.id` carries it on. */
export function httpRequestLogger() {
  return pinoHttp({
    logger,
    genReqId: (_req: IncomingMessage, res: ServerResponse) => {
      const id = randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    customLogLevel: (req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : PROBES.has(req.url ?? '') ? 'debug' : 'info',
    customSuccessMessage: () => 'http request',
    customErrorMessage: () => 'http request failed',
    customProps: (req, res) => {
      const locals = ((res as unknown as Response).locals ?? {}) as Locals;
      return {
        ip: (req as { ip?: string }).ip,
        operation: locals.operation,
        viewerId: locals.viewerId,
        code: locals.code,
      };
    },
    serializers: {
      // An export link's `token` is a credential: it never reaches the log.
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        url: req.url.replace(/([?&]token=)[^&]*/, '$1[redacted]'),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    quietReqLogger: true,
  });
}

/** Ties a GraphQL context to its HTTP response, so the request's line names viewer and operation. */
export function linkContext(requestId: string, res: Response, viewerId?: string | number): void {
  const locals = res.locals as Locals;
  locals.viewerId = viewerId;
  localsByRequest.set(requestId, locals);
  res.once('close', () => localsByRequest.delete(requestId));
}

/** Records the operation and the first error code (or `ok`) once Apollo has answered. */
export function noteOperation(
  requestId: string,
  operation: string | null | undefined,
  code: string,
): void {
  const locals = localsByRequest.get(requestId);
  if (!locals) return;
  locals.operation = operation ?? undefined;
  locals.code = code;
}

type Entry = {
  started: bigint;
  requestId?: string;
  operation?: string;
  viewerId?: string | number;
  code: string;
};

/** The name of a refused document's operation, when it parses. */
function operationNameOf(query: string | undefined): string | undefined {
  try {
    return getOperationAST(parse(query ?? ''))?.name?.value;
  } catch {
    return undefined;
  }
}

function isErrors(value: unknown): value is readonly GraphQLError[] {
  return Array.isArray(value);
}

function codeOf(errors: readonly GraphQLError[] | undefined): string | undefined {
  if (!errors?.length) return undefined;
  return String(errors[0].extensions?.code ?? 'ERROR');
}

/**
 * Wraps graphql-ws hooks to log each operation once it ends (a query's result, a subscription's
 * completion, or a refusal), without touching what the hooks do.
 */
export function withOperationLog<P extends Record<string, unknown>, E>(
  options: ServerOptions<P, E>,
): ServerOptions<P, E> {
  const entries = new WeakMap<object, Map<string, Entry>>();
  const entriesOf = (ctx: object) => {
    if (!entries.has(ctx)) entries.set(ctx, new Map());
    return entries.get(ctx)!;
  };
  const write = (ctx: { extra: E }, id: string, entry: Entry) => {
    entriesOf(ctx).delete(id);
    log.info('websocket operation', {
      requestId: entry.requestId,
      operation: entry.operation,
      code: entry.code,
      durationMs: Number(process.hrtime.bigint() - entry.started) / 1e6,
      viewerId: entry.viewerId,
      ip: (ctx.extra as { ip?: string }).ip,
    });
  };
  return {
    ...options,
    onSubscribe: async (ctx, id, payload) => {
      const entry: Entry = {
        started: process.hrtime.bigint(),
        operation: payload.operationName ?? undefined,
        code: 'ok',
      };
      const result = await options.onSubscribe?.(ctx, id, payload);
      if (isErrors(result)) {
        entry.code = codeOf(result) ?? 'ERROR';
        entry.requestId = result[0]?.extensions?.requestId as string | undefined;
        entry.operation ??= operationNameOf(payload.query);
        write(ctx, id, entry);
      } else if (result) {
        const context = result.contextValue as
          { requestId?: string; viewer?: { id?: string } | null } | undefined;
        entry.requestId = context?.requestId;
        entry.viewerId = context?.viewer?.id;
        entry.operation = getOperationAST(result.document, result.operationName)?.name?.value;
        entriesOf(ctx).set(id, entry);
      }
      return result;
    },
    onNext: (ctx, id, payload, args, result) => {
      const entry = 'errors' in result ? entriesOf(ctx).get(id) : undefined;
      if (entry) entry.code = codeOf(result.errors) ?? entry.code;
      return options.onNext?.(ctx, id, payload, args, result);
    },
    onError: async (ctx, id, payload, errors) => {
      const entry = entriesOf(ctx).get(id);
      const formatted = await options.onError?.(ctx, id, payload, errors);
      // A running subscription ended by an error gets no onComplete: its line is written here.
      if (entry) {
        entry.code = codeOf(errors) ?? 'ERROR';
        const first = formatted?.[0]?.extensions?.code;
        if (first !== undefined) entry.code = String(first);
        write(ctx, id, entry);
      }
      return formatted;
    },
    onComplete: async (ctx, id, payload) => {
      const entry = entriesOf(ctx).get(id);
      if (entry) write(ctx, id, entry);
      return options.onComplete?.(ctx, id, payload);
    },
  };
}
