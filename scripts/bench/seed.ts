import mysql from 'mysql2/promise';
import { createDataSource } from '../../src/db/dataSource';

/**
 * Seeds a private MariaDB database for the benchmarks (issue 7) with raw multi-row INSERTs:
 * - a company of `users` members in teams, each also a participant of engagements, with
 *   `memberships` team and engagement memberships in all (scenarios b, d, f);
 * - a provider managing 200 clients (scenario a);
 * - the company hosts a program of 50 engagements (its admin is Program Owner, one member owns
 *   every engagement) whose participants are its people (c);
 * - the live engagement of scenario (e): `subscribers` Power Users of partner A and a fifth as
 *   many of partner B, plus a member of A who requests access.
 * Every person's token subject is their email.
 */
export interface BenchWorld {
  databaseUrl: string;
  users: number;
  memberships: number;
  subscribers: number;
  ids: {
    provider: number;
    company: number;
    engagement: number;
    liveEngagement: number;
    partnerA: number;
    partnerB: number;
    teams: number[];
  };
  emails: {
    providerAdmin: string;
    companyAdmin: string;
    owner: string;
    requester: string;
    powerUserA: (i: number) => string;
    powerUserB: (i: number) => string;
  };
  companyUserIds: number[];
}

export const CLIENTS = 200;
export const ENGAGEMENTS = 50;
const CHUNK = 2000;
const NOW = '2026-11-01 09:00:00';

/** Drops the run's database once its gateway and floor have stopped. */
export async function dropBenchWorld(serverUrl: string, world: BenchWorld): Promise<void> {
  const admin = await mysql.createConnection(serverUrl);
  await admin.query(`DROP DATABASE IF EXISTS \`${new URL(world.databaseUrl).pathname.slice(1)}\``);
  await admin.end();
}

