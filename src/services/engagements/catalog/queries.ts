import { Brackets } from 'typeorm';
import { Engagement, GroupMembership, Organization, Program } from '../../../../entities';
import { GroupKind, GroupMembershipStatus, ProgramGroup } from '../../../../entities/enums';
import { scopeOfGroup } from '../../../../entities/GroupMembership';
import type { PageFilter } from '../../../loaders/pages';
import { scopeOf } from '../../../permissions/scope';
import { rolesGranting } from '../../../permissions/derive';
import { like, likePattern } from '../../common/text';
import { requireViewer, ServiceDeps } from '../../context';
import { Connection, connectionOfList, loadPage, PageArgs, pageOfQuery } from '../../pagination';
import { ownOrganizationsOf } from '../validators';

/** Engagements of a program, optionally by partial name; the caller holds `program.readEngagements`. */
export function programEngagements(
  deps: ServiceDeps,
  program: Program,
  search: string | null,
  args: PageArgs,
): Promise<Connection<Engagement>> {
  if (!search?.trim()) return loadPage(deps.loaders, 'programEngagements', program.id, args);
  return pageOfQuery(
    () =>
      deps.db
        .getRepository(Engagement)
        .createQueryBuilder('e')
        .where('e.programId = :programId', { programId: program.id })
        .andWhere(like('LOWER(e.name)'), { pattern: likePattern(search.trim().toLowerCase()) }),
    'e',
    args,
  );
}

/**
 * Group members of an engagement with their last access date (R-IN-2); the caller holds
 * `engagement.readMembers`. Power Users see only their own organization's members (R-PU-1,
 * R-PU-3).
 */
export async function engagementMembers(
  deps: ServiceDeps,
  engagement: Engagement,
  group: GroupKind | null,
  args: PageArgs,
): Promise<Connection<GroupMembership>> {
  const own = ownOrganizationsOf(
    await deps.access.matched('engagement.readMembers', scopeOf('Engagement', engagement)),
  );
  const filter: PageFilter = {
    ...(group ? { eq: { group } } : {}),
    ...(own ? { in: { memberOrganizationId: own } } : {}),
  };
  return loadPage(deps.loaders, 'engagementMembers', engagement.id, args, filter);
}

/** Program-scope group members (R-IN-2); the caller holds `program.readMembers`. */
export function programMembers(
  deps: ServiceDeps,
  program: Program,
  group: ProgramGroup | null,
  args: PageArgs,
): Promise<Connection<GroupMembership>> {
  return loadPage(deps.loaders, 'programMembers', program.id, args, {
    eq: { scopeKey: scopeOfGroup(program.id, null), ...(group ? { group } : {}) },
  });
}

/**
 * The viewer's engagements (any group) or, with `available`, the engagements offered to the
 * viewer's organizations that it has not joined (R-EN-2); optionally by partial name.
 */
export async function viewerEngagements(
  deps: ServiceDeps,
  available: boolean,
  search: string | null,
  args: PageArgs,
): Promise<Connection<Engagement>> {
  const viewer = requireViewer(deps);
  const roles = await deps.access.organizationRoles();
  const audienceRoles = rolesGranting('engagement.join', 'audience');
  const organizations = [...roles].filter(([, r]) => audienceRoles.includes(r)).map(([id]) => id);
  if (available && organizations.length === 0) return connectionOfList([], args);
  const mine = `SELECT g.engagementId FROM group_membership g WHERE g.userId = :viewerId AND g.engagementId IS NOT NULL AND g.status = :active`;
  return pageOfQuery(
    () => {
      const qb = deps.db.getRepository(Engagement).createQueryBuilder('e');
      const params = { viewerId: viewer.id, active: GroupMembershipStatus.ACTIVE };
      if (available) {
        qb.where(
          new Brackets((w) =>
            w
              .where(
                'e.id IN (SELECT a.engagementId FROM engagement_audience a WHERE a.organizationId IN (:...organizations))',
                { organizations },
              )
              .andWhere(`e.id NOT IN (${mine})`, params),
          ),
        );
      } else {
        qb.where(`e.id IN (${mine})`, params);
      }
      if (search?.trim()) {
        qb.andWhere(like('LOWER(e.name)'), { pattern: likePattern(search.trim().toLowerCase()) });
      }
      return qb;
    },
    'e',
    args,
  );
}

/** The viewer's active groups in an engagement (for the SPA: what am I here?). */
export async function viewerGroups(
  deps: ServiceDeps,
  engagement: Engagement,
): Promise<GroupKind[]> {
  if (!deps.viewer) return [];
  const mine = await deps.loaders.groupMembershipsOfUser.load(deps.viewer.id);
  return mine
    .filter((m) => m.engagementId === engagement.id && m.status === GroupMembershipStatus.ACTIVE)
    .map((m) => m.group);
}

/** Organizations the engagement is offered to; the caller may see the engagement. */
export async function engagementAudience(
  deps: ServiceDeps,
  engagement: Engagement,
): Promise<Organization[]> {
  const rows = await deps.loaders.audienceOfEngagement.load(engagement.id);
  const orgs = await deps.loaders.organization.loadMany(rows.map((r) => r.organizationId));
  return orgs.filter((o): o is Organization => o instanceof Organization);
}
