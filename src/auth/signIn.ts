import type { JWTPayload } from 'jose';
import { OrganizationMember, User } from '../../entities';
import type { Config } from '../config';
import type { AppDeps } from '../context';
import { isUniqueViolation } from '../db/transaction';
import { recordAudit } from '../services/audit';

/** How tokens find their user (README "Sign-in"). */
export interface SignInOptions {
  /** Link a never-signed-in user to the first token whose verified email is theirs. */
  linkByEmail: boolean;
  emailClaim: string;
  emailVerifiedClaim: string;
  /**
   * With an identity provider (OIDC or JWKS), an unlinked user's placeholder subject (its email)
   * is not a sign-in by itself: such a user signs in only through linking.
   */
  requireLinked: boolean;
}

export function signInOptions(jwt: Config['jwt']): SignInOptions {
  return {
    linkByEmail: jwt.linkByEmail,
    emailClaim: jwt.emailClaim,
    emailVerifiedClaim: jwt.emailVerifiedClaim,
    requireLinked: !!(jwt.oidcIssuer || jwt.jwksUrl),
  };
}

/** The token's email, lower-cased, when the provider says it verified it (`true`, exactly). */
export function verifiedEmail(claims: JWTPayload, options: SignInOptions): string | null {
  const email = claims[options.emailClaim];
  if (claims[options.emailVerifiedClaim] !== true || typeof email !== 'string') return null;
  const normalized = email.trim().toLowerCase();
  return normalized.length > 0 && normalized.length <= 191 ? normalized : null;
}

/**
 * The user a verified token signs in as, or null: the user whose `subject` is the token's `sub`
 * (when `requireLinked`, only once linked), else — first sign-in — the never-linked user with
 * the token's verified email, linked to `sub` now. `bySubject` reads the user (the request's
 * context reads its memberships in the same statement).
 */
export async function userForClaims(
  app: AppDeps,
  claims: JWTPayload & { sub: string },
  bySubject: (subject: string) => Promise<User | null> = (subject) =>
    app.db.getRepository(User).findOneBy({ subject }),
): Promise<User | null> {
  const options = app.signIn;
  const known = await bySubject(claims.sub);
  if (known && (known.linkedAt || !options.requireLinked)) return known;
  if (!options.linkByEmail) return null;
  const email = verifiedEmail(claims, options);
  if (!email) return null;
  return linkFirstSignIn(app, claims.sub, email, claims.iss);
}

/**
 * Links the never-signed-in user with `email` to `subject`, once: a conditional update (only
 * while `linkedAt` is null) under the unique key on `subject`, so racing first sign-ins link
 * one subject exactly once; audited in each of the user's organizations. A user already linked
 * (to any subject) is never re-linked. Returns the user the subject now names, or null.
 */
async function linkFirstSignIn(
  app: AppDeps,
  subject: string,
  email: string,
  issuer: string | undefined,
): Promise<User | null> {
  try {
    const linked = await app.transact(async (em) => {
      const user = await em.findOneBy(User, { email });
      if (!user || user.linkedAt) return null;
      const now = app.clock.now();
      const result = await em
        .createQueryBuilder()
        .update(User)
        .set({ subject, linkedAt: now })
        .where('id = :id AND linkedAt IS NULL', { id: user.id })
        .execute();
      if (!result.affected) return null; // a racing sign-in linked it first
      const memberships = await em.find(OrganizationMember, { where: { userId: user.id } });
      await recordAudit(
        em,
        app.clock,
        memberships.map((m) => ({
          organizationId: m.organizationId,
          actorUserId: user.id,
          action: 'user.signin.linked',
          targetType: 'User',
          targetId: user.id,
          metadata: { issuer: issuer ?? null, subject, email },
        })),
      );
      return { ...user, subject, linkedAt: now };
    });
    if (linked) return linked;
  } catch (error) {
    // Another user already has this subject, or a racing request linked it: read who has it.
    if (!isUniqueViolation(error)) throw error;
  }
  const user = await app.db.getRepository(User).findOneBy({ subject });
  return user?.linkedAt ? user : null;
}
