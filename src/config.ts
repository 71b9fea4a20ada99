import path from 'node:path';
import { bool, customCleanEnv, makeValidator, str } from 'envalid';
import proxyaddr from 'proxy-addr';
import type { CorsOrigins } from './http/cors';
import { DEFAULT_LIMITS, OperationLimits } from './limits/rules';
import { LOG_LEVELS } from './log';

export type NodeEnv = 'development' | 'test' | 'production';

/**
 * The gateway's configuration, read once from the environment by `loadConfig` (`VARIABLES`
 * declares each variable with its type, default and meaning; the README's configuration table is
 * generated from it). Every field names its variable (`@env`) and its default (`@default`);
 * test/options-docs.test.ts checks both against `VARIABLES`.
 */
export interface Config {
  /**
   * `production` turns off introspection and the explorer, masks unexpected errors and requires
   * real token keys.
   * @env NODE_ENV
   * @default `development`
   */
  nodeEnv: NodeEnv;
  /**
   * HTTP and WebSocket port; 0 asks the system for a free one.
   * @env PORT
   * @default `4000`
   */
  port: number;
  /**
   * A `mysql://` or `mariadb://` URL; `undefined` → embedded SQLite at `sqlitePath`.
   * @env DATABASE_URL
   * @default unset (embedded SQLite)
   */
  databaseUrl?: string;
  /**
   * Read replicas of `databaseUrl` for reads that may be slightly stale (docs/scaling.md); empty
   * without `databaseUrl`.
   * @env DATABASE_REPLICA_URLS
   * @default [] (every read on the primary)
   */
  databaseReplicaUrls: string[];
  /**
   * The embedded database file (`:memory:` for a throwaway one).
   * @env SQLITE_PATH
   * @default `data/accessgraph.sqlite` under the working directory
   */
  sqlitePath: string;
  /**
   * Redis for events, rate-limit counters and jobs shared by every instance.
   * @env REDIS_URL
   * @default unset (one instance: in memory)
   */
  redisUrl?: string;
  /**
   * Prefix of the Redis channels and keys, so deployments sharing one Redis stay apart.
   * @env REDIS_CHANNEL_PREFIX
   * @default `accessgraph:`
   */
  redisChannelPrefix: string;
  /**
   * Replay window of live events (issue 19); older cursors are `CURSOR_EXPIRED`.
   * @env EVENT_RETENTION_HOURS
   * @default `24`
   */
  eventRetentionHours: number;
  /**
   * Base URL of the web app, used in notification links.
   * @env PUBLIC_URL
   * @default `http://localhost:<PORT>`
   */
  publicUrl: string;
  /**
   * `smtp://` or `smtps://` server for notifications.
   * @env SMTP_URL
   * @default unset (notifications are logged)
   */
  smtpUrl?: string;
  /**
   * The sender address of notifications.
   * @env SMTP_FROM
   * @default `AccessGraph <no-reply@accessgraph.local>`
   */
  smtpFrom: string;
  /**
   * Run the scheduled jobs in this process (BullMQ through Redis when `REDIS_URL` is set).
   * @env JOBS_ENABLED
   * @default `true` (`false` under `NODE_ENV=test`)
   */
  jobsEnabled: boolean;
  /**
   * Longest duration of a partner/provider relationship set at approval or renewal (issue 21).
   * @env MAX_RELATIONSHIP_DAYS
   * @default `730`
   */
  maxRelationshipDays: number;
  /** How long organization and group memberships may run (issue 21). */
  membershipDays: {
    /**
     * Longest end date of an organization or group membership, in days from now.
     * @env MAX_MEMBERSHIP_DAYS
     * @default `365`
     */
    max: number;
    /**
     * End date of a guest added without one, in days from now.
     * @env GUEST_MEMBERSHIP_DAYS
     * @default `30`
     */
    guest: number;
  };
  /** Abuse limits, the same on HTTP and WebSocket (README "Limits"). */
  limits: OperationLimits & {
    /**
     * Subscriptions open at once on one WebSocket; one more is refused with QUERY_TOO_COMPLEX.
     * @env MAX_SUBSCRIPTIONS_PER_SOCKET
     * @default `20`
     */
    maxSubscriptionsPerSocket: number;
    /**
     * Largest WebSocket message in bytes; a larger one closes the socket with 1009.
     * @env MAX_WS_PAYLOAD_BYTES
     * @default `65536`
     */
    maxWebSocketPayloadBytes: number;
    /**
     * Requests per minute per signed-in viewer (HTTP, exports and WebSocket together).
     * @env RATE_LIMIT_PER_VIEWER
     * @default `600`
     */
    ratePerViewer: number;
    /**
     * Requests per minute per client IP (HTTP, exports, SCIM and WebSocket together).
     * @env RATE_LIMIT_PER_IP
     * @default `1200`
     */
    ratePerIp: number;
    /**
     * Open WebSockets per client IP (per instance); more are refused at the upgrade (429).
     * @env WS_MAX_SOCKETS_PER_IP
     * @default `50`
     */
    maxWebSocketsPerIp: number;
  };
  /**
   * Bearer token `/metrics` requires.
   * @env METRICS_TOKEN
   * @default unset (`/metrics` is open)
   */
  metricsToken?: string;
  /**
   * GraphQL introspection.
   * @env ENABLE_INTROSPECTION
   * @default on outside production, off in production
   */
  introspection: boolean;
  /** Allow-listed (persisted) operations. */
  persistedOperations: {
    /**
     * A JSON file mapping sha256 → operation text.
     * @env PERSISTED_OPERATIONS_FILE
     * @default unset (no allow-list)
     */
    file?: string;
    /**
     * Refuse every document outside the allow-list (FORBIDDEN, HTTP 403).
     * @env PERSISTED_OPERATIONS_ONLY
     * @default `false`
     */
    only: boolean;
  };
  /**
   * How long start-up waits for the database (backoff) before giving up, in milliseconds.
   * @env DB_STARTUP_TIMEOUT_SECONDS (× 1000)
   * @default 60 000 (60 seconds)
   */
  databaseStartupTimeoutMs: number;
  /** How bearer tokens are verified (README "Sign-in"). */
  jwt: {
    /**
     * HS256 secret (at least 32 characters in production).
     * @env JWT_SECRET
     * @default a development secret outside production; none in production
     */
    secret?: string;
    /**
     * An identity provider's JWKS; takes precedence over `oidcIssuer`'s discovery and the secret.
     * @env JWT_JWKS_URL
     * @default unset
     */
    jwksUrl?: string;
    /**
     * Required `iss` claim.
     * @env JWT_ISSUER, OIDC_ISSUER
     * @default `OIDC_ISSUER` when set, else unset (any issuer)
     */
    issuer?: string;
    /**
     * Required `aud` claim (required in production with a JWKS or an OpenID provider).
     * @env JWT_AUDIENCE
     * @default unset (any audience)
     */
    audience?: string;
    /**
     * Longest accepted token lifetime (`exp − iat`), in seconds.
     * @env JWT_MAX_LIFETIME_SECONDS
     * @default `86400`
     */
    maxLifetimeSeconds: number;
    /**
     * Clock difference tolerated on `exp`, `nbf` and `iat`, in seconds.
     * @env JWT_CLOCK_SKEW_SECONDS
     * @default `60`
     */
    clockSkewSeconds: number;
    /**
     * OpenID provider whose discovery document names the JWKS (`jwks_uri`); also the default issuer.
     * @env OIDC_ISSUER
     * @default unset
     */
    oidcIssuer?: string;
    /**
     * Accepted signing algorithms of a JWKS or OpenID provider (HS256 only with the secret).
     * @env JWT_ALGORITHMS
     * @default `RS256,ES256`
     */
    algorithms: string[];
    /**
     * How long a fetched remote key set is used before it is fetched again, in seconds.
     * @env JWKS_CACHE_MAX_AGE_SECONDS
     * @default `600`
     */
    jwksCacheMaxAgeSeconds: number;
    /**
     * Least time between two key fetches for an unknown `kid`, in seconds.
     * @env JWKS_COOLDOWN_SECONDS
     * @default `30`
     */
    jwksCooldownSeconds: number;
    /**
     * First sign-in links a never-signed-in user by verified email (README "Sign-in").
     * @env OIDC_LINK_BY_EMAIL
     * @default `true`
     */
    linkByEmail: boolean;
    /**
     * Claim holding the email, for linking.
     * @env OIDC_EMAIL_CLAIM
     * @default `email`
     */
    emailClaim: string;
    /**
     * Claim that must be `true` for the email to link.
     * @env OIDC_EMAIL_VERIFIED_CLAIM
     * @default `email_verified`
     */
    emailVerifiedClaim: string;
  };
  /**
   * Seed the demo world when the database is empty.
   * @env SEED_DEMO
   * @default on outside production, off in production
   */
  seedDemo: boolean;
  /**
   * Browser origins allowed by CORS and on the WebSocket upgrade (README "Using it from a browser").
   * @env CORS_ORIGINS
   * @default `'localhost'` (any localhost origin) outside production, `[]` in production
   */
  corsOrigins: CorsOrigins;
  /**
   * Base URL of this gateway as clients reach it, for the links it returns.
   * @env API_URL
   * @default unset (the request's host)
   */
  apiUrl?: string;
  /**
   * Key material of export links.
   * @env EXPORT_LINK_SECRET
   * @default the JWT secret; random per process when only remote keys are configured
   */
  exportLinkSecret?: string;
  /**
   * Express's `trust proxy`: which proxies' `X-Forwarded-For` names the client (per-IP limits,
   * logs). `false`: the socket's address; `true`: every hop; a number of hops; addresses/subnets.
   * @env TRUST_PROXY
   * @default `false`
   */
  trustProxy: boolean | number | string;
  /**
   * Apply pending migrations at start (under a database lock); off: refuse to start on pending.
   * @env MIGRATIONS_ON_START
   * @default `true`
   */
  migrationsOnStart: boolean;
  /**
   * How HTTP queries and mutations execute: compiled per document, or by graphql-js.
   * @env GRAPHQL_EXECUTOR
   * @default `jit`
   */
  executor: Executor;
}

