import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

/** Machine codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'SEAT_LIMIT_REACHED'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'CURSOR_EXPIRED'
  | 'INTERNAL_SERVER_ERROR';

/** An expected failure of a command or query; mapped to `extensions.code` in one place. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Authentication required: send a valid bearer token.') {
    super(message);
  }
}

/** A dependency (database, identity provider) is down: SERVICE_UNAVAILABLE (HTTP 503), retry. */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'SERVICE_UNAVAILABLE';
}

/**
 * The OpenID provider (discovery or its JWKS) could not be reached, so no token can be checked
 * right now: SERVICE_UNAVAILABLE (HTTP 503), not the client's fault, retry shortly.
 */
export class IdentityProviderUnavailableError extends ServiceUnavailableError {
  constructor(cause: unknown) {
    super("The identity provider's signing keys cannot be fetched; retry shortly.", {
      reason: 'IDENTITY_PROVIDER_UNAVAILABLE',
      retryAfterSeconds: 5,
    });
    this.cause = cause;
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  /** `rule` cites the DOMAIN.md rule that denies, e.g. `R-PU-2`. */
  constructor(message: string, rule?: string) {
    super(message, rule ? { rule } : {});
  }
}

/** Also the answer for what exists but the viewer may not see, so existence never leaks. */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what = 'Object') {
    super(`${what} not found.`);
  }
}

export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, field?: string) {
    super(message, field ? { field } : {});
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}

export class SeatLimitReachedError extends DomainError {
  readonly code = 'SEAT_LIMIT_REACHED';
  constructor(available: number, requested: number) {
    super(
      `Not enough seats: ${requested} requested, ${available} remaining. Raise the assigned seats first (R-PR-4).`,
      { available, requested, rule: 'R-PR-4' },
    );
  }
}

/** Codes a named error (`defineError`) may carry, each with the class that raises it. */
const ERROR_CLASSES = {
  UNAUTHENTICATED: (m: string) => new UnauthenticatedError(m),
  FORBIDDEN: (m: string) => new ForbiddenError(m),
  NOT_FOUND: (m: string) => Object.assign(new NotFoundError(), { message: m }),
  BAD_USER_INPUT: (m: string) => new BadUserInputError(m),
  CONFLICT: (m: string) => new ConflictError(m),
  SERVICE_UNAVAILABLE: (m: string) => new ServiceUnavailableError(m),
} satisfies Partial<Record<ErrorCode, (message: string) => DomainError>>;

export type NamedErrorCode = keyof typeof ERROR_CLASSES;

/** What a named error's builder returns: its message, and details beside code and reason. */
export type ErrorText = string | { message: string; details?: Record<string, unknown> };

/** A function that builds one named failure, with its code and reason readable without calling it. */
export type ErrorFactory<A extends unknown[]> = ((...args: A) => DomainError) & {
  readonly code: NamedErrorCode;
  readonly reason: string;
  readonly description: string;
  /** Whether its builder needs arguments (the generic test builds only those that do not). */
  readonly takesArguments: boolean;
};

/** Every named error, in definition order (the README's error table and its test read it). */
export const NAMED_ERRORS: ErrorFactory<never[]>[] = [];

/**
 * Names one failure: `code` (the machine code clients branch on first), `reason` (a stable
 * SCREAMING_SNAKE name of this failure, unique in the codebase, in `extensions.reason`), a
 * one-line `description` for the README's error table, and the builder of its message and
 * details (`rule` cites DOMAIN.md, `field` names the input field at fault).
 *
 *   export const lastSuperAdmin = defineError('CONFLICT', 'LAST_SUPER_ADMIN',
 *     'The organization would be left without a super admin.',
 *     () => ({ message: 'An organization keeps at least one super admin.', details: { rule: 'R-OA-3' } }));
 *   throw lastSuperAdmin();
 */
export function defineError<A extends unknown[]>(
  code: NamedErrorCode,
  reason: string,
  description: string,
  build: (...args: A) => ErrorText,
): ErrorFactory<A> {
  const factory = (...args: A): DomainError => {
    const text = build(...args);
    const { message, details = {} } = typeof text === 'string' ? { message: text } : text;
    const error = ERROR_CLASSES[code](message);
    Object.assign(error.details, details, { reason });
    return error;
  };
  const named = Object.assign(factory, {
    code,
    reason,
    description,
    takesArguments: build.length > 0,
  });
  NAMED_ERRORS.push(named as unknown as ErrorFactory<never[]>);
  return named;
}

/**
 * The HTTP status of each machine code: the one map every transport reads (the GraphQL context's
 * refusals over HTTP, CSV exports, SCIM). Errors raised while a GraphQL operation executes travel
 * in a 200 response's `errors`; a code missing here is answered 400.
 */
export const HTTP_STATUS = {
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  CURSOR_EXPIRED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  SEAT_LIMIT_REACHED: 403, // the request as sent is refused, not a server fault (R-PR-4)
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} satisfies Record<ErrorCode | 'QUERY_TOO_COMPLEX', number>;

/** The HTTP status a machine code is answered with (`HTTP_STATUS`; 400 for any other code). */
export function httpStatusOf(code: string): number {
  return (HTTP_STATUS as Record<string, number>)[code] ?? 400;
}

/**
 * The one conversion of a domain error into what a client reads: `extensions.code`, then its
 * details (`reason` of a named error, `rule`, `field`, retry hints …), then `extra` (request id).
 */
export function extensionsOf(
  error: DomainError,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { code: error.code, ...error.details, ...extra };
}

/**
 * A domain error as a GraphQLError (refusals raised before execution: the request context over
 * HTTP, `onSubscribe` over WebSocket), with `extensionsOf`; `http: true` adds Apollo's
 * `extensions.http.status` from `HTTP_STATUS` (Apollo strips it from the response).
 */
