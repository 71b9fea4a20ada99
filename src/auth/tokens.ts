import { jwtVerify, JWTPayload, SignJWT } from 'jose';
import type { Config } from '../config';
import { IdentityProviderUnavailableError } from '../errors';
import { remoteKeys } from './remoteKeys';
import {
  authorizationHeaderMalformed,
  tokenInvalid,
  tokenLifetimeTooLong,
  tokenWithoutSubject,
} from './errors';

export interface TokenVerifier {
  /**
   * Returns the verified claims; throws UnauthenticatedError for a missing, bad or expired token,
   * IdentityProviderUnavailableError when the provider's keys cannot be fetched.
   */
  verify(token: string): Promise<JWTPayload & { sub: string; exp: number }>;
}

/**
 * Verifies signature, issuer and audience, requires `exp`, and refuses a lifetime (`exp − iat`,
 * or `exp − now` without `iat`) over `jwt.maxLifetimeSeconds`; clocks may differ by
 * `jwt.clockSkewSeconds`. Keys: the OpenID provider's or JWKS's (`remoteKeys`), else the
 * HS256 secret.
 */
export function createTokenVerifier(jwt: Config['jwt']): TokenVerifier {
  const remote = !!(jwt.jwksUrl || jwt.oidcIssuer);
  const key = remote ? remoteKeys(jwt) : new TextEncoder().encode(jwt.secret);
  const algorithms = remote ? jwt.algorithms : ['HS256'];
  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, key as Uint8Array, {
          algorithms,
          issuer: jwt.issuer,
          audience: jwt.audience,
          requiredClaims: ['exp'],
          clockTolerance: jwt.clockSkewSeconds,
        }));
      } catch (error) {
        if (error instanceof IdentityProviderUnavailableError) throw error;
        throw tokenInvalid();
      }
      if (typeof payload.sub !== 'string' || payload.sub === '') {
        throw tokenWithoutSubject();
      }
      const exp = payload.exp!;
      const issued = payload.iat ?? Math.floor(Date.now() / 1000);
      if (exp - issued > jwt.maxLifetimeSeconds + jwt.clockSkewSeconds) {
        throw tokenLifetimeTooLong(jwt.maxLifetimeSeconds);
      }
      return payload as JWTPayload & { sub: string; exp: number };
    },
  };
}

/** Signs a development token (HS256) for a user's subject. */
export async function signDevelopmentToken(
  jwt: Config['jwt'],
  subject: string,
  ttlSeconds = 12 * 3600,
): Promise<string> {
  if (jwt.oidcIssuer || jwt.jwksUrl) {
    throw new Error('Development tokens are off while OIDC_ISSUER or JWT_JWKS_URL is set.');
  }
  if (!jwt.secret) throw new Error('Development tokens need JWT_SECRET (HS256).');
  let builder = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(`${Math.min(ttlSeconds, jwt.maxLifetimeSeconds)}s`);
  if (jwt.issuer) builder = builder.setIssuer(jwt.issuer);
  if (jwt.audience) builder = builder.setAudience(jwt.audience);
  return builder.sign(new TextEncoder().encode(jwt.secret));
}

/**
 * Extracts the token from an `Authorization: Bearer …` header value: `undefined` when there is no
 * header; UnauthenticatedError when one is present but is not `Bearer <token>` (a client that
 * meant to sign in must not silently become anonymous).
 */
export function bearerToken(header: unknown): string | undefined {
  if (header === undefined || header === null) return undefined;
  const match = typeof header === 'string' ? /^Bearer +(\S+)$/i.exec(header.trim()) : null;
  if (!match) {
    throw authorizationHeaderMalformed();
  }
  return match[1];
}
