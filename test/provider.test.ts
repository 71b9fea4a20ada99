import {
  ChangeClientSeatsDocument,
  CreateClientOrganizationDocument,
  EventLogDocument,
  MyOrganizationsDocument,
  NodeDocument,
  OrganizationSeatsDocument,
  ProviderClientsDocument,
} from './generated/graphql';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';

let server: TestServer;
let provider: string;
let firstClient: string;
let secondClient: string;
let alice: string; // provider admin
let sam: string; // provider service user
let carol: string; // admin of "My Client's Organization"
let dan: string; // admin of "Second Client's Organization"

beforeAll(async () => {
  server = await startTestServer();
  provider = await organizationIdByName(server, 'Acme Provider Services');
  firstClient = await organizationIdByName(server, "My Client's Organization");
  secondClient = await organizationIdByName(server, "Second Client's Organization");
  alice = await server.token('alice@acme-provider.example');
  sam = await server.token('sam@acme-provider.example');
  carol = await server.token('carol@myclient.example');
  dan = await server.token('dan@secondclient.example');
});
afterAll(() => server.close());

describe('R-PR-1 clients list', () => {
  it("lists a provider's three clients with seats assigned / used / remaining and plan", async () => {
    const res = await server.request(ProviderClientsDocument, { id: provider }, alice);
    expect(res.errors).toBeUndefined();
    const clients = res.data!.organization!.clients;
    expect(clients!.totalCount).toBe(3);
    expect(clients!.edges.map((e) => [e.node.name, e.node.seats, e.node.plan])).toEqual([
      ["My Client's Organization", { assigned: 15, used: 1, remaining: 14 }, 'ENTERPRISE'],
      ["Second Client's Organization", { assigned: 20, used: 1, remaining: 19 }, 'TEAMS'],
      ["Third Client's Organization", { assigned: 10, used: 1, remaining: 9 }, 'ENTERPRISE'],
    ]);
  });

  it('pages the clients list with cursors', async () => {
    const first = await server.request(ProviderClientsDocument, { id: provider, first: 2 }, sam);
    const page1 = first.data!.organization!.clients;
    expect(page1!.edges).toHaveLength(2);
    expect(page1!.pageInfo.hasNextPage).toBe(true);
    const second = await server.request(
      ProviderClientsDocument,
      { id: provider, first: 2, after: page1!.pageInfo.endCursor },
      sam,
    );
    const page2 = second.data!.organization!.clients;
    expect(page2!.edges.map((e) => e.node.name)).toEqual(["Third Client's Organization"]);
    expect(page2!.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a malformed cursor or page size with BAD_USER_INPUT', async () => {
    expect(
      codeOf(
        await server.request(ProviderClientsDocument, { id: provider, after: 'garbage' }, alice),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await server.request(ProviderClientsDocument, { id: provider, first: 1000 }, alice)),
    ).toBe('BAD_USER_INPUT');
  });

  it('lists the organizations a provider admin belongs to or manages', async () => {
    const res = await server.request(MyOrganizationsDocument, {}, alice);
    expect(res.data!.organizations.totalCount).toBe(4);
  });
});

describe('tenant isolation', () => {
  it("answers NOT_FOUND for another client's organization, by organization(id) and node(id)", async () => {
    const byId = await server.request(OrganizationSeatsDocument, { id: secondClient }, carol);
    expect(codeOf(byId)).toBe('NOT_FOUND');
    expect(byId.data).toEqual({ organization: null });
    const byNode = await server.request(NodeDocument, { id: secondClient }, carol);
    expect(codeOf(byNode)).toBe('NOT_FOUND');
    expect(byNode.data?.node ?? null).toBeNull();
  });

  it('answers the same NOT_FOUND for an organization that does not exist', async () => {
    const missing = Buffer.from('Organization:999999').toString('base64url');
    const res = await server.request(OrganizationSeatsDocument, { id: missing }, carol);
    expect(res.errors?.[0]).toMatchObject({
      message: 'Organization not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    const other = await server.request(OrganizationSeatsDocument, { id: secondClient }, carol);
    expect(other.errors?.[0].message).toBe(res.errors?.[0].message);
  });

  it('a client admin sees only its own organization, not its provider', async () => {
    const res = await server.request(MyOrganizationsDocument, {}, carol);
    expect(res.data!.organizations.edges.map((e) => e.node.name)).toEqual([
      "My Client's Organization",
    ]);
    expect(codeOf(await server.request(OrganizationSeatsDocument, { id: provider }, carol))).toBe(
      'NOT_FOUND',
    );
  });

  it('treats a malformed or mistyped global id as NOT_FOUND', async () => {
    expect(codeOf(await server.request(NodeDocument, { id: '!!!' }, carol))).toBe('NOT_FOUND');
    const userId = Buffer.from('User:1').toString('base64url');
    expect(codeOf(await server.request(OrganizationSeatsDocument, { id: userId }, alice))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('createClientOrganization (R-PR-2) and its audit events', () => {
  it('lets a provider admin create a client, writing audit events in both organizations', async () => {
    const res = await server.request(
      CreateClientOrganizationDocument,
      { input: { managerId: provider, name: '  Fourth   Client  ', plan: 'TEAMS', seats: 5 } },
      alice,
    );
    expect(res.errors).toBeUndefined();
    const created = res.data!.createClientOrganization;
    expect(created.organization).toMatchObject({
      name: 'Fourth Client',
      kind: 'CLIENT',
      plan: 'TEAMS',
      seats: { assigned: 5, used: 0, remaining: 5 },
    });
    expect(created.relationship).toMatchObject({
      status: 'ACTIVE',
      managerName: 'Acme Provider Services',
    });

    const providerLog = await server.request(
      EventLogDocument,
      { id: provider, filter: { action: 'client.created' } },
      alice,
    );
    expect(providerLog.data!.organization!.auditEvents!.edges[0].node).toMatchObject({
      action: 'client.created',
      targetId: created.organization.id,
      actor: { email: 'alice@acme-provider.example' },
    });
    const clientLog = await server.request(EventLogDocument, { id: created.organization.id }, sam);
    expect(clientLog.data!.organization!.auditEvents!.edges.map((e) => e.node.action)).toEqual([
      'organization.created',
    ]);

    const list = await server.request(ProviderClientsDocument, { id: provider }, alice);
    expect(list.data!.organization!.clients!.totalCount).toBe(4);
  });

  it('answers the new client in the payload as a query would right after (R-PR-2)', async () => {
    const selection = `organization { id name billing { email } permissionSets { id } } relationship { client { id name } manager { id } }`;
    const res = await server.raw<{
      createClientOrganization: { organization: { id: string } };
    }>(
      `mutation ($input: CreateClientOrganizationInput!) { createClientOrganization(input: $input) { ${selection} } }`,
      { input: { managerId: provider, name: 'Payload Client', plan: 'TEAMS', seats: 2 } },
      alice,
    );
    expect(res.errors).toBeUndefined();
    const created = res.data!.createClientOrganization;
    const after = await server.raw<{ node: unknown }>(
      `query ($id: ID!) { node(id: $id) { ... on Organization { id name billing { email } permissionSets { id } } } }`,
      { id: created.organization.id },
      alice,
    );
    expect(after.errors).toBeUndefined();
    expect(created).toMatchObject({
      organization: after.data!.node,
      relationship: { client: { id: created.organization.id, name: 'Payload Client' } },
    });
  });

  it('refuses a service user with FORBIDDEN citing R-PR-2, and creates nothing', async () => {
    const before = await server.request(ProviderClientsDocument, { id: provider }, alice);
    const res = await server.request(
      CreateClientOrganizationDocument,
      { input: { managerId: provider, name: 'Nope', plan: 'TEAMS', seats: 1 } },
      sam,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PR-2' });
    const after = await server.request(ProviderClientsDocument, { id: provider }, alice);
    expect(after.data!.organization!.clients!.totalCount).toBe(
      before.data!.organization!.clients!.totalCount,
    );
  });

  it('answers NOT_FOUND when a client admin names a provider it cannot see', async () => {
    const res = await server.request(
      CreateClientOrganizationDocument,
      { input: { managerId: provider, name: 'X', plan: 'TEAMS', seats: 1 } },
      carol,
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it.each([
    ['an empty name', { name: '   ', seats: 1 }],
    ['negative seats', { name: 'Bad', seats: -1 }],
    ['too many seats', { name: 'Bad', seats: 2_000_000 }],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_label, input) => {
    const before = await server.request(ProviderClientsDocument, { id: provider }, alice);
    const res = await server.request(
      CreateClientOrganizationDocument,
      { input: { managerId: provider, plan: 'TEAMS', ...input } },
      alice,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const after = await server.request(ProviderClientsDocument, { id: provider }, alice);
    expect(after.data!.organization!.clients!.totalCount).toBe(
      before.data!.organization!.clients!.totalCount,
    );
  });

  it('refuses a company that is not a provider or partner', async () => {
    const globex = await organizationIdByName(server, 'Globex Corporation');
    const res = await server.request(
      CreateClientOrganizationDocument,
      { input: { managerId: globex, name: 'X', plan: 'TEAMS', seats: 1 } },
      await server.token('grace@globex.example'),
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('changeClientSeats (R-PR-3, R-PR-4)', () => {
  it('lets a provider service user raise and lower seats, with an audit event visible to the client admin', async () => {
    const res = await server.request(
      ChangeClientSeatsDocument,
      { input: { organizationId: firstClient, assigned: 18 } },
      sam,
    );
    expect(res.data!.changeClientSeats.organization.seats).toEqual({
      assigned: 18,
      used: 1,
      remaining: 17,
    });
    const log = await server.request(
      EventLogDocument,
      { id: firstClient, filter: { action: 'organization.seats.changed' } },
      carol,
    );
    const event = log.data!.organization!.auditEvents!.edges[0].node;
    expect(JSON.parse(event.metadata)).toEqual({ before: 15, after: 18, used: 1 });
    // The client admin sees which provider user changed its seats (event log decision, README).
    expect(event.actor).toMatchObject({ email: 'sam@acme-provider.example' });
    const back = await server.request(
      ChangeClientSeatsDocument,
      { input: { organizationId: firstClient, assigned: 15 } },
      sam,
    );
    expect(back.data!.changeClientSeats.organization!.seats!.assigned).toBe(15);
  });

  it('never goes below the seats in use: BAD_USER_INPUT and nothing changes', async () => {
    const res = await server.request(
      ChangeClientSeatsDocument,
      { input: { organizationId: firstClient, assigned: 0 } },
      alice,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigned' });
    const seats = await server.request(OrganizationSeatsDocument, { id: firstClient }, alice);
    expect(seats.data!.organization!.seats).toEqual({ assigned: 15, used: 1, remaining: 14 });
  });

  it("refuses the client's own admin (only the managing provider changes seats)", async () => {
    const res = await server.request(
      ChangeClientSeatsDocument,
      { input: { organizationId: firstClient, assigned: 100 } },
      carol,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'R-PR-3' });
  });

  it("answers NOT_FOUND to another tenant's admin", async () => {
    const res = await server.request(
      ChangeClientSeatsDocument,
      { input: { organizationId: firstClient, assigned: 100 } },
      dan,
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('event log (R-PR-3)', () => {
  it('filters by action, actor and time, newest first, and pages', async () => {
    for (const assigned of [16, 17, 18]) {
      server.clock.advanceDays(1);
      await server.request(
        ChangeClientSeatsDocument,
        { input: { organizationId: secondClient, assigned } },
        alice,
      );
    }
    const all = await server.request(
      EventLogDocument,
      { id: secondClient, filter: { action: 'organization.seats.changed' }, first: 2 },
      alice,
    );
    const log = all.data!.organization!.auditEvents;
    expect(log!.totalCount).toBe(3);
    expect(log!.edges.map((e) => JSON.parse(e.node.metadata).after)).toEqual([18, 17]);
    const next = await server.request(
      EventLogDocument,
      {
        id: secondClient,
        filter: { action: 'organization.seats.changed' },
        first: 2,
        after: log!.pageInfo.endCursor,
      },
      alice,
    );
    expect(
      next.data!.organization!.auditEvents!.edges.map((e) => JSON.parse(e.node.metadata).after),
    ).toEqual([16]);

    const since = new Date(server.clock.now().getTime() - 36 * 3600_000).toISOString();
    const recent = await server.request(
      EventLogDocument,
      { id: secondClient, filter: { since } },
      alice,
    );
    expect(recent.data!.organization!.auditEvents!.totalCount).toBe(2);
    const byOther = await server.request(
      EventLogDocument,
      { id: secondClient, filter: { actorId: Buffer.from('User:2').toString('base64url') } },
      alice,
    );
    expect(byOther.data!.organization!.auditEvents!.totalCount).toBe(0);
  });

  it('is visible to the client admin and the provider, not to another tenant', async () => {
    expect(
      (await server.request(EventLogDocument, { id: secondClient }, dan)).errors,
    ).toBeUndefined();
    expect(codeOf(await server.request(EventLogDocument, { id: secondClient }, carol))).toBe(
      'NOT_FOUND',
    );
  });
});
