import { parse } from 'csv-parse/sync';
import { createBigCompany, person, Person } from './factories/directory';
import { codeOf, startTestServer, TEST_NOW, TestServer } from './helpers/server';
import { AuditEvent, Organization, Team, User } from '../entities';
import { License, MemberStatus, OrgRole } from '../entities/enums';
import { toGlobalId } from '../src/globalId';

/** R-DI-3, R-DI-4, R-BK-2 through the API on a generated 10,000-member company. */
const SIZE = 10_000;
const DAY = 24 * 60 * 60 * 1000;
let server: TestServer;
let org: Organization;
let teams: Record<string, Team>;
let admin: string;
const people = Array.from({ length: SIZE }, (_, i) => person(i, TEST_NOW));

beforeAll(async () => {
  server = await startTestServer({ seed: false });
  ({ org, teams } = await createBigCompany(server.app.deps.db, SIZE, TEST_NOW));
  admin = await server.token('admin@big.example');
});
afterAll(() => server.close());

const DIRECTORY = `query ($id: ID!, $filter: DirectoryFilterInput, $first: Int, $after: String) {
  organization(id: $id) { directory(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { role license status teamCount lastActivityAt user { email } } }
  } }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    node: {
      role: string;
      license: string;
      status: string;
      teamCount: number;
      user: { email: string };
    };
  }[];
}

async function directory(
  filter: Record<string, unknown>,
  first = 20,
  after?: string,
): Promise<Page> {
  const r = await server.raw<{ organization: { directory: Page } }>(
    DIRECTORY,
    { id: toGlobalId('Organization', org.id), filter, first, after },
    admin,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.organization.directory;
}

/** Invitations older than 30 days are not listed (R-BK-2). */
const listed = (p: Person) =>
  p.status !== MemberStatus.INVITED || p.invitedAt!.getTime() >= TEST_NOW.getTime() - 30 * DAY;
const count = (predicate: (p: Person) => boolean, withAdmin = false) =>
  people.filter((p) => listed(p) && predicate(p)).length + (withAdmin ? 1 : 0);

describe('the user directory (R-DI-3, R-DI-4)', () => {
  it('counts every filter right on 10,000 members', async () => {
    const since90 = TEST_NOW.getTime() - 90 * DAY;
    const cases: [Record<string, unknown>, number][] = [
      [{}, count(() => true, true)],
      [{ roles: ['GUEST'] }, count((p) => p.role === OrgRole.GUEST)],
      [{ licenses: ['RESTRICTED_FREE'] }, count((p) => p.license === License.RESTRICTED_FREE)],
      [
        { roles: ['MEMBER'], licenses: ['FULL'] },
        count((p) => p.role === OrgRole.MEMBER && p.license === License.FULL),
      ],
      [{ teamId: toGlobalId('Team', teams.B.id) }, count((p) => p.teams.includes('B'))],
      [
        { activity: 'LAST_90_DAYS' },
        count((p) => !!p.lastActivityAt && p.lastActivityAt.getTime() >= since90, true),
      ],
      [
        { activity: 'LAST_90_DAYS', active: false },
        count((p) => !p.lastActivityAt || p.lastActivityAt.getTime() < since90),
      ],
      [
        { activitySince: new Date(TEST_NOW.getTime() - 10 * DAY).toISOString() },
        count(
          (p) => !!p.lastActivityAt && p.lastActivityAt.getTime() >= TEST_NOW.getTime() - 10 * DAY,
          true,
        ),
      ],
      [{ hideInvited: true }, count((p) => p.status !== MemberStatus.INVITED, true)],
      [{ search: 'PERSON 12' }, count((p) => p.name.toLowerCase().includes('person 12'))],
      [{ search: 'p12@' }, count((p) => p.email.includes('p12@'))],
      [
        { teamId: toGlobalId('Team', teams.C.id), roles: ['GUEST'], activity: 'LAST_180_DAYS' },
        count(
          (p) =>
            p.teams.includes('C') &&
            p.role === OrgRole.GUEST &&
            !!p.lastActivityAt &&
            p.lastActivityAt.getTime() >= TEST_NOW.getTime() - 180 * DAY,
        ),
      ],
    ];
    for (const [filter, expected] of cases) {
      expect({ filter, total: (await directory(filter, 0)).totalCount }).toEqual({
        filter,
        total: expected,
      });
    }
  });

  it('lists invited users after the others, with teams, across keyset pages (R-BK-2)', async () => {
    const filter = { roles: ['GUEST'], teamId: toGlobalId('Team', teams.C.id) };
    const seen: Page['edges'][number]['node'][] = [];
    let after: string | undefined;
    for (;;) {
      const page = await directory(filter, 37, after);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    const expected = people.filter(
      (p) => listed(p) && p.role === OrgRole.GUEST && p.teams.includes('C'),
    );
    expect(seen).toHaveLength(expected.length);
    const firstInvited = seen.findIndex((n) => n.status === 'INVITED');
    expect(firstInvited).toBeGreaterThan(0);
    expect(seen.slice(firstInvited).every((n) => n.status === 'INVITED')).toBe(true);
    const byEmail = new Map(people.map((p) => [p.email, p]));
    for (const n of seen) expect(n.teamCount).toBe(byEmail.get(n.user.email)!.teams.length);
  });

  it('refuses bad filters with BAD_USER_INPUT', async () => {
    const r = await server.raw(
      DIRECTORY,
      {
        id: toGlobalId('Organization', org.id),
        filter: { activity: 'LAST_30_DAYS', activitySince: TEST_NOW.toISOString() },
      },
      admin,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('exports the same filter as CSV that round-trips through a CSV parser', async () => {
    const url = `${server.url}/exports/organizations/${toGlobalId('Organization', org.id)}/directory.csv?team=${toGlobalId('Team', teams.C.id)}&license=FREE&license=RESTRICTED_FREE`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const expected = people.filter(
      (p) =>
        listed(p) &&
        p.teams.includes('C') &&
        (p.license === License.FREE || p.license === License.RESTRICTED_FREE),
    );
    expect(records).toHaveLength(expected.length);
    expect(Object.keys(records[0])).toEqual([
      'name',
      'email',
      'role',
      'license',
      'teams',
      'status',
      'lastLogin',
      'invitedAt',
    ]);
    const byEmail = new Map(records.map((r) => [r.email, r]));
    const p0 = byEmail.get('p0@big.example')!;
    expect(p0).toMatchObject({ role: 'GUEST', license: 'FREE', teams: '3', status: 'INVITED' });
    const everyone = await fetch(
      `${server.url}/exports/organizations/${toGlobalId('Organization', org.id)}/directory.csv?search=jay`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    const tricky = parse(await everyone.text(), { columns: true }) as Record<string, string>[];
    expect(tricky.map((r) => r.name)).toEqual(['Doe, "Jay" Person 7']);
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
  });
});

const BATCH = `mutation ($input: BatchUpdateMembersInput!) {
  batchUpdateMembers(input: $input) {
    applied dryRun atomic failed createdTeam { name }
    results { id ok outcome error { code reason rule message } }
  }
}`;

interface BatchPayload {
  applied: boolean;
  failed: number;
  createdTeam: { name: string } | null;
  results: {
    id: string;
    ok: boolean;
    outcome: string;
    error: { code: string } | null;
  }[];
}

async function batch(input: Record<string, unknown>) {
  return server.raw<{ batchUpdateMembers: BatchPayload }>(
    BATCH,
    { input: { organizationId: toGlobalId('Organization', org.id), ...input } },
    admin,
  );
}

async function userIds(indexes: number[]): Promise<string[]> {
  const users = await server.app.deps.db.getRepository(User).find();
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  return indexes.map((i) => toGlobalId('User', byEmail.get(`p${i}@big.example`)!));
}

const teamSize = async (name: string) =>
  (await directory({ teamId: toGlobalId('Team', teams[name].id) }, 0)).totalCount;

describe('batch mutations (R-BK-1, R-BK-2)', () => {
  // Users 1..49 are active members in no team C (i % 5 !== 0 keeps them out).
  const members = Array.from({ length: 60 }, (_, k) => k * 5 + 1).filter(
    (i) => people[i].status !== MemberStatus.INVITED,
  );

  it('refuses 51 users and changes nothing', async () => {
    const before = await teamSize('C');
    const r = await batch({
      userIds: await userIds(members.slice(0, 51)),
      operation: 'ADD_TO_TEAMS',
      teamIds: [toGlobalId('Team', teams.C.id)],
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(await teamSize('C')).toBe(before);
  });

  it('atomic: one failing user changes nothing and is named', async () => {
    const before = await teamSize('C');
    const ids = [...(await userIds(members.slice(0, 49))), toGlobalId('User', 999_999)];
    const r = await batch({
      userIds: ids,
      operation: 'ADD_TO_TEAMS',
      teamIds: [toGlobalId('Team', teams.C.id)],
      atomic: true,
    });
    expect(r.data?.batchUpdateMembers).toMatchObject({ applied: false, failed: 1 });
    const failing = r.data!.batchUpdateMembers.results.filter((x) => x.error);
    expect(failing).toEqual([
      {
        id: toGlobalId('User', 999_999),
        ok: false,
        outcome: 'FAILED',
        error: expect.objectContaining({ code: 'NOT_FOUND' }),
      },
    ]);
    // Issue 15: the 49 others were not applied, and say so (no ok: true).
    const others = r.data!.batchUpdateMembers.results.filter((x) => x.error === null);
    expect(others).toHaveLength(49);
    expect(others.every((x) => !x.ok && x.outcome === 'NOT_APPLIED')).toBe(true);
    expect(await teamSize('C')).toBe(before);
  });

  it('best effort: applies 49 and reports 1; a retry with the same key applies once', async () => {
    const before = await teamSize('C');
    const ids = [...(await userIds(members.slice(0, 49))), toGlobalId('User', 999_999)];
    const input = {
      userIds: ids,
      operation: 'ADD_TO_TEAMS',
      teamIds: [toGlobalId('Team', teams.C.id)],
      idempotencyKey: 'batch-key-0001',
    };
    const first = await batch(input);
    expect(first.data?.batchUpdateMembers).toMatchObject({ applied: true, failed: 1 });
    expect(
      first.data!.batchUpdateMembers.results.filter((x) => x.outcome === 'CHANGED'),
    ).toHaveLength(49);
    expect(await teamSize('C')).toBe(before + 49);
    const audits = () =>
      server.app.deps.db
        .getRepository(AuditEvent)
        .countBy({ organizationId: org.id, action: 'member.add_to_teams' });
    expect(await audits()).toBe(49);

    const retry = await batch(input);
    expect(retry.data).toEqual(first.data);
    expect(await teamSize('C')).toBe(before + 49);
    expect(await audits()).toBe(49);
    const otherInput = await batch({ ...input, teamIds: [toGlobalId('Team', teams.A.id)] });
    expect(codeOf(otherInput)).toBe('CONFLICT');
  });

  it('dry run reports without writing; new teams, licenses and deactivation apply', async () => {
    const ids = await userIds(members.slice(0, 3));
    const dry = await batch({
      userIds: ids,
      operation: 'ADD_TO_NEW_TEAM',
      newTeamName: 'Launch',
      dryRun: true,
    });
    expect(dry.data?.batchUpdateMembers).toMatchObject({
      applied: false,
      failed: 0,
      createdTeam: null,
    });
    // Issue 15: a dry run says, per user, the outcome the real run would have.
    expect(dry.data!.batchUpdateMembers.results.map((x) => [x.ok, x.outcome])).toEqual([
      [true, 'CHANGED'],
      [true, 'CHANGED'],
      [true, 'CHANGED'],
    ]);
    expect(await server.app.deps.db.getRepository(Team).countBy({ name: 'Launch' })).toBe(0);
    const created = await batch({
      userIds: ids,
      operation: 'ADD_TO_NEW_TEAM',
      newTeamName: 'Launch',
      atomic: true,
    });
    expect(created.data?.batchUpdateMembers).toMatchObject({
      applied: true,
      createdTeam: { name: 'Launch' },
    });

    const guest = await batch({
      userIds: ids,
      operation: 'SWITCH_LICENSE',
      license: 'TO_GUEST',
      atomic: true,
    });
    expect(guest.data?.batchUpdateMembers.results.every((x) => x.outcome === 'CHANGED')).toBe(true);
    const dryAgain = await batch({
      userIds: ids,
      operation: 'SWITCH_LICENSE',
      license: 'TO_GUEST',
      dryRun: true,
    });
    expect(dryAgain.data!.batchUpdateMembers.results.map((x) => x.outcome)).toEqual([
      'UNCHANGED',
      'UNCHANGED',
      'UNCHANGED',
    ]);
    const back = await batch({ userIds: ids, operation: 'SWITCH_LICENSE', license: 'TO_FULL' });
    expect(back.data?.batchUpdateMembers.applied).toBe(true);

    const seats = async () =>
      (await server.app.deps.db.getRepository(Organization).findOneByOrFail({ id: org.id }))
        .seatsUsed;
    const used = await seats();
    const off = await batch({ userIds: ids, operation: 'DEACTIVATE', atomic: true });
    expect(off.data?.batchUpdateMembers.applied).toBe(true);
    expect(await seats()).toBe(used - 3);
    const on = await batch({ userIds: ids, operation: 'REACTIVATE', atomic: true });
    expect(on.data?.batchUpdateMembers.applied).toBe(true);
    expect(await seats()).toBe(used);
  });

  it('changes one user: licenses by R-DI-5, teams, and never the last super admin', async () => {
    const [guestId] = await userIds([20]); // a guest with a free license
    const change = (license: string) =>
      server.raw<{ changeMemberLicense: { member: { role: string; license: string } } }>(
        `mutation ($input: ChangeMemberLicenseInput!) { changeMemberLicense(input: $input) { member { role license } } }`,
        { input: { organizationId: toGlobalId('Organization', org.id), userId: guestId, license } },
        admin,
      );
    expect((await change('TO_RESTRICTED_FREE')).data?.changeMemberLicense.member).toEqual({
      role: 'GUEST',
      license: 'RESTRICTED_FREE',
    });
    expect((await change('REVOKE_RESTRICTED_FREE')).data?.changeMemberLicense.member).toEqual({
      role: 'GUEST',
      license: 'FREE',
    });
    expect((await change('TO_FULL')).data?.changeMemberLicense.member).toEqual({
      role: 'MEMBER',
      license: 'FULL',
    });

    const adminUser = await server.app.deps.db
      .getRepository(User)
      .findOneByOrFail({ email: 'admin@big.example' });
    const last = await server.raw(
      `mutation ($input: OrganizationMemberRefInput!) { deactivateMember(input: $input) { member { status } } }`,
      {
        input: {
          organizationId: toGlobalId('Organization', org.id),
          userId: toGlobalId('User', adminUser.id),
        },
      },
      admin,
    );
    expect(last.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'R-PA-8',
      reason: 'ORGANIZATION_LAST_SUPER_ADMIN',
    });
  });
});