export type Executor = 'jit' | 'graphql-js';

/** Every bad variable at once: `variables` names them, the message says what is wrong with each. */
export class ConfigError extends Error {
  readonly variables: string[];
  constructor(readonly problems: Record<string, string>) {
    const list = Object.entries(problems).map(([name, problem]) => `${name} ${problem}`);
    super(`Invalid configuration: ${list.join('; ')}`);
    this.variables = Object.keys(problems);
  }
  /** The first bad variable. */
  get variable(): string {
    return this.variables[0];
  }
}

/** Development-only signing secret; production refuses to start with it. */
export const DEV_JWT_SECRET = 'accessgraph-development-secret-do-not-use-in-production';

const urlOf = (protocols: string[]) =>
  makeValidator<string>((raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new Error('is not a valid URL');
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new Error(`must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    }
    return raw;
  });

/** `DATABASE_REPLICA_URLS`: comma-separated `mysql://` / `mariadb://` URLs. */
const replicaUrls = makeValidator<string[]>((raw) =>
  raw
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean)
    .map((u) => {
      let parsed: URL;
      try {
        parsed = new URL(u);
      } catch {
        throw new Error(`entries must be mysql:// or mariadb:// URLs, got "${u}"`);
      }
      if (!['mysql:', 'mariadb:'].includes(parsed.protocol)) {
        throw new Error(`entries must be mysql:// or mariadb:// URLs, got "${u}"`);
      }
      return u;
    }),
);

const positive = makeValidator<number>((raw) => {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1) {
    throw new Error(`must be a positive whole number, got "${raw}"`);
  }
  return value;
});

/** A TCP port; 0 asks the system for a free one (the benchmarks and tests start that way). */
const listenPort = makeValidator<number>((raw) => {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > 65535) {
    throw new Error(`must be a port number from 0 to 65535, got "${raw}"`);
  }
  return value;
});

