import { Engagement, Organization, User } from '../entities';
import type { Context } from '../src/context';
import { scopeOf } from '../src/permissions/scope';
import { andThen } from '../src/loaders/settled';

/** Loads an organization reached through a relation, or null when the viewer may not see it. */
export async function visibleOrganization(ctx: Context, id: number): Promise<Organization | null> {
  return (await ctx.access.can('organization.read', { organizationId: id }))
    ? ctx.loaders.organization.load(id)
    : null;
}

/** An engagement reached through a relation, or null when the viewer may not see it. */
export async function visibleEngagement(ctx: Context, id: number): Promise<Engagement | null> {
  const engagement = await ctx.loaders.engagement.load(id);
  return engagement && (await ctx.access.can('engagement.read', scopeOf('Engagement', engagement)))
    ? engagement
    : null;
}

/** A user reached through a relation, or null when the viewer may not see it (as `node(id)`). */
export async function visibleUser(ctx: Context, id: number): Promise<User | null> {
  return (await ctx.access.can('user.read', { userId: id })) ? ctx.loaders.user.load(id) : null;
}

/**
 * A user as seen through its membership of an organization: while an existing user has not
 * accepted an invitation (`invitedName` set), only its email and the name the inviting admin
 * typed, so its own profile stays private until it consents.
 */
export function memberProfile(
  ctx: Context,
  member: { userId: number; invitedName?: string | null },
): User | Promise<User> {
  return andThen(ctx.loaders.user.loadNow(member.userId), (user) => {
    if (!member.invitedName || member.userId === ctx.viewer?.id) return user!;
    return { ...user!, name: member.invitedName, photoUrl: null };
  });
}

/** The invitation name of a team member's organization membership, if still pending. */
export async function invitedNameOf(
  ctx: Context,
  userId: number,
  organizationId: number,
): Promise<string | null> {
  const memberships = await ctx.loaders.membershipsOfUser.load(userId);
  return memberships.find((m) => m.organizationId === organizationId)?.invitedName ?? null;
}
