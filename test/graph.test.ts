import {
  EngagementMembersDocument,
  HostProgramsDocument,
  ManagedByDocument,
  MyGraphDocument,
  OrganizationMembersDocument,
  OrganizationTeamsDocument,
} from './generated/graphql';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { Engagement } from '../entities';
import { toGlobalId } from '../src/globalId';

let server: TestServer;
let globex: string;
let host: string;
let pilot: string;
const tokens: Record<string, string> = {};
const as = (name: string) => tokens[name];

beforeAll(async () => {
  server = await startTestServer();
  globex = await organizationIdByName(server, 'Globex Corporation');
  host = await organizationIdByName(server, 'Contoso Host');
  const engagement = await server.app.deps.db
    .getRepository(Engagement)
    .findOneByOrFail({ name: 'Cloud Migration Pilot' });
  pilot = toGlobalId('Engagement', engagement.id);
  for (const email of [
    'grace@globex.example',
    'hank@globex.example',
    'gus@partner-guest.example',
    'olivia@contoso.example',
    'oscar@contoso.example',
    'pat@fabrikam.example',
    'paula@fabrikam.example',
    'nina@northwind.example',
    'tina@tailspin.example',
    'frank@fabrikam.example',
    'alice@acme-provider.example',
  ]) {
    tokens[email.split('@')[0]] = await server.token(email);
  }
});
afterAll(() => server.close());

describe('organization members and teams (R-DI-2, R-DI-3)', () => {
  it('lists members with role, license, status, last activity and teams for a company admin', async () => {
    const res = await server.request(OrganizationMembersDocument, { id: globex }, as('grace'));
    expect(res.errors).toBeUndefined();
    const members = res.data!.organization!.members;
    expect(members!.totalCount).toBe(5);
    const byEmail = Object.fromEntries(members!.edges.map((e) => [e.node.user.email, e.node]));
    expect(byEmail['gus@partner-guest.example']).toMatchObject({
      role: 'GUEST',
      license: 'FREE',
      status: 'ACTIVE',
    });
    expect(byEmail['ida@globex.example']).toMatchObject({
      status: 'INVITED',
      lastActivityAt: null,
    });
    expect(
      byEmail['hank@globex.example'].user.teams.edges.map((t) => [t.node.team.name, t.node.role]),
    ).toEqual([['Design', 'ADMIN']]);
  });

  it('refuses a guest the member list with FORBIDDEN', async () => {
    const res = await server.request(OrganizationMembersDocument, { id: globex }, as('gus'));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists teams with their members', async () => {
    const res = await server.request(OrganizationTeamsDocument, { id: globex }, as('hank'));
    const teams = res.data!.organization!.teams!.edges.map((e) => [
      e.node.name,
      e.node.members.edges.map((m) => m.node.user.email),
    ]);
    expect(teams).toEqual([
      ['Design', ['hank@globex.example', 'ivy@globex.example']],
      ['Engineering', ['grace@globex.example', 'gus@partner-guest.example']],
    ]);
  });

  it("answers NOT_FOUND to another company's admin", async () => {
    expect(
      codeOf(await server.request(OrganizationMembersDocument, { id: globex }, as('alice'))),
    ).toBe('NOT_FOUND');
  });
});

describe('programs and engagements (R-EN-1, R-IN-2, R-PU-1, R-PU-3)', () => {
  it("shows a host's programs and engagements to its program owner", async () => {
    const res = await server.request(HostProgramsDocument, { id: host }, as('olivia'));
    const program = res.data!.organization!.programs!.edges[0].node;
    expect(program.name).toBe('Partner Readiness Program');
    expect(program.engagements!.edges.map((e) => [e.node.name, e.node.joinPolicy])).toEqual([
      ['Cloud Migration Pilot', 'APPROVAL'],
      ['Security Workshop', 'OPEN'],
      ['Executive Briefing', 'CLOSED'],
    ]);
  });

  it('shows the engagement owner every member with last access date', async () => {
    const res = await server.request(EngagementMembersDocument, { id: pilot }, as('oscar'));
    const node = res.data!.node as {
      members: {
        totalCount: number;
        edges: {
          node: { user: { email: string }; lastAccessAt: string | null; organizationName: string };
        }[];
      };
    };
    expect(node.members.totalCount).toBe(5);
    expect(node.members.edges.every((e) => e.node.lastAccessAt !== null)).toBe(true);
  });

  it("shows a Power User only its own organization's members (R-PU-3)", async () => {
    const res = await server.request(EngagementMembersDocument, { id: pilot }, as('pat'));
    const node = res.data!.node as {
      members: {
        totalCount: number;
        edges: { node: { user: { email: string }; organizationName: string } }[];
      };
    };
    expect(node.members.edges.map((e) => e.node.user.email).sort()).toEqual([
      'pat@fabrikam.example',
      'paula@fabrikam.example',
    ]);
    expect(node.members.totalCount).toBe(2);
    const nina = await server.request(
      EngagementMembersDocument,
      { id: pilot, group: 'PARTICIPANT' },
      as('nina'),
    );
    const ninaNode = nina.data!.node as {
      members: { edges: { node: { user: { email: string } } }[] };
    };
    expect(ninaNode.members.edges.map((e) => e.node.user.email)).toEqual(['ned@northwind.example']);
  });

  it('refuses a participant the member list with FORBIDDEN', async () => {
    const res = await server.request(EngagementMembersDocument, { id: pilot }, as('paula'));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers NOT_FOUND for an engagement the viewer is not in', async () => {
    expect(
      codeOf(await server.request(EngagementMembersDocument, { id: pilot }, as('grace'))),
    ).toBe('NOT_FOUND');
  });
});

describe("a viewer's own graph", () => {
  it('shows memberships, teams and groups', async () => {
    const res = await server.request(MyGraphDocument, {}, as('paula'));
    const viewer = res.data!.viewer;
    expect(viewer.memberships.edges.map((e) => e.node.organization?.name)).toEqual([
      'Fabrikam Partners',
    ]);
    expect(viewer.groups.edges.map((e) => [e.node.group, e.node.engagement?.name])).toEqual([
      ['PARTICIPANT', 'Cloud Migration Pilot'],
      ['PARTICIPANT', 'Security Workshop'],
    ]);
  });

  it('shows a partner admin both its partner and its client account (R-PA-1)', async () => {
    const res = await server.request(MyGraphDocument, {}, as('frank'));
    expect(
      res.data!.viewer.memberships.edges.map((e) => [e.node.organization?.name, e.node.role]),
    ).toEqual([
      ['Fabrikam Partners', 'ADMIN'],
      ['Tailspin Client Co', 'PARTNER_ADMIN'],
    ]);
  });

  it('tells a client super admin who manages it, without exposing the manager organization', async () => {
    const tailspin = await organizationIdByName(server, 'Tailspin Client Co');
    const res = await server.request(ManagedByDocument, { id: tailspin }, as('tina'));
    expect(
      res.data!.organization!.managedBy!.edges.map((e) => [
        e.node.managerName,
        e.node.manager,
        e.node.client?.id,
      ]),
    ).toEqual([['Fabrikam Partners', null, tailspin]]);
  });
});