const wholeNumber = makeValidator<number>((raw) => {
  if (!/^\d+$/.test(raw)) throw new Error(`must be a whole number, got "${raw}"`);
  return Number(raw);
});

/** `CORS_ORIGINS`: comma-separated origins (scheme://host[:port]), normalized. */
const corsOrigins = makeValidator<string[]>((raw) =>
  raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => {
      let parsed: URL;
      try {
        parsed = new URL(origin);
      } catch {
        throw new Error(`entries must be origins (scheme://host[:port]), got "${origin}"`);
      }
      const ok = ['http:', 'https:'].includes(parsed.protocol);
      if (!ok || parsed.origin !== origin.replace(/\/$/, '')) {
        throw new Error(`entries must be origins (scheme://host[:port]), got "${origin}"`);
      }
      return parsed.origin;
    }),
);

const trustProxy = makeValidator<boolean | number | string>((raw) => {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^\d+$/.test(raw)) return Number(raw);
  try {
    proxyaddr.compile(raw.split(',').map((s) => s.trim()));
  } catch (error) {
    throw new Error(
      `must be true, false, a number of hops or proxy addresses/subnets: ${(error as Error).message}`,
    );
  }
  return raw;
});

const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^ES256K$/;

/** `JWT_ALGORITHMS`: comma-separated asymmetric JWS algorithms. */
const algorithmList = makeValidator<string[]>((raw) => {
  const list = raw
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const bad = list.find((a) => !ASYMMETRIC.test(a));
  if (bad || !list.length) {
    throw new Error(
      `must list asymmetric JWS algorithms (RS256, ES256, PS256, EdDSA…), got "${bad ?? raw}"`,
    );
  }
  return list;
});

