import { createHmac, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { TokenVerifier } from '../auth/tokens';
import type { Clock } from '../clock';

import { exportLinkInvalid } from './errors';

/** How long an export link works. */
export const EXPORT_LINK_TTL_SECONDS = 300;

export type ExportKind = 'ORGANIZATION_DIRECTORY' | 'ENGAGEMENT_PARTICIPANTS';

/** The CSV route of each export kind, for the target's global id. */
export function exportPath(kind: ExportKind, targetId: string): string {
  const id = encodeURIComponent(targetId);
  return kind === 'ORGANIZATION_DIRECTORY'
    ? `/exports/organizations/${id}/directory.csv`
    : `/exports/engagements/${id}/participants.csv`;
}

const TYP = 'accessgraph-export+jwt';

export interface ExportLinks {
  /**
   * A signed link for one viewer (`subject`), one export and its filters (`params`): the path
   * with the filters and `token`, and when it stops working.
   */
  create(
    subject: string,
    kind: ExportKind,
    targetId: string,
    params: URLSearchParams,
  ): Promise<{ path: string; expiresAt: Date }>;
  /**
   * A verifier that accepts a link token only for this export and exactly these filters (the
   * request's query without `token`), before its expiry by the injected clock.
   */
  verifierFor(kind: ExportKind, targetId: string, params: URLSearchParams): TokenVerifier;
}

/**
 * Export links (issue 16): a browser can follow a plain `<a href>` to a CSV, which sends no
 * `Authorization` header, so the URL carries a short-lived token of a single purpose. Its key is
 * derived from `secret` (never the bearer-token key itself), so a link token is not a bearer
 * token and a bearer token is not a link token. The viewer's access is checked again when the
 * link is followed, as for any export.
 */
export function createExportLinks(secret: string | undefined, clock: Clock): ExportLinks {
  const key = secret
    ? createHmac('sha256', secret).update('accessgraph export links').digest()
    : randomBytes(32);
  const seconds = () => Math.floor(clock.now().getTime() / 1000);
  return {
    async create(subject, kind, targetId, params) {
      const now = seconds();
      const query = params.toString();
      const token = await new SignJWT({ kind, target: targetId, query })
        .setProtectedHeader({ alg: 'HS256', typ: TYP })
        .setSubject(subject)
        .setIssuedAt(now)
        .setExpirationTime(now + EXPORT_LINK_TTL_SECONDS)
        .sign(key);
      const withToken = new URLSearchParams(params);
      withToken.set('token', token);
      return {
        path: `${exportPath(kind, targetId)}?${withToken}`,
        expiresAt: new Date((now + EXPORT_LINK_TTL_SECONDS) * 1000),
      };
    },
    verifierFor(kind, targetId, params) {
      return {
        async verify(token) {
          try {
            const { payload } = await jwtVerify(token, key, {
              algorithms: ['HS256'],
              typ: TYP,
              currentDate: clock.now(),
            });
            const sameExport = payload.kind === kind && payload.target === targetId;
            if (!sameExport || payload.query !== params.toString()) throw new Error('scope');
            if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') {
              throw new Error('claims');
            }
            return payload as typeof payload & { sub: string; exp: number };
          } catch {
            throw exportLinkInvalid();
          }
        },
      };
    },
  };
}
