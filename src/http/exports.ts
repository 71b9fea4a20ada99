import { stringify } from 'csv-stringify';
import express from 'express';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { bearerToken } from '../auth/tokens';
import { AppDeps, buildContext } from '../context';
import { DomainError } from '../errors';
import { fromGlobalId } from '../globalId';
import { log } from '../log';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/**
 * CSV downloads, authorized exactly like the API (same token, same `Access`): the body is
 * streamed a page at a time, with a header row and RFC 4180 quoting (csv-stringify).
 */
export function exportRoutes(deps: AppDeps): express.Router {
  const router = express.Router();

  router.get('/engagements/:id/participants.csv', async (req, res) => {
    const requestId = crypto.randomUUID();
    try {
      const context = await buildContext(deps, bearerToken(req.headers.authorization), requestId);
      if (!context.viewer) {
        res.status(401).json({ code: 'UNAUTHENTICATED', message: 'Send a bearer token.' });
        return;
      }
      const parsed = fromGlobalId(req.params.id);
      const rows = context.services.memberships.participantRows(
        parsed?.type === 'Engagement' ? parsed.id : 0,
      );
      // Pull the first row before answering, so an access error still gets its status code.
      const first = await rows.next();
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', 'attachment; filename="participants.csv"');
      async function* all() {
        if (!first.done) yield first.value;
        yield* rows;
      }
      const csv = stringify({
        header: true,
        columns: ['name', 'email', 'organization', 'status', 'lastAccessAt', 'addedAt'],
        cast: { date: (d) => d.toISOString() },
      });
      await pipeline(Readable.from(all()), csv, res);
    } catch (error) {
      if (res.headersSent) {
        log.error('export failed while streaming', { requestId, error });
        res.destroy();
        return;
      }
      if (error instanceof DomainError) {
        res.status(STATUS[error.code] ?? 400).json({ code: error.code, message: error.message });
        return;
      }
      log.error('export failed', { requestId, error });
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', requestId });
    }
  });

  return router;
}
