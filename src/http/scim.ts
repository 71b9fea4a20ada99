import { ReadRoute } from '../db/readRoute';
import express from 'express';
import { randomUUID } from 'node:crypto';
import { scimPatch, ScimError as PatchError, ScimPatchOperation } from 'scim-patch';
import { Organization, ScimToken } from '../../entities';
import type { AppDeps } from '../context';
import type { EventBus } from '../pubsub/bus';
import { requestEvents } from '../pubsub/requestPublishes';
import { RateLimitedError, RateLimiter } from '../limits/rateLimit';
import { createLoaders } from '../loaders';
import { log } from '../log';
import { Access } from '../permissions/access';
import type { ServiceDeps } from '../services/context';
import { MemberService } from '../services/organizations/MemberService';
import { ScimQuery, ScimService } from '../services/scim/ScimService';
import { badRequest, notFound, ScimError, ScimType, scimErrorOf } from '../scim/errors';
import { GROUP_FILTERS, parseFilter, parsePage, USER_FILTERS } from '../scim/filter';
import {
  booleanOf,
  groupInputOf,
  idOf,
  project,
  toScimGroup,
  toScimUser,
  userInputOf,
  wantsMembers,
} from '../scim/resources';
import {
  listResponse,
  MAX_PAGE,
  PATCH_SCHEMA,
  resourceTypes,
  schemaDocuments,
  serviceProviderConfig,
} from '../scim/schemas';
import { authenticateScim } from '../scim/tokens';

const CONTENT_TYPE = 'application/scim+json; charset=utf-8';

interface ScimRequest {
  service: ScimService;
  base: string;
}

type Handler = (req: express.Request, res: express.Response, scim: ScimRequest) => Promise<unknown>;

/**
 * Answers once the events the request published are recorded (`res.locals.settled`, as
 * GraphQL responses do), so an identity provider's next read sees its own change's events.
 */
async function send(res: express.Response, status: number, body?: unknown): Promise<void> {
  await (res.locals.settled as (() => Promise<void>) | undefined)?.();
  res.status(status).setHeader('content-type', CONTENT_TYPE);
  if (body === undefined) res.end();
  else res.send(JSON.stringify(body));
}

function sendError(res: express.Response, error: ScimError): Promise<void> {
  return send(res, error.status, error.body());
}

/** The SCIM id filter value names a global id; the service compares numbers. */
function queryOf(raw: unknown, allowed: Record<string, string>, type: 'User' | 'Team'): ScimQuery {
  const query: ScimQuery = new Map(parseFilter(raw, allowed));
  if (query.has('id')) query.set('id', idOf(String(query.get('id')), type));
  return query;
}

/** PATCH operations as identity providers send them (`"Replace"`, `"False"`), normalized. */
function operationsOf(body: Record<string, unknown>): ScimPatchOperation[] {
  if (!Array.isArray(body.schemas) || !body.schemas.includes(PATCH_SCHEMA)) {
    throw badRequest(`schemas must include ${PATCH_SCHEMA}.`, 'invalidSyntax');
  }
  const operations = body.Operations;
  if (!Array.isArray(operations) || operations.length === 0 || operations.length > 100) {
    throw badRequest('Operations must list 1 to 100 operations.', 'invalidSyntax');
  }
  return operations.flatMap((raw) => {
    const op = { ...(raw as Record<string, unknown>) };
    if (typeof op.op !== 'string')
      throw badRequest('Every operation needs an op.', 'invalidSyntax');
    op.op = op.op.toLowerCase();
    // Entra ID removes members by value list; scim-patch compares whole objects, so name each.
    if (
      op.op === 'remove' &&
      String(op.path).toLowerCase() === 'members' &&
      Array.isArray(op.value)
    ) {
      return (op.value as { value?: unknown }[]).map((m) => ({
        op: 'remove',
        path: `members[value eq ${JSON.stringify(String(m?.value ?? ''))}]`,
      })) as unknown as ScimPatchOperation[];
    }
    if (typeof op.path === 'string' && op.path.toLowerCase() === 'active') {
      op.value = booleanOf(op.value, true);
    } else if (op.value && typeof op.value === 'object' && 'active' in op.value) {
      const value = op.value as Record<string, unknown>;
      op.value = { ...value, active: booleanOf(value.active, true) };
    }
    return [op as unknown as ScimPatchOperation];
  });
}

