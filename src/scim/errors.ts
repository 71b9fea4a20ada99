import { DomainError, httpStatusOf } from '../errors';

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

/**
 * Domain errors of the shared services, as SCIM errors (one place): the status from
 * `HTTP_STATUS`, and as `reason` the named error's reason, or else its machine code.
 */
export function scimErrorOf(error: unknown): ScimError | null {
  if (error instanceof ScimError) return error;
  if (!(error instanceof DomainError)) return null;
  const reason = typeof error.details.reason === 'string' ? error.details.reason : error.code;
  return new ScimError(httpStatusOf(error.code), error.message, scimTypeOf(error), reason);
}

function scimTypeOf(error: DomainError): ScimType | undefined {
  if (error.code === 'BAD_USER_INPUT') return 'invalidValue';
  // A taken name or membership is `uniqueness`; a rule (the last super admin, R-PA-8) is not.
  if (error.code === 'CONFLICT') return error.details.rule ? undefined : 'uniqueness';
  return undefined;
}