export async function seedBenchWorld(options: {
  serverUrl: string;
  users: number;
  memberships: number;
  subscribers: number;
}): Promise<BenchWorld> {
  const { users, memberships, subscribers } = options;
  // One database per run: benches of other checkouts on the same server never drop this one.
  const name = `accessgraph_bench_${users}_${process.pid}`;
  const admin = await mysql.createConnection(options.serverUrl);
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const databaseUrl = `${options.serverUrl.replace(/\/[^/]*$/, '')}/${name}`;

  const source = await createDataSource({ databaseUrl, sqlitePath: ':memory:' });
  await source.initialize();
  await source.runMigrations({ transaction: 'each' });
  await source.destroy();

  const db = await mysql.createConnection({ uri: databaseUrl, multipleStatements: false });
  const insert = async (table: string, columns: string[], rows: unknown[][]) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await db.query(
        `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`,
        [chunk],
      );
    }
  };

  let userId = 0;
  const userRows: unknown[][] = [];
  const person = (email: string, displayName: string) => {
    userRows.push([++userId, email, email, displayName, NOW]);
    return userId;
  };
  let orgId = 0;
  const orgRows: unknown[][] = [];
  const organization = (
    orgName: string,
    kind: string,
    plan: string,
    seats: number,
    used: number,
  ) => {
    orgRows.push([++orgId, orgName, kind, plan, seats, used, NOW]);
    return orgId;
  };
  const memberRows: unknown[][] = [];
  const member = (organizationId: number, uid: number, role: string, daysAgo = 1) =>
    memberRows.push([
      organizationId,
      uid,
      role,
      role === 'GUEST' ? 'FREE' : 'FULL',
      'ACTIVE',
      new Date(Date.parse(`${NOW}Z`) - daysAgo * 86_400_000),
      NOW,
    ]);

  // (a) a provider and its clients
  const provider = organization('Bench Provider', 'PROVIDER', 'ENTERPRISE', 50, 1);
  member(provider, person('admin@provider.bench', 'Provider Admin'), 'ADMIN');
  const relationshipRows: unknown[][] = [];
  for (let i = 1; i <= CLIENTS; i++) {
    const plan = ['ENTERPRISE', 'TEAMS', 'FREE'][i % 3];
    const client = organization(
      `Client ${String(i).padStart(3, '0')}`,
      'CLIENT',
      plan,
      10 + (i % 40),
      1,
    );
    member(client, person(`admin@client${i}.bench`, `Client ${i} Admin`), 'ADMIN');
    relationshipRows.push([provider, client, 'ACTIVE', NOW]);
  }

  // (b) the company
  const company = organization('Bench Company', 'COMPANY', 'ENTERPRISE', users + 10, users + 1);
  const companyAdmin = person('admin@company.bench', 'Company Admin');
  member(company, companyAdmin, 'ADMIN');
  const companyUserIds: number[] = [];
  for (let i = 1; i <= users; i++) {
    const uid = person(`u${i}@company.bench`, `Company Person ${i}`);
    companyUserIds.push(uid);
    member(company, uid, i % 10 === 0 ? 'GUEST' : 'MEMBER', i % 200);
  }
  const teamCount = Math.max(20, Math.round(users / 100));
  const teamIds = Array.from({ length: teamCount }, (_, k) => k + 1);
  const perUser = Math.max(2, Math.round(memberships / users));
  const teamsPerUser = Math.ceil(perUser / 2);
  const groupsPerUser = Math.min(ENGAGEMENTS, perUser - teamsPerUser);

  // (c) the company also hosts a program of engagements for its people: its admin owns the
  // program (so the members page shows groups too), one member owns every engagement.
  const host = company;
  const owner = person('owner@company.bench', 'Engagement Owner');
  member(host, owner, 'MEMBER');
  // (e) partners with Power Users of the live engagement
  const partnerA = organization(
    'Bench Partner A',
    'PARTNER',
    'ENTERPRISE',
    subscribers + 10,
    subscribers + 1,
  );
  const partnerB = organization(
    'Bench Partner B',
    'PARTNER',
    'ENTERPRISE',
    subscribers + 10,
    subscribers / 5,
  );
  const requester = person('requester@a.bench', 'Requesting Partner');
  member(partnerA, requester, 'MEMBER');
  const powerUsers: [number, number][] = [];
  for (let i = 1; i <= subscribers; i++) {
    const uid = person(`pu${i}@a.bench`, `Power User A${i}`);
    member(partnerA, uid, 'MEMBER');
    powerUsers.push([uid, partnerA]);
  }
  for (let i = 1; i <= subscribers / 5; i++) {
    const uid = person(`pu${i}@b.bench`, `Power User B${i}`);
    member(partnerB, uid, 'MEMBER');
    powerUsers.push([uid, partnerB]);
  }

  await insert('user', ['id', 'subject', 'email', 'name', 'createdAt'], userRows);
  await insert(
    'organization',
    ['id', 'name', 'kind', 'plan', 'seatsAssigned', 'seatsUsed', 'createdAt'],
    orgRows,
  );
  await insert(
    'organization_member',
    ['organizationId', 'userId', 'role', 'license', 'status', 'lastActivityAt', 'createdAt'],
    memberRows,
  );
  await insert(
    'managed_relationship',
    ['managerOrganizationId', 'clientOrganizationId', 'status', 'createdAt'],
    relationshipRows,
  );
  await insert(
    'team',
    ['id', 'organizationId', 'name', 'privacy', 'createdAt'],
    teamIds.map((id) => [
      id,
      company,
      `Team ${id}`,
      id % 3 === 0 ? 'PRIVATE' : 'DISCOVERABLE',
      NOW,
    ]),
  );
  const teamMemberRows: unknown[][] = [];
  companyUserIds.forEach((uid, k) => {
    for (let t = 0; t < teamsPerUser; t++) {
      teamMemberRows.push([
        teamIds[(k + t * 7) % teamCount],
        uid,
        company,
        t === 0 && k % 50 === 0 ? 'ADMIN' : 'MEMBER',
        NOW,
      ]);
    }
  });
  await insert(
    'team_member',
    ['teamId', 'userId', 'organizationId', 'role', 'createdAt'],
    teamMemberRows,
  );

  await insert(
    'program',
    ['id', 'hostOrganizationId', 'name', 'description', 'createdAt'],
    [[1, host, 'Bench Program', 'Benchmark program', NOW]],
  );
  const engagementRows: unknown[][] = [];
  for (let e = 1; e <= ENGAGEMENTS + 1; e++) {
    const live = e === ENGAGEMENTS + 1;
    engagementRows.push([
      e,
      1,
      host,
      live ? 'Live Engagement' : `Engagement ${e}`,
      live ? 'APPROVAL' : 'OPEN',
      null,
      1,
      NOW,
    ]);
  }
  await insert(
    'engagement',
    [
      'id',
      'programId',
      'hostOrganizationId',
      'name',
      'joinPolicy',
      'termsOfUse',
      'acceptsFeedback',
      'createdAt',
    ],
    engagementRows,
  );
  const liveEngagement = ENGAGEMENTS + 1;
  const audienceRows: unknown[][] = [];
  audienceRows.push([liveEngagement, partnerA, NOW], [liveEngagement, partnerB, NOW]);
  await insert(
    'engagement_audience',
    ['engagementId', 'organizationId', 'createdAt'],
    audienceRows,
  );

  const groupColumns = [
    'scopeKey',
    'group',
    'programId',
    'engagementId',
    'userId',
    'memberOrganizationId',
    'status',
    'lastAccessAt',
    'createdAt',
  ];
  const groupRows: unknown[][] = [
    ['P:1', 'PROGRAM_OWNER', 1, null, companyAdmin, company, 'ACTIVE', NOW, NOW],
  ];
  for (let e = 1; e <= liveEngagement; e++) {
    groupRows.push([`E:${e}`, 'ENGAGEMENT_OWNER', 1, e, owner, host, 'ACTIVE', NOW, NOW]);
  }
  companyUserIds.forEach((uid, k) => {
    for (let g = 0; g < groupsPerUser; g++) {
      const e = ((k + g * 3) % ENGAGEMENTS) + 1;
      groupRows.push([`E:${e}`, 'PARTICIPANT', 1, e, uid, company, 'ACTIVE', NOW, NOW]);
    }
  });
  for (const [uid, org] of powerUsers) {
    groupRows.push([
      `E:${liveEngagement}`,
      'POWER_USER',
      1,
      liveEngagement,
      uid,
      org,
      'ACTIVE',
      NOW,
      NOW,
    ]);
  }
  await insert('group_membership', groupColumns, groupRows);
  await db.query('ANALYZE TABLE organization_member, team_member, group_membership, `user`');
  await db.end();

  return {
    databaseUrl,
    users,
    memberships: teamMemberRows.length + groupRows.length,
    subscribers,
    ids: { provider, company, engagement: 1, liveEngagement, partnerA, partnerB, teams: teamIds },
    emails: {
      providerAdmin: 'admin@provider.bench',
      companyAdmin: 'admin@company.bench',
      owner: 'owner@company.bench',
      requester: 'requester@a.bench',
      powerUserA: (i) => `pu${i}@a.bench`,
      powerUserB: (i) => `pu${i}@b.bench`,
    },
    companyUserIds,
  };
}