/** How the README shows a default that depends on other variables. */
function shown<T extends object>(text: string, spec: T): T & { shownDefault: string } {
  return Object.assign(spec, { shownDefault: text });
}

const limit = (name: keyof typeof DEFAULT_LIMITS, desc: string) =>
  positive({ default: DEFAULT_LIMITS[name], desc });

/**
 * Every environment variable, declared once (envalid): its type, its default and its meaning.
 * `loadConfig` validates all of them and reports every bad one; the README's configuration table
 * is checked against this declaration (test/config.test.ts). Add a variable here, then to
 * `Config` (with `@env` and `@default`) and `loadConfig`, then its README row.
 */
export const VARIABLES = {
  NODE_ENV: str({
    choices: ['development', 'test', 'production'],
    default: 'development',
    desc: '`production` turns off introspection and the explorer, masks unexpected errors, refuses to start without `JWT_SECRET`, `OIDC_ISSUER` or `JWT_JWKS_URL` and does not seed',
  }),
  PORT: listenPort({ default: 4000, desc: 'HTTP and WebSocket port (0: any free port)' }),
  HOST: str({ default: '0.0.0.0', desc: 'listen address' }),
  DATABASE_URL: shown(
    'unset: embedded SQLite',
    urlOf(['mysql:', 'mariadb:'])({
      default: undefined,
      desc: '`mysql://user:pass@host:3306/db` (MySQL or MariaDB); the database must exist',
    }),
  ),
  DATABASE_REPLICA_URLS: shown(
    'unset: every read on the primary',
    replicaUrls({
      default: undefined,
      desc: 'comma-separated `mysql://` URLs of read replicas: list pages and exports of read-only operations read there, the rest on the primary (docs/scaling.md)',
    }),
  ),
  SQLITE_PATH: shown(
    '`data/accessgraph.sqlite`',
    str({
      default: undefined,
      desc: 'the embedded database file (`:memory:` for a throwaway one); its directory must be writable',
    }),
  ),
  MIGRATIONS_ON_START: bool({
    default: true,
    desc: 'apply pending migrations at start (under a database lock on MySQL); `false`: refuse to start while any is pending (run `npm run migrate -- run` as a release step)',
  }),
  DB_STARTUP_TIMEOUT_SECONDS: positive({
    default: 60,
    desc: 'how long start-up waits for an unreachable database (backoff)',
  }),
  REDIS_URL: urlOf(['redis:', 'rediss:'])({
    default: undefined,
    desc: '`redis://…`: subscription events, rate limits and jobs are shared by every instance',
  }),
  REDIS_CHANNEL_PREFIX: str({
    default: 'accessgraph:',
    desc: 'prefix of the Redis channels and keys, so deployments sharing one Redis stay apart',
  }),
  EVENT_RETENTION_HOURS: positive({
    default: 24,
    desc: 'how long live events stay replayable with a cursor (`after`); older cursors are `CURSOR_EXPIRED`',
  }),
  PUBLIC_URL: shown(
    '`http://localhost:<PORT>`',
    urlOf(['https:', 'http:'])({
      default: undefined,
      desc: 'base URL of the web app, used in notification links',
    }),
  ),
  SMTP_URL: urlOf(['smtp:', 'smtps:'])({
    default: undefined,
    desc: '`smtp://user:pass@host:587` or `smtps://…` for notification emails; unset: notifications are logged',
  }),
  SMTP_FROM: str({
    default: 'AccessGraph <no-reply@accessgraph.local>',
    desc: 'the sender address',
  }),
  MAX_RELATIONSHIP_DAYS: positive({
    default: 730,
    desc: 'longest `relationshipExpiresAt` a super admin may set when approving an access link or renewing a relationship',
  }),
  MAX_MEMBERSHIP_DAYS: positive({
    default: 365,
    desc: 'longest `expiresAt` an admin may set on an organization or engagement/program group membership',
  }),
  GUEST_MEMBERSHIP_DAYS: positive({
    default: 30,
    desc: 'end date given to a guest added without one (organization members with role GUEST)',
  }),
  JOBS_ENABLED: shown(
    '`true` (`false` under `NODE_ENV=test`)',
    bool({ default: true, testDefault: false, desc: 'run the scheduled jobs in this process' }),
  ),
  JWT_SECRET: shown(
    'a development secret outside production',
    str({ default: undefined, desc: 'HS256 secret (at least 32 characters in production)' }),
  ),
  JWT_JWKS_URL: urlOf(['https:', 'http:'])({
    default: undefined,
    desc: "an identity provider's JWKS (algorithms: `JWT_ALGORITHMS`); takes precedence over `OIDC_ISSUER`'s discovery and the secret",
  }),
  JWT_ISSUER: shown(
    '`OIDC_ISSUER`',
    str({ default: undefined, desc: 'required `iss` claim when set' }),
  ),
  JWT_AUDIENCE: str({
    default: undefined,
    desc: 'required `aud` claim when set (required in production with `OIDC_ISSUER` or `JWT_JWKS_URL`)',
  }),
  OIDC_ISSUER: urlOf(['https:', 'http:'])({
    default: undefined,
    desc: 'OpenID provider: its keys come from `jwks_uri` in `<issuer>/.well-known/openid-configuration` (see Sign-in); takes precedence over the secret',
  }),
  JWT_ALGORITHMS: algorithmList({
    default: ['RS256', 'ES256'],
    desc: 'comma-separated signing algorithms accepted from the JWKS or OpenID provider (asymmetric only)',
  }),
  JWKS_CACHE_MAX_AGE_SECONDS: positive({
    default: 600,
    desc: 'how long fetched signing keys are used before they are fetched again',
  }),
  JWKS_COOLDOWN_SECONDS: wholeNumber({
    default: 30,
    desc: 'least time between two key fetches when a token names an unknown key id (`kid`)',
  }),
  OIDC_LINK_BY_EMAIL: bool({
    default: true,
    desc: 'link a user who never signed in to the first token whose verified email is theirs (see Sign-in)',
  }),
  OIDC_EMAIL_CLAIM: str({ default: 'email', desc: 'claim holding the email, for linking' }),
  OIDC_EMAIL_VERIFIED_CLAIM: str({
    default: 'email_verified',
    desc: 'claim that must be `true` for the email to link',
  }),
  JWT_MAX_LIFETIME_SECONDS: positive({
    default: 86400,
    desc: 'longest accepted token lifetime (`exp − iat`, or `exp − now` without `iat`); tokens without `exp` are refused',
  }),
  JWT_CLOCK_SKEW_SECONDS: wholeNumber({
    default: 60,
    desc: 'clock difference tolerated on `exp`, `nbf` and `iat`',
  }),
  CORS_ORIGINS: shown(
    'any localhost origin; none in production',
    corsOrigins({
      default: undefined,
      desc: 'comma-separated browser origins allowed by CORS and on the WebSocket upgrade (see "Using it from a browser")',
    }),
  ),
  API_URL: shown(
    "the request's host",
    urlOf(['https:', 'http:'])({
      default: undefined,
      desc: "the gateway's public base URL, used in the links `createExportLink` returns",
    }),
  ),
  EXPORT_LINK_SECRET: shown(
    'derived from `JWT_SECRET`',
    str({
      default: undefined,
      desc: 'export-link key; random per process when only `JWT_JWKS_URL` is set: then set it on every instance',
    }),
  ),
  METRICS_TOKEN: shown(
    'unset (`/metrics` is open)',
    str({ default: undefined, desc: 'bearer token `/metrics` requires when set' }),
  ),
  SEED_DEMO: shown(
    '`true` outside production',
    bool({ default: false, devDefault: true, desc: 'seed the demo world into an empty database' }),
  ),
  ENABLE_INTROSPECTION: shown(
    '`true` outside production',
    bool({ default: false, devDefault: true, desc: 'GraphQL introspection' }),
  ),
  TRUST_PROXY: shown(
    '`false`',
    trustProxy({
      default: false,
      desc: "Express's `trust proxy`: `true`, a number of hops, or proxy addresses/subnets; the client address then comes from `X-Forwarded-For` (see Deploying: only behind a proxy)",
    }),
  ),
  LOG_LEVEL: str({
    choices: LOG_LEVELS,
    default: 'info',
    desc: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`',
  }),
  LOG_FORMAT: str({
    choices: ['json', 'pretty'],
    default: 'json',
    desc: '`json` lines, or `pretty` (pino-pretty, a devDependency) for development',
  }),
  PERSISTED_OPERATIONS_FILE: str({
    default: undefined,
    desc: 'a JSON map of sha256 → operation text (allow-listed operations)',
  }),
  PERSISTED_OPERATIONS_ONLY: bool({
    default: false,
    desc: 'refuse every document not in the allow-list',
  }),
  MAX_DEPTH: limit('maxDepth', 'depth of nested fields'),
  MAX_COST: limit('maxCost', 'cost of an operation (see Limits)'),
  MAX_ALIASES: limit('maxAliases', 'aliases per operation'),
  MAX_DIRECTIVES: limit('maxDirectives', 'directives per operation'),
  MAX_TOKENS: limit('maxTokens', 'tokens per document'),
  MAX_DOCUMENT_BYTES: limit('maxDocumentBytes', 'document size in bytes'),
  MAX_SUBSCRIPTIONS_PER_SOCKET: positive({ default: 20, desc: 'subscriptions per WebSocket' }),
  MAX_WS_PAYLOAD_BYTES: positive({
    default: 64 * 1024,
    desc: 'WebSocket message size in bytes (larger: the socket closes with 1009)',
  }),
  RATE_LIMIT_PER_VIEWER: positive({ default: 600, desc: 'requests per minute per viewer' }),
  RATE_LIMIT_PER_IP: positive({ default: 1200, desc: 'requests per minute per client IP' }),
  WS_MAX_SOCKETS_PER_IP: positive({
    default: 50,
    desc: 'open WebSockets per client IP, per instance (more: HTTP 429 at the upgrade)',
  }),
  GRAPHQL_EXECUTOR: str({
    choices: ['jit', 'graphql-js'],
    default: 'jit',
    desc: 'how HTTP queries and mutations execute: `jit` compiles each document once (graphql-jit) and falls back to graphql-js for a document it cannot compile; `graphql-js` always interprets. Subscriptions always use graphql-js',
  }),
};

/** Parses and validates the environment once; throws one `ConfigError` naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: Record<string, string> = {};
  // An empty variable means unset, as before; NODE_ENV defaults to development.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  // No strict proxy: a bad variable reads as undefined below, while all of them are reported.
  const e = customCleanEnv({ NODE_ENV: 'development', ...given }, VARIABLES, (clean) => clean, {
    reporter: ({ errors }) => {
      for (const [name, error] of Object.entries(errors)) {
        problems[name] = (error as Error).message;
      }
    },
  });
  const nodeEnv = e.NODE_ENV as NodeEnv;
  let secret = e.JWT_SECRET;
  const remoteKeys = !!(e.JWT_JWKS_URL || e.OIDC_ISSUER);
  if (nodeEnv === 'production') {
    if (!secret && !remoteKeys) {
      problems.JWT_SECRET = 'or OIDC_ISSUER or JWT_JWKS_URL must be set in production';
    } else if (secret && (secret === DEV_JWT_SECRET || secret.length < 32)) {
      problems.JWT_SECRET = 'must be a real secret of at least 32 characters';
    }
    if (remoteKeys && !e.JWT_AUDIENCE) {
      problems.JWT_AUDIENCE = 'must be set in production with OIDC_ISSUER or JWT_JWKS_URL';
    }
  } else if (!secret && !remoteKeys) {
    secret = DEV_JWT_SECRET;
  }
  if (Object.keys(problems).length) throw new ConfigError(problems);
  return {
    nodeEnv,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrls: e.DATABASE_URL ? (e.DATABASE_REPLICA_URLS ?? []) : [],
    sqlitePath: e.SQLITE_PATH ?? path.join(process.cwd(), 'data', 'accessgraph.sqlite'),
    redisUrl: e.REDIS_URL,
    redisChannelPrefix: e.REDIS_CHANNEL_PREFIX,
    eventRetentionHours: e.EVENT_RETENTION_HOURS,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    smtpUrl: e.SMTP_URL,
    smtpFrom: e.SMTP_FROM,
    jobsEnabled: e.JOBS_ENABLED,
    maxRelationshipDays: e.MAX_RELATIONSHIP_DAYS,
    membershipDays: { max: e.MAX_MEMBERSHIP_DAYS, guest: e.GUEST_MEMBERSHIP_DAYS },
    limits: {
      maxDepth: e.MAX_DEPTH,
      maxCost: e.MAX_COST,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
      maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
      maxSubscriptionsPerSocket: e.MAX_SUBSCRIPTIONS_PER_SOCKET,
      maxWebSocketPayloadBytes: e.MAX_WS_PAYLOAD_BYTES,
      ratePerViewer: e.RATE_LIMIT_PER_VIEWER,
      ratePerIp: e.RATE_LIMIT_PER_IP,
      maxWebSocketsPerIp: e.WS_MAX_SOCKETS_PER_IP,
    },
    metricsToken: e.METRICS_TOKEN,
    persistedOperations: {
      file: e.PERSISTED_OPERATIONS_FILE,
      only: e.PERSISTED_OPERATIONS_ONLY,
    },
    databaseStartupTimeoutMs: e.DB_STARTUP_TIMEOUT_SECONDS * 1000,
    introspection: e.ENABLE_INTROSPECTION,
    jwt: {
      secret,
      jwksUrl: e.JWT_JWKS_URL,
      issuer: e.JWT_ISSUER ?? e.OIDC_ISSUER,
      audience: e.JWT_AUDIENCE,
      maxLifetimeSeconds: e.JWT_MAX_LIFETIME_SECONDS,
      clockSkewSeconds: e.JWT_CLOCK_SKEW_SECONDS,
      oidcIssuer: e.OIDC_ISSUER,
      algorithms: e.JWT_ALGORITHMS,
      jwksCacheMaxAgeSeconds: e.JWKS_CACHE_MAX_AGE_SECONDS,
      jwksCooldownSeconds: e.JWKS_COOLDOWN_SECONDS,
      linkByEmail: e.OIDC_LINK_BY_EMAIL,
      emailClaim: e.OIDC_EMAIL_CLAIM,
      emailVerifiedClaim: e.OIDC_EMAIL_VERIFIED_CLAIM,
    },
    seedDemo: e.SEED_DEMO,
    corsOrigins: e.CORS_ORIGINS ?? (nodeEnv === 'production' ? [] : 'localhost'),
    apiUrl: e.API_URL?.replace(/\/$/, ''),
    exportLinkSecret: e.EXPORT_LINK_SECRET ?? secret,
    trustProxy: e.TRUST_PROXY,
    migrationsOnStart: e.MIGRATIONS_ON_START,
    executor: e.GRAPHQL_EXECUTOR as Executor,
  };
}
