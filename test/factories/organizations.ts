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
import { TEST_NOW } from '../helpers/server';

/** A company with an admin and `members` active members, each in one team; returns ids and the admin's email. */
export async function createCompanyWithMembers(db: DataSource, name: string, members: number) {
  return db.transaction(async (em) => {
    const org = await em.save(
      em.create(Organization, {
        name,
        kind: OrganizationKind.COMPANY,
        plan: Plan.ENTERPRISE,
        seatsAssigned: members + 10,
        seatsUsed: members + 1,
        createdAt: TEST_NOW,
      }),
    );
    const team = await em.save(
      em.create(Team, {
        organizationId: org.id,
        name: 'Everyone',
        privacy: TeamPrivacy.DISCOVERABLE,
        createdAt: TEST_NOW,
      }),
    );
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const adminEmail = `admin@${slug}.example`;
    const users = await em.save(
      [adminEmail, ...Array.from({ length: members }, (_, i) => `user${i}@${slug}.example`)].map(
        (email) =>
          em.create(User, {
            subject: email,
            email,
            name: email.split('@')[0],
            photoUrl: null,
            createdAt: TEST_NOW,
          }),
      ),
      { chunk: 200 },
    );
    await em.insert(
      OrganizationMember,
      users.map((u, i) => ({
        organizationId: org.id,
        userId: u.id,
        role: i === 0 ? OrgRole.ADMIN : OrgRole.MEMBER,
        license: License.FULL,
        status: MemberStatus.ACTIVE,
        lastActivityAt: TEST_NOW,
        createdAt: TEST_NOW,
      })),
    );
    await em.insert(
      TeamMember,
      users.map((u) => ({
        teamId: team.id,
        userId: u.id,
        organizationId: org.id,
        role: TeamRole.MEMBER,
        createdAt: TEST_NOW,
      })),
    );
    return { org, adminEmail };
  });
}

/** A new user who is an active plain member (MEMBER, full license) of `organizationId` since `at`. */
export async function createActiveMember(
  db: DataSource,
  organizationId: number,
  email: string,
  name: string,
  at: Date,
): Promise<User> {
  const user = await db
    .getRepository(User)
    .save({ subject: email, email, name, photoUrl: null, createdAt: at });
  await db.getRepository(OrganizationMember).insert({
    organizationId,
    userId: user.id,
    role: OrgRole.MEMBER,
    license: License.FULL,
    status: MemberStatus.ACTIVE,
    lastActivityAt: at,
    createdAt: at,
  });
  return user;
}