/** Applies PATCH operations to the current representation (scim-patch, RFC 7644 §3.5.2). */
function patched(
  current: Record<string, unknown>,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const operations = operationsOf(body);
  try {
    return scimPatch(structuredClone(current) as never, operations) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof PatchError) {
      throw badRequest(error.message, (error.scimCode as ScimType | undefined) ?? 'invalidSyntax');
    }
    throw error;
  }
}

const users: Record<string, Handler> = {
  list: async (req, res, { service, base }) => {
    const query = queryOf(req.query.filter, USER_FILTERS, 'User');
    const { startIndex, count } = parsePage(req.query, MAX_PAGE);
    const { total, rows } = await service.listUsers(query, startIndex - 1, count);
    const resources = rows.map((r) => project(toScimUser(r, base), req.query));
    await send(res, 200, listResponse(resources, total, startIndex));
  },
  get: async (req, res, { service, base }) => {
    const row = await service.getUser(idOf(String(req.params.id), 'User'));
    await send(res, 200, project(toScimUser(row, base), req.query));
  },
  create: async (req, res, { service, base }) => {
    const created = toScimUser(await service.createUser(userInputOf(req.body ?? {})), base);
    res.setHeader('location', (created.meta as { location: string }).location);
    await send(res, 201, created);
  },
  replace: async (req, res, { service, base }) => {
    const input = userInputOf(req.body ?? {});
    const row = await service.replaceUser(idOf(String(req.params.id), 'User'), input);
    await send(res, 200, toScimUser(row, base));
  },
  patch: async (req, res, { service, base }) => {
    const id = idOf(String(req.params.id), 'User');
    const current = toScimUser(await service.getUser(id), base);
    const next = patched(current, req.body ?? {});
    const row = await service.replaceUser(id, userInputOf(next, current));
    await send(res, 200, toScimUser(row, base));
  },
  remove: async (req, res, { service }) => {
    await service.deleteUser(idOf(String(req.params.id), 'User'));
    await send(res, 204);
  },
};

const groups: Record<string, Handler> = {
  list: async (req, res, { service, base }) => {
    const query = queryOf(req.query.filter, GROUP_FILTERS, 'Team');
    const { startIndex, count } = parsePage(req.query, MAX_PAGE);
    const members = wantsMembers(req.query);
    const { total, rows } = await service.listGroups(query, startIndex - 1, count, members);
    const resources = rows.map((r) => project(toScimGroup(r, base, members), req.query));
    await send(res, 200, listResponse(resources, total, startIndex));
  },
  get: async (req, res, { service, base }) => {
    const members = wantsMembers(req.query);
    const row = await service.getGroup(idOf(String(req.params.id), 'Team'), members);
    await send(res, 200, project(toScimGroup(row, base, members), req.query));
  },
  create: async (req, res, { service, base }) => {
    const created = toScimGroup(await service.createGroup(groupInputOf(req.body ?? {})), base);
    res.setHeader('location', (created.meta as { location: string }).location);
    await send(res, 201, created);
  },
  replace: async (req, res, { service, base }) => {
    const input = groupInputOf(req.body ?? {});
    const row = await service.replaceGroup(idOf(String(req.params.id), 'Team'), input);
    await send(res, 200, toScimGroup(row, base));
  },
  patch: async (req, res, { service, base }) => {
    const id = idOf(String(req.params.id), 'Team');
    const current = toScimGroup(await service.getGroup(id), base);
    const next = patched(current, req.body ?? {});
    const row = await service.replaceGroup(id, groupInputOf(next));
    await send(res, 200, toScimGroup(row, base));
  },
  remove: async (req, res, { service }) => {
    await service.deleteGroup(idOf(String(req.params.id), 'Team'));
    await send(res, 204);
  },
};

/** The services of one SCIM request: no viewer; the token's organization is the only scope. */
function scimServiceFor(
  deps: AppDeps,
  org: Organization,
  token: ScimToken,
  events: EventBus,
): ScimService {
  const loaders = createLoaders(deps.db);
  loaders.organization.prime(org.id, org);
  const serviceDeps: ServiceDeps = {
    db: deps.db,
    transact: deps.transact,
    // Provisioning reads what it is about to change: always the primary.
    reads: new ReadRoute(deps.db),
    clock: deps.clock,
    loaders,
    access: new Access(null, loaders),
    viewer: null,
    events,
    publicUrl: deps.publicUrl,
  };
  return new ScimService(serviceDeps, new MemberService(serviceDeps), org, token);
}

