import { stringify } from 'csv-stringify';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { License, OrgRole } from '../../entities/enums';
import { bearerToken } from '../auth/tokens';
import { AppDeps, buildContext, Context } from '../context';
import { DomainError, extensionsOf, httpStatusOf, UnauthenticatedError } from '../errors';
import { fromGlobalId } from '../globalId';
import { RateLimitedError, RateLimiter } from '../limits/rateLimit';
import { auditRows, AUDIT_COLUMNS } from '../events/auditExport';
import { log } from '../log';
import type { DirectoryFilter } from '../services/directory/DirectoryService';
import type { AuditEventFilter } from '../services/organizations/OrganizationService';
import type { ExportKind } from './exportLinks';
import { sinceNotBeforeUntil } from '../services/common/errors';
import { exportDateInvalid, exportFilterUnknownValue } from './errors';

/** The numeric id behind a global id of `type`, or 0 (which no row has: NOT_FOUND follows). */
const idOf = (globalId: string | undefined, type: string) => {
  const parsed = globalId ? fromGlobalId(globalId) : null;
  return parsed?.type === type ? parsed.id : 0;
};

const list = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

/** The directory filter from query parameters (`role`, `license`, `team`, `activity`, ...). */
function directoryFilterOf(query: express.Request['query']): DirectoryFilter {
  const oneOf = <T extends string>(values: string[], allowed: Record<string, T>, name: string) =>
    values.map((v) => {
      if (!Object.values(allowed).includes(v as T)) {
        throw exportFilterUnknownValue(name, v);
      }
      return v as T;
    });
  const since = query.since === undefined ? null : new Date(String(query.since));
  if (since && Number.isNaN(since.getTime())) {
    throw exportDateInvalid('since');
  }
  return {
    roles: oneOf(list(query.role), OrgRole, 'role'),
    licenses: oneOf(list(query.license), License, 'license'),
    teamId: query.team === undefined ? null : idOf(String(query.team), 'Team') || -1,
    activityDays: query.activity === undefined ? null : Number(query.activity),
    activitySince: since,
    active: query.active === undefined ? null : String(query.active) !== 'false',
    search: query.search === undefined ? null : String(query.search),
    hideInvited: String(query.hideInvited) === 'true',
  };
}

/**
 * A cell a spreadsheet would read as a formula (`= + - @`, tab, carriage return) gets a leading
 * single quote, which spreadsheets show as text (OWASP "CSV injection").
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The viewer of a download: from the `Authorization` header, or else from the `token` of an export
 * link (`createExportLink`), which holds only for this export and exactly these filters.
 */
function exportContext(
  deps: AppDeps,
  req: express.Request,
  kind: ExportKind | null,
  requestId: ReturnType<typeof randomUUID>,
): Promise<Context> {
  const link = req.headers.authorization === undefined ? req.query.token : undefined;
  if (typeof link !== 'string' || kind === null) {
    return buildContext(deps, bearerToken(req.headers.authorization), requestId);
  }
  const params = new URLSearchParams(req.originalUrl.split('?')[1] ?? '');
  params.delete('token');
  const verifier = deps.exportLinks.verifierFor(kind, String(req.params.id), params);
  return buildContext({ ...deps, verifier }, link, requestId);
}

/** JSON Lines (one object per line, LF), for log shippers and SIEMs. */
function jsonLines(): Transform {
  return new Transform({
    writableObjectMode: true,
    transform(row: Record<string, unknown>, _encoding, done) {
      done(null, `${JSON.stringify(row)}\n`);
    },
  });
}

function csvOf(columns: string[]): Transform {
  return stringify({
    header: true,
    columns,
    record_delimiter: 'windows', // CRLF (RFC 4180)
    cast: { date: (d) => d.toISOString(), string: neutralizeCell },
  });
}

/**
 * Answers one download (CSV, or JSON Lines for a `.jsonl` filename): authorization errors keep
 * their status until the first row. A null `kind` accepts only an `Authorization` header.
 */
