import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import helmet from 'helmet';

/**
 * Security headers for an API on every response (helmet): `nosniff`, no framing, HSTS, and a
 * content security policy that lets a JSON or CSV answer load nothing. The development explorer
 * (`GET /graphql` from a browser, never in production) runs inline scripts and a WebSocket, so it gets
 * the same headers without the policy.
 */
export function securityHeaders(production: boolean): express.RequestHandler {
  const api = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    },
  });
  const landingPage = helmet({ contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  return (req, res, next) => {
    const page =
      !production &&
      req.method === 'GET' &&
      req.path === '/graphql' &&
      !!req.headers.accept?.includes('text/html');
    (page ? landingPage : api)(req, res, next);
  };
}

/** `Cache-Control: no-store`: answers are per viewer (and exports are personal data). */
export const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

/** Whether an `Authorization` header is `Bearer <expected>` (compared in constant time). */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const given = Buffer.from(header ?? '');
  const wanted = Buffer.from(`Bearer ${expected}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
