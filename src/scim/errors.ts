import { DomainError } from '../errors';

export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** RFC 7644 §3.12 `scimType` values this server answers with. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

/**
 * A SCIM error response (RFC 7644 §3.12): the HTTP status, an optional `scimType`, a detail, and
 * our machine `reason` (e.g. `SEAT_LIMIT_REACHED`), an extension attribute clients may ignore.
 */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly scimType?: ScimType,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ScimError';
  }

  body(): Record<string, unknown> {
    return {
      schemas: [ERROR_SCHEMA],
      status: String(this.status),
      ...(this.scimType ? { scimType: this.scimType } : {}),
      detail: this.message,
      ...(this.reason ? { reason: this.reason } : {}),
    };
  }
}

export const badRequest = (detail: string, scimType: ScimType = 'invalidValue') =>
  new ScimError(400, detail, scimType, 'BAD_USER_INPUT');

export const notFound = (what: string) =>
  new ScimError(404, `${what} not found.`, undefined, 'NOT_FOUND');

/** Domain errors of the shared services, as SCIM errors (one place). */
export function scimErrorOf(error: unknown): ScimError | null {
  if (error instanceof ScimError) return error;
  if (!(error instanceof DomainError)) return null;
  switch (error.code) {
    case 'NOT_FOUND':
      return new ScimError(404, error.message, undefined, error.code);
    case 'BAD_USER_INPUT':
      return new ScimError(400, error.message, 'invalidValue', error.code);
    case 'CONFLICT':
      // A taken name or membership is `uniqueness`; a rule (the last super admin, R-PA-8) is not.
      return new ScimError(
        409,
        error.message,
        error.details.rule ? undefined : 'uniqueness',
        error.code,
      );
    case 'SEAT_LIMIT_REACHED':
      // No seat left is a refusal of the request as sent, not a server fault (R-PR-4).
      return new ScimError(403, error.message, undefined, error.code);
    case 'UNAUTHENTICATED':
      return new ScimError(401, error.message, undefined, error.code);
    case 'FORBIDDEN':
      return new ScimError(403, error.message, undefined, error.code);
    case 'RATE_LIMITED':
      return new ScimError(429, error.message, undefined, error.code);
    default:
      return new ScimError(400, error.message, undefined, error.code);
  }
}
