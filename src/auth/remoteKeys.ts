import { createRemoteJWKSet, errors, JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { IdentityProviderUnavailableError } from '../errors';

const FETCH_TIMEOUT_MS = 5000;

/** jose errors that say the token names no usable key (the token's fault, not the provider's). */
const TOKEN_KEY_ERRORS = new Set([
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWS_INVALID',
]);

/**
 * OpenID Connect Discovery 1.0 §4: `<issuer>/.well-known/openid-configuration`, whose `issuer`
 * must equal the configured one exactly; returns its `jwks_uri`.
 */
export async function discoverJwksUri(issuer: string): Promise<URL> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const res = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (doc.issuer !== issuer) {
    throw new Error(`${url} names the issuer "${String(doc.issuer)}", not "${issuer}"`);
  }
  if (typeof doc.jwks_uri !== 'string') throw new Error(`${url} has no jwks_uri`);
  return new URL(doc.jwks_uri);
}

/**
 * The key getter of the OpenID provider (`jwt.oidcIssuer`, discovered on first use) or JWKS
 * (`jwt.jwksUrl`): jose's remote JWK set caches the keys for `jwksCacheMaxAgeSeconds`, and a
 * token naming an unknown `kid` fetches them again (key rotation), at most once per
 * `jwksCooldownSeconds`. A failed discovery is retried after the same cooldown. An unreachable
 * provider is IdentityProviderUnavailableError.
 */
export function remoteKeys(jwt: Config['jwt']): JWTVerifyGetKey {
  const options = {
    cacheMaxAge: jwt.jwksCacheMaxAgeSeconds * 1000,
    cooldownDuration: jwt.jwksCooldownSeconds * 1000,
    timeoutDuration: FETCH_TIMEOUT_MS,
  };
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  let failedAt = 0;
  const load = async () =>
    createRemoteJWKSet(
      jwt.jwksUrl ? new URL(jwt.jwksUrl) : await discoverJwksUri(jwt.oidcIssuer!),
      options,
    );
  return async (header, token) => {
    if (!keySet) {
      if (Date.now() - failedAt < options.cooldownDuration) {
        throw new IdentityProviderUnavailableError(new Error('discovery failed moments ago'));
      }
      keySet = load().catch((error: unknown) => {
        keySet = undefined;
        failedAt = Date.now();
        throw error;
      });
    }
    let keys: JWTVerifyGetKey;
    try {
      keys = await keySet;
    } catch (error) {
      throw new IdentityProviderUnavailableError(error);
    }
    try {
      return await keys(header, token);
    } catch (error) {
      if (error instanceof errors.JOSEError && TOKEN_KEY_ERRORS.has(error.code)) throw error;
      throw new IdentityProviderUnavailableError(error);
    }
  };
}
