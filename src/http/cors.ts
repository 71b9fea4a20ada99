import cors from 'cors';
import type express from 'express';
import type { IncomingMessage } from 'node:http';

/**
 * Which browser origins may call the gateway: a list of exact origins (`CORS_ORIGINS`), or
 * `'localhost'` (the development default): any `http(s)://localhost` or `127.0.0.1` origin, any
 * port. Production's default is the empty list: no browser origin.
 */
export type CorsOrigins = readonly string[] | 'localhost';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a browser `Origin` header value is allowed. */
export function originAllowed(allowed: CorsOrigins, origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (allowed === 'localhost') return LOOPBACK.has(url.hostname);
  return allowed.includes(url.origin);
}

/** Headers a browser may send, and read, on cross-origin calls. */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-request-id',
];
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after', 'content-disposition'];

/**
 * CORS for HTTP (the `cors` middleware): allowed origins get `Access-Control-Allow-*` headers and
 * a 204 preflight; others get no CORS headers at all, so the browser refuses to show the answer.
 * No cookies are involved (bearer tokens only), so credentials stay off. CSRF prevention
 * (Apollo's) still applies: a cross-origin POST must be JSON or carry `apollo-require-preflight`.
 */
export function corsMiddleware(allowed: CorsOrigins): express.RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, !!origin && originAllowed(allowed, origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
}

/**
 * The WebSocket handshake's `verifyClient` (ws): browsers send `Origin` but apply no CORS to
 * WebSockets, so a disallowed origin is refused here (403). No `Origin` header is a non-browser
 * client (a service, the CLI), which is allowed.
 */
export function webSocketOriginCheck(allowed: CorsOrigins) {
  return (
    info: { origin?: string; req: IncomingMessage },
    done: (verified: boolean, code?: number, message?: string) => void,
  ): void => {
    const origin = info.req.headers.origin;
    if (origin === undefined || originAllowed(allowed, origin)) done(true);
    else done(false, 403, 'Origin not allowed');
  };
}
