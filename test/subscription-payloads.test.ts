import {
  AddEngagementMembersDocument,
  AddOrganizationMemberDocument,
  CancelAccessRequestDocument,
  RemoveEngagementMembersDocument,
  RemoveOrganizationMemberDocument,
  RequestEngagementAccessDocument,
} from './generated/graphql';
import { startTestServer, TestServer } from './helpers/server';
import { LiveSubscription, settle, subscribe, subscribed } from './helpers/subscriptions';
import { Engagement, Organization, User } from '../entities';
import { toGlobalId } from '../src/globalId';

/**
 * Issue 15 §2, through the real WebSocket endpoint: event payloads are the `Node` types of
 * queries, resolved and authorized as a query would (DESIGN §4, R-AR-1, R-PU-1, R-IN-2), loaded
 * once per event whatever the number of subscribers, and a subscriber that loses what its
 * subscription is about gets it completed with the error a query would get.
 */
let server: TestServer;
const tokens: Record<string, string> = {};
const users: Record<string, string> = {};
let pilot: string;
let host: string;
let fabrikam: string;
let northwind: string;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.app.deps.db;
  pilot = toGlobalId(
    'Engagement',
    (await db.getRepository(Engagement).findOneByOrFail({ name: 'Cloud Migration Pilot' })).id,
  );
  const org = async (name: string) =>
    toGlobalId('Organization', (await db.getRepository(Organization).findOneByOrFail({ name })).id);
  host = await org('Contoso Host');
  fabrikam = await org('Fabrikam Partners');
  northwind = await org('Northwind Partners');
  for (const u of await db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

const ACCESS_REQUEST_NODES = `subscription ($engagementId: ID, $organizationId: ID) {
  accessRequestEvents(engagementId: $engagementId, organizationId: $organizationId) {
    __typename type accessRequestId
    accessRequest { __typename id status justification requester { email } }
    engagement { __typename id name joinPolicy members { totalCount } }
    requester { __typename id name }
    requesterOrganization { __typename id name }
  }
}`;

const ENGAGEMENT_AS_QUERY = `query ($id: ID!) {
  node(id: $id) { __typename id ... on Engagement { name joinPolicy members { totalCount } } }
}`;

interface NodeEvent {
  type: string;
  accessRequestId: string;
  accessRequest: { __typename: string; id: string; status: string } | null;
  engagement: Record<string, unknown> | null;
  requester: { __typename: string; id: string } | null;
  requesterOrganization: { __typename: string; id: string; name: string } | null;
}

function requestAccess(name: string, justification: string) {
  return server.request(
    RequestEngagementAccessDocument,
    { input: { engagementId: pilot, justification, acceptTerms: true } },
    tokens[name],
  );
}

const active = () => server.app.deps.events.activeSubscriptions('ACCESS_REQUEST');

/** Waits (generously) until the subscription ended with an error; returns its entries. */
async function endedWith(live: LiveSubscription<unknown>): Promise<unknown[]> {
  const deadline = Date.now() + 15_000;
  const errors = () => live.errors.flat();
  while (
    !errors().some((e) => (e as { extensions?: object }).extensions) &&
    Date.now() < deadline
  ) {
    await settle(20);
  }
  return errors();
}

describe('payloads are the Node types of queries (issue 15, DESIGN §4)', () => {
  it('an owner and the requester each get the nodes a query would give them (R-AR-1, R-EN-4)', async () => {
    const before = active();
    const owner = subscribe<NodeEvent>(server.ws({ token: tokens.oscar }), ACCESS_REQUEST_NODES);
    const requester = subscribe<NodeEvent>(
      server.ws({ token: tokens.peter }),
      ACCESS_REQUEST_NODES,
    );
    await subscribed(server, 'ACCESS_REQUEST', before + 2);
    const made = await requestAccess('peter', 'Payload check');
    const id = made.data!.requestEngagementAccess.accessRequest.id;

    const seenByOwner = await owner.next((e) => e.accessRequestId === id);
    // Same __typename and global id as queries: a normalized cache merges into Engagement:<id>.
    const ownerQuery = await server.raw(ENGAGEMENT_AS_QUERY, { id: pilot }, tokens.oscar);
    expect(seenByOwner.engagement).toEqual(ownerQuery.data!.node);
    expect(seenByOwner.accessRequest).toMatchObject({
      __typename: 'AccessRequest',
      id,
      status: 'PENDING',
      requester: { email: 'peter@fabrikam.example' },
    });
    // Field-level visibility as in queries: the owner may not read the partner's user or
    // organization by id, so both are null here as node(id) answers NOT_FOUND there.
    const ownerLookups = await server.raw(
      `query ($u: ID!, $o: ID!) { u: node(id: $u) { id } o: node(id: $o) { id } }`,
      { u: users.peter, o: fabrikam },
      tokens.oscar,
    );
    expect(ownerLookups.data).toEqual({ u: null, o: null });
    expect(seenByOwner.requester).toBeNull();
    expect(seenByOwner.requesterOrganization).toBeNull();
    expect(owner.errors).toEqual([]);

    // The requester sees itself and its organization, but not the member list (R-EN-4): the
    // event keeps its data next to the FORBIDDEN entry at the field's path, like a query.
    const seenByRequester = await requester.next((e) => e.accessRequestId === id);
    expect(seenByRequester.requester).toEqual({
      __typename: 'User',
      id: users.peter,
      name: 'Peter Colleague',
    });
    expect(seenByRequester.requesterOrganization).toMatchObject({
      __typename: 'Organization',
      id: fabrikam,
    });
    const requesterQuery = await server.raw(ENGAGEMENT_AS_QUERY, { id: pilot }, tokens.peter);
    expect(requesterQuery.errors).toMatchObject([
      { path: ['node', 'members'], extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(seenByRequester.engagement).toEqual(requesterQuery.data!.node);
    expect(requester.errors).toMatchObject([
      { path: ['accessRequestEvents', 'engagement', 'members'], extensions: { code: 'FORBIDDEN' } },
    ]);

    await server.request(
      CancelAccessRequestDocument,
      { input: { accessRequestId: id } },
      tokens.peter,
    );
    const cancelled = await owner.next((e) => e.accessRequestId === id && e.type === 'CANCELLED');
    expect(cancelled.accessRequest?.status).toBe('CANCELLED');
    owner.dispose();
    requester.dispose();
  });

  it('a removed membership keeps its id; the node is null and user, program stay (R-MB-2)', async () => {
    const live = subscribe<{
      type: string;
      membershipId: string;
      membership: { __typename: string; id: string } | null;
      user: { __typename: string; id: string };
      program: { __typename: string; name: string };
      engagement: { __typename: string; id: string } | null;
    }>(
      server.ws({ token: tokens.oscar }),
      `subscription ($e: ID) { membershipEvents(engagementId: $e) {
        type membershipId membership { __typename id } user { __typename id }
        program { __typename name } engagement { __typename id } } }`,
      { e: pilot },
    );
    await subscribed(server, 'MEMBERSHIP', 1); // the only membership subscription of this file
    const removed = await server.request(
      RemoveEngagementMembersDocument,
      { input: { engagementId: pilot, group: 'PARTICIPANT', userIds: [users.ned] } },
      tokens.oscar,
    );
    expect(removed.data?.removeEngagementMembers.results[0].outcome).toBe('CHANGED');
    const event = await live.next((e) => e.type === 'REMOVED' && e.user.id === users.ned);
    expect(event).toMatchObject({
      membership: null,
      user: { __typename: 'User', id: users.ned },
      program: { __typename: 'Program' },
      engagement: { __typename: 'Engagement', id: pilot },
    });
    expect(event.membershipId).toMatch(/./);

    const added = await server.request(
      AddEngagementMembersDocument,
      {
        input: {
          engagementId: pilot,
          group: 'PARTICIPANT',
          organizationId: northwind,
          userIds: [users.ned],
        },
      },
      tokens.oscar,
    );
    expect(added.errors).toBeUndefined();
    const back = await live.next((e) => e.type === 'ADDED' && e.user.id === users.ned);
    const asQuery = await server.raw(
      `query ($id: ID!) { node(id: $id) { __typename id } }`,
      { id: back.membershipId },
      tokens.oscar,
    );
    expect(back.membership).toEqual(asQuery.data!.node);
    expect(back.membership).toMatchObject({ __typename: 'GroupMembership' });
    live.dispose();
  });
});

describe('the Node fields of an event load once per event, not per subscriber (issue 15)', () => {
  async function statementsOfOneEvent(subscribers: LiveSubscription<NodeEvent>[]) {
    server.sql.reset();
    const made = await requestAccess('frank', 'SQL count');
    const id = made.data!.requestEngagementAccess.accessRequest.id;
    await Promise.all(subscribers.map((s) => s.next((e) => e.accessRequestId === id)));
    const count = server.sql.count;
    await server.request(
      CancelAccessRequestDocument,
      { input: { accessRequestId: id } },
      tokens.frank,
    );
    await Promise.all(
      subscribers.map((s) => s.next((e) => e.accessRequestId === id && e.type === 'CANCELLED')),
    );
    return count;
  }

  it('ten subscribers cost the statements of one (SqlCounter)', async () => {
    const open = () =>
      subscribe<NodeEvent>(server.ws({ token: tokens.oscar }), ACCESS_REQUEST_NODES, {
        engagementId: pilot,
      });
    const before = active();
    const one = [open()];
    await subscribed(server, 'ACCESS_REQUEST', before + 1);
    await statementsOfOneEvent(one); // warm-up: the requester's access is recorded once
    const withOne = await statementsOfOneEvent(one);
    const ten = [...one, ...Array.from({ length: 9 }, open)];
    await subscribed(server, 'ACCESS_REQUEST', before + 10);
    const withTen = await statementsOfOneEvent(ten);
    expect(withTen).toBe(withOne);
    // Every subscriber got the full nodes, members included (an owner may read them).
    for (const s of ten) {
      expect(s.events.at(-1)?.engagement).toMatchObject({
        id: pilot,
        members: { totalCount: expect.any(Number) },
      });
    }
    ten.forEach((s) => s.dispose());
  });
});

describe('losing the subject completes the subscription with an error (issue 15)', () => {
  async function hostAdmin(email: string, name: string): Promise<{ id: string; token: string }> {
    const added = await server.request(
      AddOrganizationMemberDocument,
      { input: { organizationId: host, email, name, role: 'ADMIN' } },
      tokens.olivia,
    );
    expect(added.errors).toBeUndefined();
    return {
      id: added.data!.addOrganizationMember.member.user.id,
      token: await server.token(email),
    };
  }

  const removeFromHost = (userId: string) =>
    server.request(
      RemoveOrganizationMemberDocument,
      { input: { organizationId: host, userId } },
      tokens.olivia,
    );

  it('NOT_FOUND once the organization it is narrowed to is no longer visible (R-PR-3)', async () => {
    const hal = await hostAdmin('hal@contoso.example', 'Hal');
    const before = active();
    const live = subscribe(server.ws({ token: hal.token }), ACCESS_REQUEST_NODES, {
      organizationId: host,
    });
    const bystander = subscribe(server.ws({ token: tokens.olivia }), ACCESS_REQUEST_NODES, {
      organizationId: host,
    });
    await subscribed(server, 'ACCESS_REQUEST', before + 2);
    expect((await removeFromHost(hal.id)).errors).toBeUndefined();
    const errors = await endedWith(live);
    expect(errors).toMatchObject([
      {
        message: expect.any(String),
        extensions: { code: 'NOT_FOUND', requestId: expect.any(String) },
      },
    ]);
    // The server let go of it; a subscriber who kept its access is not affected.
    const deadline = Date.now() + 15_000;
    while (active() > before + 1) {
      if (Date.now() > deadline) throw new Error('subscription still open');
      await settle(20);
    }
    expect(bystander.errors).toEqual([]);
    bystander.dispose();
  });

  it('FORBIDDEN once the subscriber holds nothing any more (removed from its organization)', async () => {
    const ivy = await hostAdmin('ivy@contoso.example', 'Ivy');
    const before = active();
    const live = subscribe(server.ws({ token: ivy.token }), ACCESS_REQUEST_NODES);
    await subscribed(server, 'ACCESS_REQUEST', before + 1);
    expect((await removeFromHost(ivy.id)).errors).toBeUndefined();
    expect(await endedWith(live)).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
  });

  it('keeps a subscription whose subject stays visible when other access goes (R-PU-1)', async () => {
    const before = active();
    const pat = subscribe(server.ws({ token: tokens.pat }), ACCESS_REQUEST_NODES, {
      engagementId: pilot,
    });
    await subscribed(server, 'ACCESS_REQUEST', before + 1);
    await server.request(
      RemoveEngagementMembersDocument,
      { input: { engagementId: pilot, group: 'POWER_USER', userIds: [users.pat] } },
      tokens.oscar,
    );
    await settle(500);
    // Pat still sees the pilot through his organization's audience: no error, only fewer events.
    expect(pat.errors).toEqual([]);
    pat.dispose();
  });
});
