import type { WhereExpressionBuilder } from 'typeorm';
import { scopeOfGroup } from '../../../entities/GroupMembership';
import {
  ClientPermission,
  GroupMembershipStatus,
  MemberStatus,
  RelationshipStatus,
} from '../../../entities/enums';
import { conditionHolds, ResourceScope } from '../../permissions/scope';
import type { Grant } from '../../permissions/matrix';
import { like, likePattern } from '../common/text';

/** `group` is an SQL keyword: quoted with backticks, which MySQL and SQLite both accept. */
const GROUP = '`group`';

/**
 * Adds to `w` the users holding one grant at `scope`, in SQL mirroring `Access.matchGrant`
 * (the consistency test compares the two for every action and seeded role).
 */
export function holdersOf(
  w: WhereExpressionBuilder,
  grant: Grant,
  scope: ResourceScope,
  p: string,
) {
  if (!conditionHolds(grant, scope)) return;
  const active = MemberStatus.ACTIVE;
  const members = (orgSql: string, roles: readonly string[], extra = '') =>
    `u.id IN (SELECT m.userId FROM organization_member m WHERE m.organizationId ${orgSql} AND m.role IN (:...${p}roles) AND m.status = :${p}active${extra})`;
  switch (grant.scope) {
    case 'organization': {
      if (scope.organizationId === undefined) return;
      let extra = '';
      if (grant.permission === 'BILLING') extra = ' AND m.billingPermission = :' + p + 'yes';
      else if (grant.permission === ClientPermission.REPORTS_VIEW) {
        // R-PA-9: held by the member, never by its permission set.
        extra = ' AND m.reportsAccess = :' + p + 'yes';
      } else if (grant.permission) {
        extra = ` AND m.permissionSetId IN (SELECT s.id FROM permission_set s WHERE ${like('s.permissions', `${p}permission`)})`;
      }
      w.orWhere(members(`= :${p}org`, grant.roles, extra), {
        [`${p}org`]: scope.organizationId,
        [`${p}roles`]: grant.roles,
        [`${p}active`]: active,
        [`${p}yes`]: true,
        [`${p}permission`]: likePattern(`"${grant.permission}"`),
      });
      return;
    }
    case 'managingOrganization':
      if (scope.managerOrganizationId === undefined) return;
      w.orWhere(members(`= :${p}org`, grant.roles), {
        [`${p}org`]: scope.managerOrganizationId,
        [`${p}roles`]: grant.roles,
        [`${p}active`]: active,
      });
      return;
    case 'manager': {
      if (scope.organizationId === undefined) return;
      const kinds = grant.managerKinds
        ? ` AND r.managerOrganizationId IN (SELECT k.id FROM organization k WHERE k.kind IN (:...${p}kinds))`
        : '';
      w.orWhere(
        members(
          `IN (SELECT r.managerOrganizationId FROM managed_relationship r WHERE r.clientOrganizationId = :${p}client AND r.status <> :${p}ended${kinds})`,
          grant.roles,
        ),
        {
          [`${p}client`]: scope.organizationId,
          [`${p}ended`]: RelationshipStatus.ENDED,
          [`${p}kinds`]: grant.managerKinds ?? [],
          [`${p}roles`]: grant.roles,
          [`${p}active`]: active,
        },
      );
      return;
    }
    case 'team':
      if (scope.teamId === undefined) return;
      w.orWhere(
        `u.id IN (SELECT t.userId FROM team_member t WHERE t.teamId = :${p}team AND t.role IN (:...${p}roles))`,
        { [`${p}team`]: scope.teamId, [`${p}roles`]: grant.roles },
      );
      return;
    case 'program':
      if (scope.programId === undefined) return;
      w.orWhere(
        `u.id IN (SELECT g.userId FROM group_membership g WHERE g.scopeKey = :${p}key AND g.${GROUP} IN (:...${p}groups) AND g.status = :${p}active)`,
        {
          [`${p}key`]: scopeOfGroup(scope.programId, null),
          [`${p}groups`]: grant.groups,
          [`${p}active`]: GroupMembershipStatus.ACTIVE,
        },
      );
      return;
    case 'engagement': {
      const where =
        scope.engagementId !== undefined
          ? `g.engagementId = :${p}engagement`
          : `g.programId = :${p}program AND g.engagementId IS NOT NULL`;
      const own =
        grant.ownOrganizationOnly && scope.memberOrganizationId !== undefined
          ? ` AND g.memberOrganizationId = :${p}own`
          : '';
      if (scope.engagementId === undefined && scope.programId === undefined) return;
      w.orWhere(
        `u.id IN (SELECT g.userId FROM group_membership g WHERE ${where} AND g.${GROUP} IN (:...${p}groups) AND g.status = :${p}active${own})`,
        {
          [`${p}engagement`]: scope.engagementId,
          [`${p}program`]: scope.programId,
          [`${p}groups`]: grant.groups,
          [`${p}active`]: GroupMembershipStatus.ACTIVE,
          [`${p}own`]: scope.memberOrganizationId,
        },
      );
      return;
    }
    case 'audience':
      if (scope.engagementId === undefined) return;
      w.orWhere(
        members(
          `IN (SELECT a.organizationId FROM engagement_audience a WHERE a.engagementId = :${p}engagement)`,
          grant.roles,
        ),
        {
          [`${p}engagement`]: scope.engagementId,
          [`${p}roles`]: grant.roles,
          [`${p}active`]: active,
        },
      );
      return;
    case 'self':
      if (scope.userId === undefined) return;
      w.orWhere(`u.id = :${p}self`, { [`${p}self`]: scope.userId });
      return;
  }
}
