import { Team } from '../entities';
import { toGlobalId } from '../src/globalId';
import { organizationIdByName, startTestServer, TestServer } from './helpers/server';

/**
 * Issue 14 item 4: an admin cannot pull another tenant's user into its organization. Someone who
 * already has an account joins only by accepting an invitation, unless the email's domain is one
 * the organization verified (managed users, R-DI-1); until then the admin never sees that user's
 * own profile.
 */
let server: TestServer;
let globex: string;
let myClient: string;
let design: string;
let grace: string;
let carol: string;

beforeAll(async () => {
  server = await startTestServer();
  globex = await organizationIdByName(server, 'Globex Corporation');
  myClient = await organizationIdByName(server, "My Client's Organization");
  design = toGlobalId(
    'Team',
    (await server.app.deps.db.getRepository(Team).findOneByOrFail({ name: 'Design' })).id,
  );
  grace = await server.token('grace@globex.example');
  carol = await server.token('carol@myclient.example');
});
afterAll(() => server.close());

interface Member {
  status: string;
  user: { id: string; email: string; name: string; photoUrl: string | null };
}

const ADD = `mutation ($input: AddOrganizationMemberInput!) {
  addOrganizationMember(input: $input) { member { status user { id email name photoUrl } } }
}`;
const ACCEPT = `mutation ($id: ID!) {
  acceptInvitation(input: { organizationId: $id }) { member { status user { name } } }
}`;
const DIRECTORY = `query ($id: ID!) { organization(id: $id) { directory(first: 100) {
  edges { node { status user { id email name } } } } } }`;
const SEARCH = `query ($id: ID!, $search: String!) { organization(id: $id) {
  directory(first: 100, filter: { search: $search }) { edges { node { user { email } } } } } }`;
const TEAM = `query ($id: ID!) { node(id: $id) { ... on Team { members(first: 100) {
  edges { node { user { email name } } } } } } }`;
const USER = `query ($id: ID!) { node(id: $id) { id ... on User { name email } } }`;
const SET_ACTIVE = (op: string) => `mutation ($input: OrganizationMemberRefInput!) {
  ${op}(input: $input) { member { status } } }`;

async function add(
  token: string,
  organizationId: string,
  email: string,
  name: string,
  extra: Record<string, unknown> = {},
) {
  const res = await server.raw<{ addOrganizationMember: { member: Member } }>(
    ADD,
    { input: { organizationId, email, name, role: 'MEMBER', invite: false, ...extra } },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.addOrganizationMember.member;
}

describe('adding an existing user of another tenant (issue 14 item 4)', () => {
  it('invites instead of adding, and shows only what the admin typed', async () => {
    const member = await add(grace, globex, 'carol@myclient.example', 'Someone Else');
    expect(member).toMatchObject({
      status: 'INVITED',
      user: { email: 'carol@myclient.example', name: 'Someone Else', photoUrl: null },
    });

    const seen = [
      await server.raw(DIRECTORY, { id: globex }, grace),
      await server.raw(USER, { id: member.user.id }, grace),
    ];
    for (const res of seen) expect(JSON.stringify(res)).not.toContain('Carol Client-Admin');
    expect(seen[1]).toMatchObject({ data: { node: null } });
    // The directory search finds her by the typed name, never by her account's name.
    const emails = async (search: string) => {
      const res = await server.raw<{
        organization: { directory: { edges: { node: { user: { email: string } } }[] } };
      }>(SEARCH, { id: globex, search }, grace);
      return res.data!.organization.directory.edges.map((e) => e.node.user.email);
    };
    expect(await emails('Client-Admin')).not.toContain('carol@myclient.example');
    expect(await emails('Someone Else')).toContain('carol@myclient.example');

    // Carol accepts; only then is she an active member whose profile the admin sees.
    const accepted = await server.raw<{ acceptInvitation: { member: Member } }>(
      ACCEPT,
      { id: globex },
      carol,
    );
    expect(accepted.data?.acceptInvitation.member).toMatchObject({
      status: 'ACTIVE',
      user: { name: 'Carol Client-Admin' },
    });
    const after = await server.raw(DIRECTORY, { id: globex }, grace);
    expect(JSON.stringify(after)).toContain('Carol Client-Admin');
  });

  it('keeps the profile hidden in the team list when the invitation names teams', async () => {
    const member = await add(grace, globex, 'erin@thirdclient.example', 'Typed Name', {
      teamIds: [design],
    });
    expect(member.status).toBe('INVITED');
    const team = await server.raw<{
      node: { members: { edges: { node: { user: { email: string; name: string } } }[] } };
    }>(TEAM, { id: design }, grace);
    expect(team.errors).toBeUndefined();
    expect(team.data!.node.members.edges.map((e) => e.node.user)).toContainEqual({
      email: 'erin@thirdclient.example',
      name: 'Typed Name',
    });
    expect(JSON.stringify(team)).not.toContain('Erin Third-Admin');
  });

  it('never turns the invitation active by deactivating and reactivating it', async () => {
    const member = await add(grace, globex, 'dan@secondclient.example', 'Dan');
    expect(member.status).toBe('INVITED');
    const ref = { organizationId: globex, userId: member.user.id };
    const off = await server.raw(SET_ACTIVE('deactivateMember'), { input: ref }, grace);
    expect(off).toMatchObject({
      data: { deactivateMember: { member: { status: 'DEACTIVATED' } } },
    });
    const on = await server.raw(SET_ACTIVE('reactivateMember'), { input: ref }, grace);
    expect(on).toMatchObject({ data: { reactivateMember: { member: { status: 'INVITED' } } } });
  });

  it('adds a user of a domain the organization verified as active (managed user, R-DI-1)', async () => {
    // max gets an account by being added to another tenant first.
    const elsewhere = await add(carol, myClient, 'max@globex.example', 'Max Elsewhere');
    expect(elsewhere.status).toBe('ACTIVE'); // a new account: nobody else's profile involved
    const managed = await add(grace, globex, 'max@globex.example', 'Max');
    expect(managed.status).toBe('ACTIVE');
  });

  it('still adds a brand-new person as active with the name typed', async () => {
    const member = await add(grace, globex, 'new.person@elsewhere.example', 'New Person');
    expect(member).toMatchObject({ status: 'ACTIVE', user: { name: 'New Person' } });
  });
});