/**
 * SCIM 2.0 (RFC 7643, RFC 7644) for identity providers at `/scim/v2`: Users and Groups (teams)
 * of the one organization a SCIM token belongs to (R-DI-1, R-PA-10). Per-IP rate limits and a
 * 1 MB body limit as on `/graphql`; answers are `application/scim+json`, errors RFC 7644 §3.12.
 */
export function scimRoutes(deps: AppDeps, rateLimiter: RateLimiter): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '1mb', type: ['application/scim+json', 'application/json'] }));

  const handle = (handler: Handler) => async (req: express.Request, res: express.Response) => {
    try {
      await rateLimiter.consume({ ip: req.ip });
      const token = await authenticateScim(deps, req.headers.authorization);
      const org = await deps.db.getRepository(Organization).findOneBy({ id: token.organizationId });
      if (!org) throw new ScimError(401, 'The token is not a valid SCIM token.');
      const base = `${req.protocol}://${req.get('host')}${req.baseUrl}`;
      const published = requestEvents(deps.events);
      res.locals.settled = published.settled;
      await handler(req, res, {
        service: scimServiceFor(deps, org, token, published.events),
        base,
      });
    } catch (error) {
      if (error instanceof RateLimitedError) {
        res.setHeader('retry-after', String(error.retryAfterSeconds));
      }
      const known = scimErrorOf(error);
      if (known) return sendError(res, known);
      const requestId = randomUUID();
      log.error('scim request failed', { requestId, error });
      await sendError(res, new ScimError(500, `Internal error (request ${requestId}).`));
    }
  };

  const discovery = (body: (base: string) => unknown) =>
    handle(async (req, res, { base }) => send(res, 200, body(base)));
  router.get('/ServiceProviderConfig', discovery(serviceProviderConfig));
  router.get(
    '/ResourceTypes',
    discovery((base) => listResponse(resourceTypes(base), 2, 1)),
  );
  router.get(
    '/ResourceTypes/:id',
    handle(async (req, res, { base }) => {
      const found = resourceTypes(base).find((r) => r.id === req.params.id);
      if (!found) throw notFound('ResourceType');
      await send(res, 200, found);
    }),
  );
  router.get(
    '/Schemas',
    discovery((base) => listResponse(schemaDocuments(base), 2, 1)),
  );
  router.get(
    '/Schemas/:id',
    handle(async (req, res, { base }) => {
      const found = schemaDocuments(base).find((s) => s.id === req.params.id);
      if (!found) throw notFound('Schema');
      await send(res, 200, found);
    }),
  );

  for (const [path, h] of [
    ['/Users', users],
    ['/Groups', groups],
  ] as const) {
    router.get(path, handle(h.list));
    router.post(path, handle(h.create));
    router.get(`${path}/:id`, handle(h.get));
    router.put(`${path}/:id`, handle(h.replace));
    router.patch(`${path}/:id`, handle(h.patch));
    router.delete(`${path}/:id`, handle(h.remove));
  }
  // Not implemented (RFC 7644 §3.7 bulk, §3.11 /Me, §3.4.3 POST .search): say so, authenticated.
  for (const path of ['/Bulk', '/Me', '/.search', '/Users/.search', '/Groups/.search']) {
    router.all(
      path,
      handle(async () => {
        throw new ScimError(501, `${path} is not supported by this service provider.`);
      }),
    );
  }
  router.use(
    handle(async () => {
      throw notFound('Endpoint');
    }),
  );
  // Malformed or oversized JSON bodies: SCIM errors too.
  router.use(
    (
      error: { type?: string; status?: number },
      _req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (error?.type === 'entity.too.large') {
        return sendError(
          res,
          new ScimError(413, 'The body exceeds 1 MB.', undefined, 'BAD_USER_INPUT'),
        );
      }
      if (error?.type === 'entity.parse.failed') {
        return sendError(res, badRequest('The body is not valid JSON.', 'invalidSyntax'));
      }
      next(error);
    },
  );
  return router;
}
