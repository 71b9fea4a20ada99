import { DataSource } from 'typeorm';
import { Organization, OrganizationMember, Team, TeamMember, User } from '../../entities';
import {
  License,
  MemberStatus,
  OrganizationKind,
  OrgRole,
  Plan,
  TeamPrivacy,
  TeamRole,
} from '../../entities/enums';

const DAY = 24 * 60 * 60 * 1000;

/** One generated person of the big company; the same function gives the test its expectations. */
export interface Person {
  i: number;
  email: string;
  name: string;
  role: OrgRole;
  license: License;
  status: MemberStatus;
  lastActivityAt: Date | null;
  invitedAt: Date | null;
  teams: ('A' | 'B' | 'C')[];
}

export function person(i: number, now: Date): Person {
  const role = i % 10 === 0 ? OrgRole.GUEST : OrgRole.MEMBER;
  const license =
    role === OrgRole.GUEST ? License.FREE : i % 7 === 0 ? License.RESTRICTED_FREE : License.FULL;
  const status =
    i % 25 === 0
      ? MemberStatus.INVITED
      : i % 31 === 0
        ? MemberStatus.DEACTIVATED
        : MemberStatus.ACTIVE;
  const teams: Person['teams'] = [];
  if (i % 2 === 0) teams.push('A');
  if (i % 3 === 0) teams.push('B');
  if (i % 5 === 0) teams.push('C');
  return {
    i,
    email: `p${i}@big.example`,
    name: i === 7 ? 'Doe, "Jay" Person 7' : `Person ${i}`,
    role,
    license,
    status,
    lastActivityAt:
      status === MemberStatus.INVITED ? null : new Date(now.getTime() - (i % 200) * DAY),
    invitedAt: status === MemberStatus.INVITED ? new Date(now.getTime() - (i % 50) * DAY) : null,
    teams,
  };
}

/**
 * A company of `size` generated members plus an admin, in teams A, B and C, inserted in chunks.
 * Returns the organization, its teams and the admin's email.
 */
export async function createBigCompany(db: DataSource, size: number, now: Date) {
  return db.transaction(async (em) => {
    const org = await em.save(
      em.create(Organization, {
        name: 'Big Company',
        kind: OrganizationKind.COMPANY,
        plan: Plan.ENTERPRISE,
        seatsAssigned: size + 100,
        seatsUsed: 0,
        createdAt: now,
      }),
    );
    const teams: Record<string, Team> = {};
    for (const name of ['A', 'B', 'C']) {
      teams[name] = await em.save(
        em.create(Team, {
          organizationId: org.id,
          name,
          privacy: TeamPrivacy.DISCOVERABLE,
          createdAt: now,
        }),
      );
    }
    const admin = await em.save(
      em.create(User, {
        subject: 'admin@big.example',
        email: 'admin@big.example',
        name: 'Big Admin',
        photoUrl: null,
        createdAt: now,
      }),
    );
    await em.insert(OrganizationMember, {
      organizationId: org.id,
      userId: admin.id,
      role: OrgRole.ADMIN,
      license: License.FULL,
      status: MemberStatus.ACTIVE,
      lastActivityAt: now,
      createdAt: now,
    });
    let occupied = 1;
    for (let start = 0; start < size; start += 500) {
      const people = Array.from({ length: Math.min(500, size - start) }, (_, k) =>
        person(start + k, now),
      );
      const users = await em.save(
        people.map((p) =>
          em.create(User, {
            subject: p.email,
            email: p.email,
            name: p.name,
            photoUrl: null,
            createdAt: now,
          }),
        ),
        { chunk: 250 },
      );
      await em.insert(
        OrganizationMember,
        people.map((p, k) => ({
          organizationId: org.id,
          userId: users[k].id,
          role: p.role,
          license: p.license,
          status: p.status,
          lastActivityAt: p.lastActivityAt,
          invitedAt: p.invitedAt,
          createdAt: now,
        })),
      );
      const teamRows = people.flatMap((p, k) =>
        p.teams.map((t) => ({
          teamId: teams[t].id,
          userId: users[k].id,
          organizationId: org.id,
          role: TeamRole.MEMBER,
          createdAt: now,
        })),
      );
      for (let c = 0; c < teamRows.length; c += 500) {
        await em.insert(TeamMember, teamRows.slice(c, c + 500));
      }
      occupied += people.filter((p) => p.status !== MemberStatus.DEACTIVATED).length;
    }
    await em.update(Organization, { id: org.id }, { seatsUsed: occupied });
    return { org, teams, adminEmail: 'admin@big.example' };
  });
}
