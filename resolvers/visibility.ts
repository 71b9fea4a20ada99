import { Organization } from '../entities';
import type { Context } from '../src/context';

/** Loads an organization reached through a relation, or null when the viewer may not see it. */
export async function visibleOrganization(ctx: Context, id: number): Promise<Organization | null> {
  return (await ctx.access.can('organization.read', { organizationId: id }))
    ? ctx.loaders.organization.load(id)
    : null;
}
