import {
  codeOf,
  GraphQLResponse,
  organizationIdByName,
  startTestServer,
  TestServer,
} from './helpers/server';
import { Team, User } from '../entities';
import { toGlobalId } from '../src/globalId';

/** Teams (R-DI-2, R-DI-7) and the directory's table-driven permission rows, through the API. */
let server: TestServer;
let globex: string;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
const teams: Record<string, string> = {};
const as = (name: string) => tokens[name];

async function refresh() {
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] ??= await server.token(u.email);
  }
  for (const t of await server.app.deps.db.getRepository(Team).find()) {
    teams[t.name] = toGlobalId('Team', t.id);
  }
}

beforeAll(async () => {
  server = await startTestServer();
  globex = await organizationIdByName(server, 'Globex Corporation');
  await refresh();
});
afterAll(() => server.close());

const gql = <T = Record<string, unknown>>(
  who: string | null,
  query: string,
  variables: Record<string, unknown> = {},
) => server.raw<T>(query, variables, who ? as(who) : undefined);

const CREATE = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { team { id name privacy invitePolicy } } }`;
const TEAM_NAMES = `query ($id: ID!) { organization(id: $id) { teams { edges { node { name } } } } }`;

describe('teams (R-DI-2, R-DI-7)', () => {
  it('hides private teams from non-members; members and company admins see them', async () => {
    const created = await gql<{ createTeam: { team: { id: string } } }>('hank', CREATE, {
      input: { organizationId: globex, name: 'Secret', privacy: 'PRIVATE' },
    });
    const secret = created.data!.createTeam.team.id;
    const names = async (who: string) =>
      (
        await gql<{ organization: { teams: { edges: { node: { name: string } }[] } } }>(
          who,
          TEAM_NAMES,
          { id: globex },
        )
      ).data!.organization.teams.edges.map((e) => e.node.name);
    expect(await names('ivy')).not.toContain('Secret');
    expect(await names('grace')).toContain('Secret');
    expect(
      codeOf(await gql('ivy', `query ($id: ID!) { node(id: $id) { id } }`, { id: secret })),
    ).toBe('NOT_FOUND');
    expect(
      (
        await gql<{ node: { id: string } }>('hank', `query ($id: ID!) { node(id: $id) { id } }`, {
          id: secret,
        })
      ).data?.node.id,
    ).toBe(secret);
  });

  it('lets anyone join an open team, and routes discoverable teams through admin approval', async () => {
    await refresh();
    const open = (
      await gql<{ createTeam: { team: { id: string } } }>('grace', CREATE, {
        input: { organizationId: globex, name: 'Open Lab', privacy: 'OPEN' },
      })
    ).data!.createTeam.team.id;
    const joined = await gql(
      'ivy',
      `mutation ($t: ID!) { joinTeam(input: { teamId: $t }) { member { role } } }`,
      { t: open },
    );
    expect(joined.errors).toBeUndefined();
    const joinedAgain = await gql(
      'ivy',
      `mutation ($t: ID!) { joinTeam(input: { teamId: $t }) { member { role } } }`,
      { t: open },
    );
    expect(joinedAgain.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TEAM_ALREADY_MEMBER',
    });
    const sameName = await gql('grace', CREATE, {
      input: { organizationId: globex, name: 'Open Lab', privacy: 'OPEN' },
    });
    expect(sameName.errors?.[0]).toMatchObject({
      message: 'A team named "Open Lab" exists.',
      extensions: { code: 'CONFLICT', reason: 'TEAM_NAME_TAKEN' },
    });
    const notOpen = await gql(
      'ivy',
      `mutation ($t: ID!) { joinTeam(input: { teamId: $t }) { member { role } } }`,
      { t: teams.Engineering },
    );
    expect(codeOf(notOpen)).toBe('FORBIDDEN');

    const requested = await gql<{ requestToJoinTeam: { request: { id: string; status: string } } }>(
      'ivy',
      `mutation ($t: ID!) { requestToJoinTeam(input: { teamId: $t }) { request { id status } } }`,
      { t: teams.Engineering },
    );
    expect(requested.data?.requestToJoinTeam.request.status).toBe('PENDING');
    const again = await gql(
      'ivy',
      `mutation ($t: ID!) { requestToJoinTeam(input: { teamId: $t }) { request { id } } }`,
      { t: teams.Engineering },
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TEAM_JOIN_REQUEST_PENDING',
    });
    const pending = await gql<{
      node: { joinRequests: { edges: { node: { user: { email: string } } }[] } };
    }>(
      'grace',
      `query ($t: ID!) { node(id: $t) { ... on Team { joinRequests { edges { node { user { email } } } } } } }`,
      { t: teams.Engineering },
    );
    expect(pending.data?.node.joinRequests.edges.map((e) => e.node.user.email)).toEqual([
      'ivy@globex.example',
    ]);
    const byMember = await gql(
      'gus',
      `mutation ($r: ID!) { approveTeamJoinRequest(input: { requestId: $r }) { request { status } } }`,
      { r: requested.data!.requestToJoinTeam.request.id },
    );
    expect(codeOf(byMember)).toBe('FORBIDDEN');
    const approved = await gql<{ approveTeamJoinRequest: { request: { status: string } } }>(
      'grace',
      `mutation ($r: ID!) { approveTeamJoinRequest(input: { requestId: $r }) { request { status } } }`,
      { r: requested.data!.requestToJoinTeam.request.id },
    );
    expect(approved.data?.approveTeamJoinRequest.request.status).toBe('APPROVED');
    const decidedAgain = await gql(
      'grace',
      `mutation ($r: ID!) { denyTeamJoinRequest(input: { requestId: $r }) { request { status } } }`,
      { r: requested.data!.requestToJoinTeam.request.id },
    );
    expect(decidedAgain.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TEAM_JOIN_REQUEST_DECIDED',
    });
  });

  it('lets team admins manage members and admins; members invite only when the settings allow', async () => {
    const promote = await gql<{
      setTeamMembers: { results: { outcome: string; member: { role: string } }[] };
    }>(
      'hank',
      `mutation ($input: SetTeamMembersInput!) { setTeamMembers(input: $input) { results { outcome member { role } } } }`,
      { input: { teamId: teams.Design, userIds: [users.ivy], role: 'ADMIN' } },
    );
    expect(promote.data?.setTeamMembers.results).toEqual([
      { outcome: 'CHANGED', member: { role: 'ADMIN' } },
    ]);
    const revoke = await gql(
      'hank',
      `mutation ($input: SetTeamMembersInput!) { setTeamMembers(input: $input) { results { outcome member { role } } } }`,
      { input: { teamId: teams.Design, userIds: [users.ivy], role: 'MEMBER' } },
    );
    expect(revoke.errors).toBeUndefined();
    const byMember = await gql(
      'ivy',
      `mutation ($input: SetTeamMembersInput!) { setTeamMembers(input: $input) { results { outcome member { role } } } }`,
      { input: { teamId: teams.Design, userIds: [users.gus], role: 'MEMBER' } },
    );
    expect(codeOf(byMember)).toBe('FORBIDDEN');

    const INVITE = `mutation ($input: InviteToTeamInput!) { inviteToTeam(input: $input) { member { status } } }`;
    const before = await gql('ivy', INVITE, {
      input: { teamId: teams.Design, email: 'new1@globex.example', name: 'New One' },
    });
    expect(codeOf(before)).toBe('FORBIDDEN');
    await gql(
      'hank',
      `mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { team { invitePolicy } } }`,
      {
        input: { teamId: teams.Design, invitePolicy: 'MEMBERS' },
      },
    );
    const after = await gql<{ inviteToTeam: { member: { status: string } } }>('ivy', INVITE, {
      input: { teamId: teams.Design, email: 'new1@globex.example', name: 'New One' },
    });
    expect(after.data?.inviteToTeam.member.status).toBe('INVITED');
  });
});

/** The directory's rows of the matrix as each role (R-DI-*, R-BK-*). */
describe('directory permission rows', () => {
  const ROLES = {
    companyAdmin: 'grace',
    teamAdmin: 'hank', // member of Globex, admin of Design
    member: 'ivy',
    guest: 'gus',
    providerAdmin: 'alice', // not Globex's provider
    outsider: 'tina',
    anonymous: null,
  } as const;
  type Role = keyof typeof ROLES;
  let counter = 0;
  const rows: {
    action: string;
    allowed: Role[];
    run: (who: string | null) => Promise<GraphQLResponse<unknown>>;
  }[] = [
    {
      action: 'organization.readDirectory',
      allowed: ['companyAdmin'],
      run: (who) =>
        gql(
          who,
          `query ($id: ID!) { organization(id: $id) { directory(first: 1) { totalCount } } }`,
          { id: globex },
        ),
    },
    {
      action: 'organization.batchUpdateMembers',
      allowed: ['companyAdmin'],
      run: (who) =>
        gql(
          who,
          `mutation ($input: BatchUpdateMembersInput!) { batchUpdateMembers(input: $input) { applied } }`,
          {
            input: {
              organizationId: globex,
              userIds: [users.ivy],
              operation: 'ADD_TO_TEAMS',
              teamIds: [teams.Design],
              dryRun: true,
            },
          },
        ),
    },
    {
      action: 'organization.manageMembers (license)',
      allowed: ['companyAdmin'],
      run: (who) =>
        gql(
          who,
          `mutation ($input: ChangeMemberLicenseInput!) { changeMemberLicense(input: $input) { member { license } } }`,
          {
            input: { organizationId: globex, userId: users.ivy, license: 'REVOKE_RESTRICTED_FREE' },
          },
        ),
    },
    {
      action: 'organization.createTeam',
      allowed: ['companyAdmin', 'teamAdmin', 'member'],
      run: (who) =>
        gql(who, CREATE, { input: { organizationId: globex, name: `Matrix ${++counter}` } }),
    },
    {
      action: 'team.update',
      allowed: ['companyAdmin', 'teamAdmin'],
      run: (who) =>
        gql(
          who,
          `mutation ($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }`,
          {
            input: { teamId: teams.Design, privacy: 'DISCOVERABLE' },
          },
        ),
    },
    {
      action: 'team.manageMembers',
      allowed: ['companyAdmin', 'teamAdmin'],
      run: (who) =>
        gql(
          who,
          `mutation ($input: SetTeamMembersInput!) { setTeamMembers(input: $input) { results { outcome member { role } } } }`,
          {
            input: { teamId: teams.Design, userIds: [users.ivy], role: 'MEMBER' },
          },
        ),
    },
  ];

  describe.each(rows)('$action', (row) => {
    it.each(Object.keys(ROLES) as Role[])('as %s', async (role) => {
      const response = await row.run(ROLES[role]);
      const code = response.errors?.[0]?.extensions?.code as string | undefined;
      if (row.allowed.includes(role))
        expect(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']).not.toContain(code);
      else if (role === 'anonymous') expect(code).toBe('UNAUTHENTICATED');
      else expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code);
    });
  });

  it('exports CSV for company admins only', async () => {
    const get = (who?: string) =>
      fetch(`${server.url}/exports/organizations/${globex}/directory.csv`, {
        headers: who ? { authorization: `Bearer ${as(who)}` } : {},
      }).then((r) => r.status);
    expect(await get('grace')).toBe(200);
    expect(await get('hank')).toBe(403);
    expect(await get('tina')).toBe(404);
    expect(await get()).toBe(401);
  });
});
