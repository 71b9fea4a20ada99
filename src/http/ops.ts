import express from 'express';
import type { Config } from '../config';
import type { AppDeps } from '../context';
import type { createMetrics } from '../metrics';
import { bearerMatches } from './security';

/**
 * Mounted by `createApp` before the API routes: `/healthz` (liveness: the process serves HTTP),
 * `/readyz` (200 when the database answers, and Redis when configured; 503 otherwise) and
 * `/metrics` (Prometheus text; 401 with `www-authenticate: Bearer` unless the request carries
 * `METRICS_TOKEN` when one is set).
 */
export function opsRoutes(
  config: Config,
  deps: AppDeps,
  metrics: ReturnType<typeof createMetrics>,
): express.Router {
  const router = express.Router();
  /** Liveness: the process serves HTTP. */
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  /** Readiness: the database answers, and Redis when configured. */
  router.get('/readyz', async (_req, res) => {
    const database = await deps.db
      .query('SELECT 1')
      .then(() => 'ok')
      .catch(() => 'unavailable');
    const redis = config.redisUrl
      ? (await deps.events.ready())
        ? 'ok'
        : 'unavailable'
      : 'not configured';
    const ready = database === 'ok' && redis !== 'unavailable';
    res
      .status(ready ? 200 : 503)
      .json({ status: ready ? 'ready' : 'unavailable', database, redis });
  });
  router.get('/metrics', async (req, res) => {
    if (config.metricsToken && !bearerMatches(req.headers.authorization, config.metricsToken)) {
      res.setHeader('www-authenticate', 'Bearer');
      res.status(401).json({ code: 'UNAUTHENTICATED', message: 'A metrics token is required.' });
      return;
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  return router;
}
