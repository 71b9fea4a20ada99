import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { Team, User } from '../entities';
import { toGlobalId } from '../src/globalId';

/** Invitations (R-BK-2, R-DI-8) through the API. */
let server: TestServer;
let globex: string;
let design: string;
let grace: string;

beforeAll(async () => {
  server = await startTestServer();
  globex = await organizationIdByName(server, 'Globex Corporation');
  design = toGlobalId(
    'Team',
    (await server.app.deps.db.getRepository(Team).findOneByOrFail({ name: 'Design' })).id,
  );
  grace = await server.token('grace@globex.example');
});
afterAll(() => server.close());

const INVITE = `mutation ($input: AddOrganizationMemberInput!) {
  addOrganizationMember(input: $input) { member { status license invitedAt user { id } } }
}`;
const ACCEPT = `mutation ($id: ID!) { acceptInvitation(input: { organizationId: $id }) { member { status } } }`;
const DIRECTORY = `query ($id: ID!) { organization(id: $id) { directory(first: 100) {
  edges { node { status user { email } } } } } }`;

async function invite(email: string, teamIds: string[] = []) {
  const r = await server.raw<{
    addOrganizationMember: { member: { status: string; license: string; user: { id: string } } };
  }>(
    INVITE,
    { input: { organizationId: globex, email, name: email, invite: true, teamIds } },
    grace,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.addOrganizationMember.member;
}

const tokenOf = async (email: string) => server.token(email);
const directoryEmails = async () =>
  (
    await server.raw<{
      organization: {
        directory: { edges: { node: { status: string; user: { email: string } } }[] };
      };
    }>(DIRECTORY, { id: globex }, grace)
  ).data!.organization.directory.edges.map((e) => `${e.node.user.email}:${e.node.status}`);

describe('invitations (R-BK-2)', () => {
  it('invites into teams with the default license, lists invited users last, and activates on acceptance', async () => {
    const zoe = await invite('zoe@globex.example', [design]);
    expect(zoe).toMatchObject({ status: 'INVITED', license: 'FREE' }); // R-DI-8 default
    const listed = await directoryEmails();
    expect(listed.slice(-2)).toEqual(['ida@globex.example:INVITED', 'zoe@globex.example:INVITED']);

    const accepted = await server.raw<{ acceptInvitation: { member: { status: string } } }>(
      ACCEPT,
      { id: globex },
      await tokenOf('zoe@globex.example'),
    );
    expect(accepted.data?.acceptInvitation.member.status).toBe('ACTIVE');
    const teams = await server.raw<{
      organization: {
        teams: {
          edges: {
            node: { name: string; members: { edges: { node: { user: { email: string } } }[] } };
          }[];
        };
      };
    }>(
      `query ($id: ID!) { organization(id: $id) { teams { edges { node { name members { edges { node { user { email } } } } } } } } }`,
      { id: globex },
      await tokenOf('zoe@globex.example'),
    );
    const designTeam = teams.data!.organization.teams.edges.find((e) => e.node.name === 'Design')!;
    expect(designTeam.node.members.edges.map((e) => e.node.user.email)).toContain(
      'zoe@globex.example',
    );
  });

  it('expires after 30 days; resending starts the 30 days over', async () => {
    const yan = await invite('yan@globex.example');
    server.clock.advanceDays(31);
    const late = await server.raw(ACCEPT, { id: globex }, await tokenOf('yan@globex.example'));
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'MEMBER_INVITATION_EXPIRED',
    });
    expect(await directoryEmails()).not.toContain('yan@globex.example:INVITED');
    const resent = await server.raw(
      `mutation ($input: OrganizationMemberRefInput!) { resendInvitation(input: $input) { member { status } } }`,
      { input: { organizationId: globex, userId: yan.user.id } },
      grace,
    );
    expect(resent.errors).toBeUndefined();
    const accepted = await server.raw(ACCEPT, { id: globex }, await tokenOf('yan@globex.example'));
    expect(accepted.errors).toBeUndefined();
  });

  it('refuses to add someone who is already a member (R-PR-3): CONFLICT MEMBER_ALREADY_IN_ORGANIZATION', async () => {
    await invite('una@globex.example');
    const again = await server.raw(
      INVITE,
      {
        input: { organizationId: globex, email: 'una@globex.example', name: 'Una', invite: true },
      },
      grace,
    );
    expect(again.errors?.[0]).toMatchObject({
      message: 'una@globex.example is already a member of Globex Corporation.',
      extensions: { code: 'CONFLICT', reason: 'MEMBER_ALREADY_IN_ORGANIZATION' },
    });
  });

  it('revokes an invitation and frees its seat', async () => {
    const seats = async () =>
      (
        await server.raw<{ organization: { seats: { used: number } } }>(
          `query ($id: ID!) { organization(id: $id) { seats { used } } }`,
          { id: globex },
          grace,
        )
      ).data!.organization.seats.used;
    const before = await seats();
    const xia = await invite('xia@globex.example');
    expect(await seats()).toBe(before + 1);
    const revoked = await server.raw(
      `mutation ($input: OrganizationMemberRefInput!) { revokeInvitation(input: $input) { removedUserId } }`,
      { input: { organizationId: globex, userId: xia.user.id } },
      grace,
    );
    expect(revoked.errors).toBeUndefined();
    expect(await seats()).toBe(before);
    const accept = await server.raw(ACCEPT, { id: globex }, await tokenOf('xia@globex.example'));
    expect(codeOf(accept)).toBe('NOT_FOUND');
    // Someone else's invitation cannot be accepted: only the invited user's own.
    const user = await server.app.deps.db
      .getRepository(User)
      .findOneByOrFail({ email: 'ida@globex.example' });
    expect(user).toBeDefined();
    const notMine = await server.raw(ACCEPT, { id: globex }, await tokenOf('hank@globex.example'));
    expect(codeOf(notMine)).toBe('NOT_FOUND');
  });
});
