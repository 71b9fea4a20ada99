import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../src/context';

import { EXPORT_LINK_TTL_SECONDS } from '../src/http/exportLinks';
import { idOf } from './ids';
import { CreateExportLinkInput, CreateExportLinkPayload, ExportKind } from './types/exports';
import { DirectoryFilterInput } from './types/directory';
import { participantExportFilter } from './errors';

/** The directory filter as the CSV route's query parameters (src/http/exports.ts). */
function filterParams(filter: DirectoryFilterInput | null | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const role of filter?.roles ?? []) params.append('role', role);
  for (const license of filter?.licenses ?? []) params.append('license', license);
  if (filter?.teamId) params.set('team', filter.teamId);
  if (filter?.activity) params.set('activity', String(filter.activity));
  if (filter?.activitySince) params.set('since', filter.activitySince.toISOString());
  if (filter?.active !== undefined && filter?.active !== null) {
    params.set('active', String(filter.active));
  }
  if (filter?.search) params.set('search', filter.search);
  if (filter?.hideInvited) params.set('hideInvited', 'true');
  return params;
}

@Resolver()
export class ExportResolver {
  @Mutation(() => CreateExportLinkPayload, {
    description: `A link that downloads a CSV export in a browser without an Authorization header (issue 16): the same permission as the export, checked now and again when the link is followed; valid ${EXPORT_LINK_TTL_SECONDS / 60} minutes.`,
  })
  async createExportLink(
    @Arg('input') input: CreateExportLinkInput,
    @Ctx() ctx: Context,
  ): Promise<CreateExportLinkPayload> {
    const directory = input.kind === ExportKind.ORGANIZATION_DIRECTORY;
    const targetId = (directory ? input.organizationId : input.engagementId) ?? '';
    const [type, action] = directory
      ? (['Organization', 'organization.exportDirectory'] as const)
      : (['Engagement', 'engagement.exportParticipants'] as const);
    if (!directory && input.filter) {
      throw participantExportFilter();
    }
    await ctx.access.require(action, [idOf(targetId, type)]);
    const link = await ctx.exportLinks.create(
      ctx.viewer!.subject,
      input.kind,
      targetId,
      filterParams(input.filter),
    );
    return {
      url: new URL(link.path, ctx.gatewayUrl ?? 'http://localhost').href,
      expiresAt: link.expiresAt,
    };
  }
}
