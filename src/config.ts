import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { DEFAULT_LIMITS, OperationLimits } from './limits/rules';
import { LOG_LEVELS } from './log';

export type NodeEnv = 'development' | 'test' | 'production';

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  /** `undefined` → embedded SQLite at `sqlitePath`. */
  databaseUrl?: string;
  sqlitePath: string;
  redisUrl?: string;
  /** Prefix of the Redis channels, so deployments sharing one Redis stay apart. */
  redisChannelPrefix: string;
  /** Base URL of the web app, used in notification links. */
  publicUrl: string;
  /** `smtp://` or `smtps://` server for notifications; unset: notifications are logged. */
  smtpUrl?: string;
  smtpFrom: string;
  /** Run the scheduled jobs in this process (BullMQ through Redis when `REDIS_URL` is set). */
  jobsEnabled: boolean;
  /** Abuse limits, the same on HTTP and WebSocket (README "Limits"). */
  limits: OperationLimits & {
    maxSubscriptionsPerSocket: number;
    maxWebSocketPayloadBytes: number;
    /** Requests per minute per signed-in viewer, and per client IP. */
    ratePerViewer: number;
    ratePerIp: number;
  };
  /** Introspection; off in production unless enabled. */
  introspection: boolean;
  /** Allow-listed (persisted) operations: a JSON file of sha256 → text; `only` refuses others. */
  persistedOperations: { file?: string; only: boolean };
  /** How long start-up waits for the database (backoff) before giving up. */
  databaseStartupTimeoutMs: number;
  jwt: { secret?: string; jwksUrl?: string; issuer?: string; audience?: string };
  /** Seed the demo world when the database is empty. */
  seedDemo: boolean;
  /**
   * Express's `trust proxy`: which proxies' `X-Forwarded-For` names the client (per-IP limits,
   * logs). `false`: the socket's address; `true`: every hop; a number of hops; addresses/subnets.
   */
  trustProxy: boolean | number | string;
  /** Apply pending migrations at start (under a database lock); off: refuse to start on pending. */
  migrationsOnStart: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
  }
}

/** Development-only signing secret; production refuses to start with it. */
export const DEV_JWT_SECRET = 'accessgraph-development-secret-do-not-use-in-production';

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parseUrl(name: string, raw: string | undefined, protocols: string[]): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function parseLimit(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    throw new ConfigError(name, `must be a positive whole number, got "${raw}"`);
  }
  return value;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  try {
    proxyaddr.compile(raw.split(',').map((s) => s.trim()));
  } catch (error) {
    throw new ConfigError(
      'TRUST_PROXY',
      `must be true, false, a number of hops or proxy addresses/subnets: ${(error as Error).message}`,
    );
  }
  return raw;
}

function parseBool(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/** Parses and validates the environment once; throws `ConfigError` naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = (env.NODE_ENV || 'development') as NodeEnv;
  if (env.LOG_LEVEL && !(LOG_LEVELS as readonly string[]).includes(env.LOG_LEVEL)) {
    throw new ConfigError(
      'LOG_LEVEL',
      `must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`,
    );
  }
  if (env.LOG_FORMAT && !['json', 'pretty'].includes(env.LOG_FORMAT)) {
    throw new ConfigError('LOG_FORMAT', `must be json or pretty, got "${env.LOG_FORMAT}"`);
  }
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `must be development, test or production, got "${nodeEnv}"`);
  }
  const jwksUrl = parseUrl('JWT_JWKS_URL', env.JWT_JWKS_URL, ['https:', 'http:']);
  let secret = env.JWT_SECRET || undefined;
  if (nodeEnv === 'production') {
    if (!secret && !jwksUrl) {
      throw new ConfigError('JWT_SECRET', 'or JWT_JWKS_URL must be set in production');
    }
    if (secret && (secret === DEV_JWT_SECRET || secret.length < 32)) {
      throw new ConfigError('JWT_SECRET', 'must be a real secret of at least 32 characters');
    }
  } else if (!secret && !jwksUrl) {
    secret = DEV_JWT_SECRET;
  }
  return {
    nodeEnv,
    port: parsePort(env.PORT),
    databaseUrl: parseUrl('DATABASE_URL', env.DATABASE_URL, ['mysql:', 'mariadb:']),
    sqlitePath: env.SQLITE_PATH || path.join(process.cwd(), 'data', 'accessgraph.sqlite'),
    redisUrl: parseUrl('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']),
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX || 'accessgraph:',
    publicUrl:
      parseUrl('PUBLIC_URL', env.PUBLIC_URL, ['https:', 'http:']) ??
      `http://localhost:${parsePort(env.PORT)}`,
    smtpUrl: parseUrl('SMTP_URL', env.SMTP_URL, ['smtp:', 'smtps:']),
    smtpFrom: env.SMTP_FROM || 'AccessGraph <no-reply@accessgraph.local>',
    jobsEnabled: parseBool('JOBS_ENABLED', env.JOBS_ENABLED, nodeEnv !== 'test'),
    limits: {
      maxDepth: parseLimit('MAX_DEPTH', env.MAX_DEPTH, DEFAULT_LIMITS.maxDepth),
      maxCost: parseLimit('MAX_COST', env.MAX_COST, DEFAULT_LIMITS.maxCost),
      maxAliases: parseLimit('MAX_ALIASES', env.MAX_ALIASES, DEFAULT_LIMITS.maxAliases),
      maxDirectives: parseLimit('MAX_DIRECTIVES', env.MAX_DIRECTIVES, DEFAULT_LIMITS.maxDirectives),
      maxTokens: parseLimit('MAX_TOKENS', env.MAX_TOKENS, DEFAULT_LIMITS.maxTokens),
      maxDocumentBytes: parseLimit(
        'MAX_DOCUMENT_BYTES',
        env.MAX_DOCUMENT_BYTES,
        DEFAULT_LIMITS.maxDocumentBytes,
      ),
      maxSubscriptionsPerSocket: parseLimit(
        'MAX_SUBSCRIPTIONS_PER_SOCKET',
        env.MAX_SUBSCRIPTIONS_PER_SOCKET,
        20,
      ),
      maxWebSocketPayloadBytes: parseLimit(
        'MAX_WS_PAYLOAD_BYTES',
        env.MAX_WS_PAYLOAD_BYTES,
        64 * 1024,
      ),
      ratePerViewer: parseLimit('RATE_LIMIT_PER_VIEWER', env.RATE_LIMIT_PER_VIEWER, 600),
      ratePerIp: parseLimit('RATE_LIMIT_PER_IP', env.RATE_LIMIT_PER_IP, 1200),
    },
    persistedOperations: {
      file: env.PERSISTED_OPERATIONS_FILE || undefined,
      only: parseBool('PERSISTED_OPERATIONS_ONLY', env.PERSISTED_OPERATIONS_ONLY, false),
    },
    databaseStartupTimeoutMs:
      parseLimit('DB_STARTUP_TIMEOUT_SECONDS', env.DB_STARTUP_TIMEOUT_SECONDS, 60) * 1000,
    introspection: parseBool(
      'ENABLE_INTROSPECTION',
      env.ENABLE_INTROSPECTION,
      nodeEnv !== 'production',
    ),
    jwt: {
      secret,
      jwksUrl,
      issuer: env.JWT_ISSUER || undefined,
      audience: env.JWT_AUDIENCE || undefined,
    },
    seedDemo: parseBool('SEED_DEMO', env.SEED_DEMO, nodeEnv !== 'production'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    migrationsOnStart: parseBool('MIGRATIONS_ON_START', env.MIGRATIONS_ON_START, true),
  };
}
