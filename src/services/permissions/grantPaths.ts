import type { Loaders } from '../../loaders';
import type { GrantPath, MatchedGrant } from '../../permissions/access';
import type { Grant } from '../../permissions/matrix';

/** One way a user holds an action, in words (`explainAccess`, `whoCan`). */
export interface ExplainedPath {
  scope: Grant['scope'];
  description: string;
}

const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/** Grant paths in words, with names: "power user of engagement X for organization P". */
export async function describePaths(
  matched: MatchedGrant[],
  loaders: Loaders,
  userId: number,
): Promise<ExplainedPath[]> {
  return Promise.all(
    matched.map(async ({ grant, via }) => ({
      scope: grant.scope,
      description: await pathText(grant, via, loaders, userId),
    })),
  );
}

async function pathText(grant: Grant, via: GrantPath, loaders: Loaders, userId: number) {
  const org = async (id?: number) =>
    id === undefined ? '?' : ((await loaders.organization.load(id))?.name ?? '?');
  switch (grant.scope) {
    case 'organization': {
      let text = `${words(via.role!)} of ${await org(via.organizationId)}`;
      if (via.permission === 'BILLING') text += ', keeping billing permission';
      else if (via.permission) {
        const member = (await loaders.membershipsOfUser.load(userId)).find(
          (m) => m.organizationId === via.organizationId,
        );
        const set = member?.permissionSetId
          ? await loaders.permissionSet.load(member.permissionSetId)
          : null;
        text += ` holding permission set ${set?.name ?? '?'} (${via.permission})`;
      }
      return text;
    }
    case 'manager':
      return `${words(via.role!)} of ${await org(via.organizationId)}, which manages ${await org(via.clientOrganizationId)}`;
    case 'managingOrganization':
      return `${words(via.role!)} of ${await org(via.organizationId)}, the managing organization`;
    case 'team':
      return `team ${words(via.role!)} of ${(await loaders.team.load(via.teamId!))?.name ?? '?'}`;
    case 'program':
      return `member of the ${words(via.group!)} group of program ${(await loaders.program.load(via.programId!))?.name ?? '?'}`;
    case 'engagement':
      return `member of the ${words(via.group!)} group of engagement ${(await loaders.engagement.load(via.engagementId!))?.name ?? '?'} for ${await org(via.organizationId)}`;
    case 'audience':
      return `${words(via.role!)} of ${await org(via.organizationId)}, which the engagement is offered to`;
    case 'self':
      return 'the user itself';
  }
}
