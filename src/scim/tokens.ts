import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { ScimToken } from '../../entities';
import type { Clock } from '../clock';
import type { Transactor } from '../db/transaction';
import { ScimError } from './errors';

/** Secrets look like `agscim_<43 base64url characters>` (256 random bits). */
export const SCIM_TOKEN_PREFIX = 'agscim_';

/** A new secret: shown once to its creator, stored only as its hash. */
export function newScimSecret(): { secret: string; hash: string; prefix: string } {
  const secret = `${SCIM_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashScimSecret(secret), prefix: secret.slice(0, 12) };
}

/**
 * SHA-256 is enough for a 256-bit random secret (no dictionary to guess from, unlike a password),
 * and lets the lookup be one indexed equality on the hash.
 */
export function hashScimSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const unauthorized = (detail: string) => new ScimError(401, detail, undefined, 'UNAUTHENTICATED');

/**
 * The SCIM token of `Authorization: Bearer <secret>`, not revoked; 401 otherwise. The token names
 * the one organization the request may reach. Its `lastUsedAt` is refreshed at most once a minute.
 */
export async function authenticateScim(
  { db, clock, transact }: { db: DataSource; clock: Clock; transact: Transactor },
  authorization: string | undefined,
): Promise<ScimToken> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) throw unauthorized('Send a SCIM token: Authorization: Bearer <token>.');
  const secret = match[1];
  if (!secret.startsWith(SCIM_TOKEN_PREFIX) || secret.length > 100) {
    throw unauthorized('The token is not a valid SCIM token.');
  }
  const token = await db
    .getRepository(ScimToken)
    .findOneBy({ tokenHash: hashScimSecret(secret), revokedAt: IsNull() });
  if (!token) throw unauthorized('The token is not a valid SCIM token.');
  const now = clock.now();
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    // Through the transactor: on SQLite's one connection it must not land in another request's
    // open transaction.
    await transact((em) => em.update(ScimToken, { id: token.id }, { lastUsedAt: now }));
  }
  return token;
}
