import { createRemoteJWKSet, jwtVerify, JWTPayload, SignJWT } from 'jose';
import type { Config } from '../config';
import { UnauthenticatedError } from '../errors';

export interface TokenVerifier {
  /** Returns the verified claims; throws UnauthenticatedError for a missing, bad or expired token. */
  verify(token: string): Promise<JWTPayload & { sub: string }>;
}

export function createTokenVerifier(jwt: Config['jwt']): TokenVerifier {
  const key = jwt.jwksUrl
    ? createRemoteJWKSet(new URL(jwt.jwksUrl))
    : new TextEncoder().encode(jwt.secret);
  const algorithms = jwt.jwksUrl ? ['RS256', 'ES256', 'PS256', 'EdDSA'] : ['HS256'];
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key as Uint8Array, {
          algorithms,
          issuer: jwt.issuer,
          audience: jwt.audience,
        });
        if (typeof payload.sub !== 'string' || payload.sub === '') {
          throw new UnauthenticatedError('The token has no subject.');
        }
        return payload as JWTPayload & { sub: string };
      } catch (error) {
        if (error instanceof UnauthenticatedError) throw error;
        throw new UnauthenticatedError('The bearer token is invalid or expired.');
      }
    },
  };
}

/** Signs a development token (HS256) for a user's subject. */
export async function signDevelopmentToken(
  jwt: Config['jwt'],
  subject: string,
  ttlSeconds = 12 * 3600,
): Promise<string> {
  if (!jwt.secret) throw new Error('Development tokens need JWT_SECRET (HS256).');
  let builder = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`);
  if (jwt.issuer) builder = builder.setIssuer(jwt.issuer);
  if (jwt.audience) builder = builder.setAudience(jwt.audience);
  return builder.sign(new TextEncoder().encode(jwt.secret));
}

/** Extracts the token from an `Authorization: Bearer …` header value. */
export function bearerToken(header: unknown): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}
