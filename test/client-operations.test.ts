import { print } from 'graphql';
import {
  AccessRequestEventsDocument,
  ApproveAccessRequestDocument,
  BatchUpdateMembersDocument,
  CreateTeamDocument,
  DirectoryDocument,
  MembershipEventsDocument,
  RequestEngagementAccessDocument,
  TeamDocument,
} from './generated/graphql';
import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { subscribe, subscribed } from './helpers/subscriptions';
import { Engagement } from '../entities';
import { toGlobalId } from '../src/globalId';

/**
 * The committed operations (schema/operations: directory, batches, teams, both subscriptions)
 * serve a client as typed documents (issue 15, part 5), through the real HTTP and WebSocket API.
 */
let server: TestServer;
let globex: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  globex = await organizationIdByName(server, 'Globex Corporation');
  for (const email of ['grace@globex.example', 'oscar@contoso.example', 'peter@fabrikam.example']) {
    tokens[email.split('@')[0]] = await server.token(email);
  }
});
afterAll(() => server.close());

describe('committed client operations (issue 15, part 5)', () => {
  it('R-DI-3, R-BK-1: Directory pages backward and BatchUpdateMembers rehearses a license switch', async () => {
    const tail = await server.request(
      DirectoryDocument,
      { organizationId: globex, last: 2 },
      tokens.grace,
    );
    expect(tail.errors).toBeUndefined();
    const page = tail.data!.organization!.directory!;
    expect(page.edges).toHaveLength(2);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const dry = await server.request(
      BatchUpdateMembersDocument,
      {
        input: {
          organizationId: globex,
          userIds: page.edges.map((e) => e.node.user.id),
          operation: 'SWITCH_LICENSE',
          license: 'TO_RESTRICTED_FREE',
          dryRun: true,
        },
      },
      tokens.grace,
    );
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.batchUpdateMembers).toMatchObject({ dryRun: true, applied: false });
    expect(dry.data!.batchUpdateMembers.results.map((r) => r.id)).toEqual(
      page.edges.map((e) => e.node.user.id),
    );
  });

  it('R-DI-7: CreateTeam then Team reads it back with what the viewer can do', async () => {
    const created = await server.request(
      CreateTeamDocument,
      { input: { organizationId: globex, name: 'Typed Documents', privacy: 'DISCOVERABLE' } },
      tokens.grace,
    );
    expect(created.errors).toBeUndefined();
    const team = created.data!.createTeam.team;
    const read = await server.request(TeamDocument, { id: team.id, first: 5 }, tokens.grace);
    expect(read.errors).toBeUndefined();
    expect(read.data!.node).toMatchObject({
      id: team.id,
      name: 'Typed Documents',
      viewerCan: { update: true, manageMembers: true },
    });
  });

  it('R-AR-1: AccessRequestEvents and MembershipEvents deliver a request and its approval', async () => {
    const pilot = await server.app.deps.db
      .getRepository(Engagement)
      .findOneByOrFail({ name: 'Cloud Migration Pilot' });
    const engagementId = toGlobalId('Engagement', pilot.id);
    const owner = server.ws({ token: tokens.oscar });
    const requests = subscribe<{ type: string; accessRequest: { requester: { email: string } } }>(
      owner,
      print(AccessRequestEventsDocument),
      { engagementId },
    );
    const memberships = subscribe<{ type: string; user: { name: string } }>(
      owner,
      print(MembershipEventsDocument),
      { engagementId },
    );
    await subscribed(server, 'ACCESS_REQUEST', 1);
    await subscribed(server, 'MEMBERSHIP', 1);
    const asked = await server.request(
      RequestEngagementAccessDocument,
      { input: { engagementId, acceptTerms: true, justification: 'Preparing our migration.' } },
      tokens.peter,
    );
    expect(asked.errors).toBeUndefined();
    expect(await requests.next((e) => e.type === 'CREATED')).toMatchObject({
      accessRequest: { requester: { email: 'peter@fabrikam.example' } },
    });
    const approved = await server.request(
      ApproveAccessRequestDocument,
      { input: { accessRequestId: asked.data!.requestEngagementAccess.accessRequest.id } },
      tokens.oscar,
    );
    expect(approved.errors).toBeUndefined();
    expect(await memberships.next((e) => e.user.name === 'Peter Colleague')).toMatchObject({
      user: { name: 'Peter Colleague' },
    });
    expect([...requests.errors, ...memberships.errors]).toEqual([]);
    requests.dispose();
    memberships.dispose();
  });
});
