import { defineError } from '../errors';

/** Named errors of bearer tokens (`tokens.ts`, `buildContext`). */

export const tokenInvalid = defineError(
  'UNAUTHENTICATED',
  'TOKEN_INVALID',
  'The bearer token fails its signature, issuer, audience or expiry check.',
  () => 'The bearer token is invalid or expired.',
);

export const tokenWithoutSubject = defineError(
  'UNAUTHENTICATED',
  'TOKEN_WITHOUT_SUBJECT',
  'The bearer token has no `sub` claim.',
  () => 'The token has no subject.',
);

export const tokenLifetimeTooLong = defineError(
  'UNAUTHENTICATED',
  'TOKEN_LIFETIME_TOO_LONG',
  'The bearer token lives longer than `JWT_MAX_LIFETIME_SECONDS`.',
  (maxSeconds: number) => `The token lives longer than the allowed ${maxSeconds} seconds.`,
);

export const authorizationHeaderMalformed = defineError(
  'UNAUTHENTICATED',
  'AUTHORIZATION_HEADER_MALFORMED',
  'An `Authorization` header that is not `Bearer <token>`.',
  () => 'The Authorization header must be "Bearer <token>".',
);

export const tokenUserUnknown = defineError(
  'UNAUTHENTICATED',
  'TOKEN_USER_UNKNOWN',
  'A valid token whose subject (or verified email) matches no user.',
  () => 'The token does not belong to a known user.',
);