export function toGraphQLError(
  error: DomainError,
  options: { requestId?: string; http?: boolean } = {},
): GraphQLError {
  const extra: Record<string, unknown> = {};
  if (options.requestId !== undefined) extra.requestId = options.requestId;
  if (options.http) extra.http = { status: httpStatusOf(error.code) };
  return new GraphQLError(error.message, { extensions: extensionsOf(error, extra) });
}

/** The database does not answer (down or restarting, `isUnavailable`): not a bug, retry shortly. */
export const databaseUnavailable = defineError(
  'SERVICE_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'The database is down or restarting; retry after `retryAfterSeconds`.',
  () => ({
    message: 'The database is unavailable; retry shortly.',
    details: { retryAfterSeconds: 1 },
  }),
);

/** Codes GraphQL itself or Apollo produce and that are safe to pass through. */
const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

/** Driver errors that mean the database is down or restarting (not a bug): SERVICE_UNAVAILABLE. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
  'ER_CON_COUNT_ERROR',
]);

/** Whether an error (or one it wraps) says the database is unreachable. */
export function isUnavailable(error: unknown): boolean {
  let current = error as
    | { code?: unknown; driverError?: unknown; originalError?: unknown; message?: unknown }
    | undefined;
  for (let depth = 0; depth < 6 && current; depth++) {
    if (typeof current.code === 'string' && UNAVAILABLE_CODES.has(current.code)) return true;
    if (
      typeof current.message === 'string' &&
      /Pool is closed|connection is in closed state|Can't add new command when connection is in closed state/i.test(
        current.message,
      )
    ) {
      return true;
    }
    current = (current.driverError ?? current.originalError) as typeof current;
  }
  return false;
}

/** Codes the request context raises as GraphQLErrors; their details (retry hint, request id) stay. */
const CONTEXT_CODES = new Set(['UNAUTHENTICATED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE']);

function domainErrorOf(error: unknown): DomainError | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/** The dotted path of the first invalid property (`first`, `input.name`). */
function firstInvalidField(errors: ClassValidatorError[], prefix = ''): string | undefined {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length) return path;
    const nested = firstInvalidField(e.children ?? [], path);
    if (nested) return nested;
  }
  return undefined;
}

/** Argument validation by class-validator surfaces as type-graphql's ArgumentValidationError. */
function validationErrorOf(error: unknown): { message: string; field?: string } | undefined {
  const original = (error as { originalError?: unknown }).originalError;
  if (original instanceof ArgumentValidationError) {
    const details = original.extensions.validationErrors as ClassValidatorError[] | undefined;
    const reasons = (details ?? []).flatMap((d) => Object.values(d.constraints ?? {}));
    return {
      message: reasons.length ? reasons.join('; ') : 'Argument validation failed.',
      field: firstInvalidField(details ?? []),
    };
  }
  return undefined;
}

/** Extensions that name what the client got wrong: kept in production too. */
const SAFE_DETAILS = ['field', 'variable'] as const;

function safeDetails(extensions: Record<string, unknown> | undefined) {
  return Object.fromEntries(
    SAFE_DETAILS.filter((k) => extensions?.[k] !== undefined).map((k) => [k, extensions![k]]),
  );
}

/** A message without GraphQL's "Did you mean …?" (production hides the schema's names). */
export function withoutSuggestion(message: string): string {
  return message.replace(/ Did you mean (.+)\?$/, '');
}

/** The variable a coercion message names: `Variable "$first" got invalid value …`. */
export function variableOf(message: string): Record<string, string> {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  return variable ? { variable } : {};
}

/**
 * The single place where errors become responses: domain errors keep their code and message,
 * GraphQL's own request errors pass through, and everything else is masked with a request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { production: boolean; requestId?: string; log: (e: unknown) => void },
): GraphQLFormattedError {
  const domain = domainErrorOf(error);
  if (domain) {
    return {
      message: domain.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: extensionsOf(domain),
    };
  }
  const validation = validationErrorOf(error);
  if (validation) {
    return {
      ...formatted,
      message: validation.message,
      extensions: {
        code: 'BAD_USER_INPUT',
        ...(validation.field ? { field: validation.field } : {}),
      },
    };
  }
  // Limit breaches found during validation keep their own code (Apollo relabels them).
  if (formatted.extensions?.limit !== undefined) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions;
    return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message)) {
    // graphql's own token limit (Apollo's parseOptions), reported as the WebSocket path does.
    const max = Number(/more tha[nt] (\d+) tokens/.exec(formatted.message)![1]);
    return {
      message: `At most ${max} tokens per document.`,
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max },
    };
  }
  if (typeof code === 'string' && CONTEXT_CODES.has(code)) {
    // Raised while building the request context (token, rate limit, database down).
    const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, extensions };
  }
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return options.production
      ? {
          ...formatted,
          message: withoutSuggestion(formatted.message),
          extensions: { code, ...safeDetails(extensions) },
        }
      : { ...formatted, extensions };
  }
  if (error instanceof GraphQLError && !error.originalError && !formatted.path) {
    // A request-level error GraphQL produced itself (e.g. a variable coercion failure).
    return {
      message: options.production ? withoutSuggestion(formatted.message) : formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', ...variableOf(formatted.message) },
    };
  }
  if (isUnavailable(error)) {
    const unavailable = databaseUnavailable();
    return {
      message: unavailable.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: extensionsOf(unavailable),
    };
  }
  options.log(error);
  return {
    message: options.production
      ? 'Internal server error.'
      : `Internal server error: ${(error as Error)?.message ?? 'unknown'}`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: options.requestId },
  };
}