async function sendCsv(
  deps: AppDeps,
  rateLimiter: RateLimiter,
  req: express.Request,
  res: express.Response,
  kind: ExportKind | null,
  filename: string,
  columns: string[],
  rowsOf: (context: Context) => AsyncGenerator<Record<string, unknown>>,
): Promise<void> {
  const jsonl = filename.endsWith('.jsonl');
  const requestId = randomUUID();
  try {
    // The same limits as /graphql, per IP and per viewer.
    await rateLimiter.consume({ ip: req.ip });
    const context = await exportContext(deps, req, kind, requestId);
    context.reads.allowReplica(); // a download only reads
    if (!context.viewer) throw new UnauthenticatedError();
    await rateLimiter.consume({ viewerId: context.viewer.id });
    const rows = rowsOf(context);
    const first = await rows.next();
    res.status(200);
    res.setHeader(
      'content-type',
      jsonl ? 'application/x-ndjson; charset=utf-8' : 'text/csv; charset=utf-8',
    );
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    async function* all() {
      if (!first.done) yield first.value;
      yield* rows;
    }
    await pipeline(Readable.from(all()), jsonl ? jsonLines() : csvOf(columns), res);
  } catch (error) {
    if (res.headersSent) {
      log.error('export failed while streaming', { requestId, error });
      res.destroy();
      return;
    }
    if (error instanceof RateLimitedError) {
      res.setHeader('retry-after', String(error.retryAfterSeconds));
    }
    if (error instanceof DomainError) {
      const { code, ...details } = extensionsOf(error);
      res.status(httpStatusOf(error.code)).json({ code, message: error.message, ...details });
      return;
    }
    log.error('export failed', { requestId, error });
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', requestId });
  }
}

/**
 * CSV downloads, authorized exactly like the API (same token, same `Access`; or an export link's
 * token, checked the same way when followed), streamed a page at
 * a time with a header row, RFC 4180 quoting and CRLF line ends (csv-stringify), and cells
 * that could run as spreadsheet formulas neutralized.
 */
export function exportRoutes(deps: AppDeps, rateLimiter: RateLimiter): express.Router {
  const router = express.Router();

  router.get('/engagements/:id/participants.csv', (req, res) =>
    sendCsv(
      deps,
      rateLimiter,
      req,
      res,
      'ENGAGEMENT_PARTICIPANTS',
      'participants.csv',
      ['name', 'email', 'organization', 'status', 'lastAccessAt', 'addedAt'],
      (context) =>
        context.services.memberships.participantRows(idOf(req.params.id, 'Engagement')) as never,
    ),
  );

  router.get('/organizations/:id/directory.csv', (req, res) =>
    sendCsv(
      deps,
      rateLimiter,
      req,
      res,
      'ORGANIZATION_DIRECTORY',
      'directory.csv',
      ['name', 'email', 'role', 'license', 'teams', 'status', 'lastLogin', 'invitedAt'],
      async function* (context) {
        const [org] = await context.access.require('organization.exportDirectory', [
          idOf(req.params.id, 'Organization'),
        ]);
        for await (const row of context.services.directory.rows(
          org,
          directoryFilterOf(req.query),
        )) {
          yield {
            name: row.member.invitedName ?? row.user.name,
            email: row.user.email,
            role: row.member.role,
            license: row.member.license,
            teams: row.teamCount,
            status: row.member.status,
            lastLogin: row.member.lastActivityAt,
            invitedAt: row.member.invitedAt,
          };
        }
      },
    ),
  );

  for (const format of ['csv', 'jsonl']) {
    router.get(`/organizations/:id/audit.${format}`, (req, res) =>
      sendCsv(
        deps,
        rateLimiter,
        req,
        res,
        null,
        `audit.${format}`,
        AUDIT_COLUMNS,
        async function* (context) {
          const [org] = await context.access.require('organization.readEventLog', [
            idOf(req.params.id, 'Organization'),
          ]);
          yield* auditRows(deps.db, org.id, auditFilterOf(req.query));
        },
      ),
    );
  }

  return router;
}

/** The event log filters from query parameters: `action`, `actor`, `since`, `until`. */
function auditFilterOf(query: express.Request['query']): AuditEventFilter {
  const dateOf = (name: 'since' | 'until') => {
    if (query[name] === undefined) return null;
    const value = new Date(String(query[name]));
    if (Number.isNaN(value.getTime())) {
      throw exportDateInvalid(name);
    }
    return value;
  };
  const filter = {
    action: query.action === undefined ? null : String(query.action),
    actorUserId: query.actor === undefined ? null : idOf(String(query.actor), 'User') || -1,
    since: dateOf('since'),
    until: dateOf('until'),
  };
  if (filter.since && filter.until && filter.since >= filter.until) {
    throw sinceNotBeforeUntil();
  }
  return filter;
}
