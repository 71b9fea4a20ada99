import { EntityManager, In, IsNull, Not } from 'typeorm';
import {
  AccessLink,
  GroupMembership,
  Organization,
  OrganizationMember,
  Team,
  TeamMember,
  User,
} from '../../../../entities';
import { AccessLinkStatus, MemberStatus, TeamRole } from '../../../../entities/enums';

/** What a partner employee owns in a client account, shown before removal (R-PA-6). */
export interface EmployeeAssets {
  user: User;
  status: MemberStatus;
  teamsAdministered: string[];
  engagementGroups: number;
  pendingAccessLinks: number;
}

export interface RemovalPreview {
  client: Organization;
  employees: EmployeeAssets[];
  /** True when no employee of the partner would remain: the relationship starts to end. */
  endsRelationship: boolean;
}

/** The teams a partner employee administers, its engagement groups and pending links there. */
async function assetsOf(em: EntityManager, m: OrganizationMember): Promise<EmployeeAssets> {
  const clientId = m.organizationId;
  const teams = await em
    .createQueryBuilder(Team, 't')
    .innerJoin(TeamMember, 'tm', 'tm.teamId = t.id')
    .where('tm.userId = :userId AND tm.organizationId = :clientId AND tm.role = :admin', {
      userId: m.userId,
      clientId,
      admin: TeamRole.ADMIN,
    })
    .getMany();
  return {
    user: await em.findOneByOrFail(User, { id: m.userId }),
    status: m.status,
    teamsAdministered: teams.map((t) => t.name),
    engagementGroups: await em.countBy(GroupMembership, {
      userId: m.userId,
      memberOrganizationId: clientId,
    }),
    pendingAccessLinks: await em.countBy(AccessLink, {
      createdByUserId: m.userId,
      clientOrganizationId: clientId,
      status: AccessLinkStatus.PENDING,
    }),
  };
}

/** Whether removing `userIds` leaves one of these partners without employees in the client. */
async function leavesPartnerEmpty(
  em: EntityManager,
  clientId: number,
  here: OrganizationMember[],
  userIds: number[],
): Promise<boolean> {
  let endsRelationship = false;
  for (const partnerId of new Set(here.map((m) => m.partnerOrganizationId!))) {
    const remaining = await em.countBy(OrganizationMember, {
      organizationId: clientId,
      partnerOrganizationId: partnerId,
      userId: Not(In(userIds)),
    });
    if (remaining === 0) endsRelationship = true;
  }
  return endsRelationship;
}

/** The partner employees among `userIds` in each client, with what they own there (R-PA-6). */
export async function removalPreview(
  em: EntityManager,
  clientIds: number[],
  userIds: number[],
): Promise<{ preview: RemovalPreview[]; memberships: OrganizationMember[] }> {
  const memberships = await em.findBy(OrganizationMember, {
    organizationId: In(clientIds),
    userId: In(userIds),
    partnerOrganizationId: Not(IsNull()),
  });
  const preview: RemovalPreview[] = [];
  for (const clientId of clientIds) {
    const here = memberships.filter((m) => m.organizationId === clientId);
    if (!here.length) continue;
    const employees: EmployeeAssets[] = [];
    for (const m of here) employees.push(await assetsOf(em, m));
    const endsRelationship = await leavesPartnerEmpty(em, clientId, here, userIds);
    preview.push({
      client: await em.findOneByOrFail(Organization, { id: clientId }),
      employees,
      endsRelationship,
    });
  }
  return { preview, memberships };
}
