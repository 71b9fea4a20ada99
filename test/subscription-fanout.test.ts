import { CancelAccessRequestDocument, RequestEngagementAccessDocument } from './generated/graphql';
import { startTestServer, TestServer } from './helpers/server';
import { createActiveMember } from './factories/organizations';
import { LiveSubscription, settle, subscribe, subscribed } from './helpers/subscriptions';
import { Engagement, GroupMembership, Organization, Program, User } from '../entities';
import { scopeOfGroup } from '../entities/GroupMembership';
import { GroupKind, GroupMembershipStatus } from '../entities/enums';
import { toGlobalId } from '../src/globalId';

/**
 * Grouped fan-out (issue 17): an event is executed once per group of subscribers sharing the
 * selection (document, variables, operation) and the authorization outcome, and the one result
 * goes to every member. The group key is what the execution read of its subscriber: each access
 * decision with its outcome and each read of the viewer; a selection reading anything else of
 * its subscriber (`viewerCan`, services) runs per subscriber. Executions are counted through the
 * gateway's own metric, never timed.
 */
let server: TestServer;
let pilot: string;
let peter: string;
/** Power Users of Fabrikam on the pilot, like Pat (seeded) and added here (R-PU-1). */
const fabrikamPowerUsers = ['pat@fabrikam.example'];

beforeAll(async () => {
  server = await startTestServer();
  const db = server.app.deps.db;
  const engagement = await db
    .getRepository(Engagement)
    .findOneByOrFail({ name: 'Cloud Migration Pilot' });
  const program = await db.getRepository(Program).findOneByOrFail({ id: engagement.programId });
  const fabrikam = await db
    .getRepository(Organization)
    .findOneByOrFail({ name: 'Fabrikam Partners' });
  pilot = toGlobalId('Engagement', engagement.id);
  const requester = await db
    .getRepository(User)
    .findOneByOrFail({ email: 'peter@fabrikam.example' });
  peter = toGlobalId('User', requester.id);
  const now = new Date();
  for (let i = 1; i <= 3; i++) {
    const email = `power${i}@fabrikam.example`;
    const user = await createActiveMember(db, fabrikam.id, email, `Power User ${i}`, now);
    await db.getRepository(GroupMembership).insert({
      scopeKey: scopeOfGroup(program.id, engagement.id),
      group: GroupKind.POWER_USER,
      programId: program.id,
      engagementId: engagement.id,
      userId: user.id,
      memberOrganizationId: fabrikam.id,
      status: GroupMembershipStatus.ACTIVE,
      lastAccessAt: now,
      createdAt: now,
    });
    fabrikamPowerUsers.push(email);
  }
});
afterAll(() => server.close());

/** Results of subscription events so far, by path (the gateway's metric). */
async function results(): Promise<{ executed: number; shared: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const value = (path: string) =>
    Number(
      text
        .split('\n')
        .find((l) => l.startsWith(`accessgraph_subscription_results_total{path="${path}"}`))
        ?.split(' ')[1] ?? 0,
    );
  return { executed: value('executed'), shared: value('shared') };
}

interface Event {
  type: string;
  accessRequestId: string;
  requester?: { id: string; email: string } | null;
  requesterOrganization?: { id: string; name: string } | null;
  engagement?: { id: string; name: string; viewerCan?: Record<string, boolean> } | null;
}

async function open(emails: string[], query: string): Promise<LiveSubscription<Event>[]> {
  const before = server.app.deps.events.activeSubscriptions('ACCESS_REQUEST');
  const live = await Promise.all(
    emails.map(async (email) =>
      subscribe<Event>(server.ws({ token: await server.token(email) }), query),
    ),
  );
  await subscribed(server, 'ACCESS_REQUEST', before + emails.length);
  return live;
}

/** Peter (Fabrikam) requests access to the pilot; every subscriber expected gets CREATED. */
async function oneRequest(receivers: LiveSubscription<Event>[]) {
  const token = await server.token('peter@fabrikam.example');
  const before = await results();
  const made = await server.request(
    RequestEngagementAccessDocument,
    { input: { engagementId: pilot, justification: 'Fan-out check', acceptTerms: true } },
    token,
  );
  const id = made.data!.requestEngagementAccess.accessRequest.id;
  const seen = await Promise.all(
    receivers.map((s) => s.next((e) => e.accessRequestId === id && e.type === 'CREATED')),
  );
  await settle();
  const after = await results();
  await server.request(CancelAccessRequestDocument, { input: { accessRequestId: id } }, token);
  return {
    id,
    seen,
    executed: after.executed - before.executed,
    shared: after.shared - before.shared,
  };
}

/** Ends the subscriptions and waits until the server holds none, so tests count apart. */
async function dispose(live: LiveSubscription<Event>[]) {
  live.forEach((s) => s.dispose());
  while (server.app.deps.events.activeSubscriptions('ACCESS_REQUEST') > 0) await settle(20);
}

const VISIBLE_NODES = `subscription {
  accessRequestEvents { type accessRequestId requester { id email } requesterOrganization { id name } engagement { id name } }
}`;

describe('grouped fan-out (issue 17)', () => {
  it('a selection reading only access decisions runs once for the Power Users who decide alike (R-AR-1)', async () => {
    const live = await open(fabrikamPowerUsers, VISIBLE_NODES);
    const { seen, executed, shared } = await oneRequest(live);
    // Four different Power Users, one execution: the others replayed its decisions and matched.
    expect(executed).toBe(1);
    expect(shared).toBe(fabrikamPowerUsers.length - 1);
    for (const event of seen) {
      expect(event.requester).toEqual({ id: peter, email: 'peter@fabrikam.example' });
      expect(event.engagement).toMatchObject({ id: pilot, name: 'Cloud Migration Pilot' });
    }
    await dispose(live);
  });

  it('subscribers with the same selection but other permissions get their own payloads', async () => {
    // The engagement owner may not read the partner's user or organization (as node(id)); the
    // Power Users may: two groups, two executions, different payloads.
    const owners = await open(['oscar@contoso.example', 'oscar@contoso.example'], VISIBLE_NODES);
    const powerUsers = await open(fabrikamPowerUsers, VISIBLE_NODES);
    const { seen, executed, shared } = await oneRequest([...owners, ...powerUsers]);
    expect(executed).toBe(2);
    expect(shared).toBe(owners.length + powerUsers.length - 2);
    const [ownerView, ownerViewToo, ...powerUserViews] = seen;
    expect(ownerView.requester).toBeNull();
    expect(ownerView.requesterOrganization).toBeNull();
    expect(ownerView.engagement).toMatchObject({ id: pilot });
    expect(ownerViewToo).toEqual(ownerView);
    for (const view of powerUserViews) {
      expect(view.requester).toEqual({ id: peter, email: 'peter@fabrikam.example' });
      expect(view.requesterOrganization).toMatchObject({ name: 'Fabrikam Partners' });
      expect(view).not.toEqual(ownerView);
    }
    await dispose([...owners, ...powerUsers]);
  });

  it('a selection with viewerCan runs per subscriber, each with its own answers', async () => {
    const query = `subscription {
      accessRequestEvents { type accessRequestId engagement { id viewerCan { update addParticipants } } }
    }`;
    const owner = await open(['oscar@contoso.example'], query);
    const powerUsers = await open(fabrikamPowerUsers, query);
    const { seen, executed, shared } = await oneRequest([...owner, ...powerUsers]);
    expect(shared).toBe(0);
    expect(executed).toBe(1 + fabrikamPowerUsers.length);
    const [ownerView, ...powerUserViews] = seen;
    expect(ownerView.engagement!.viewerCan).toEqual({ update: true, addParticipants: true });
    for (const view of powerUserViews) {
      expect(view.engagement!.viewerCan!.update).toBe(false);
    }
    await dispose([...owner, ...powerUsers]);
  });

  it('grouping leaks nothing: another partner’s Power User never receives the event (R-PU-1)', async () => {
    const powerUsers = await open(fabrikamPowerUsers, VISIBLE_NODES);
    const outsider = await open(['nina@northwind.example'], VISIBLE_NODES);
    const { id, seen, executed } = await oneRequest(powerUsers);
    expect(executed).toBe(1);
    expect(seen).toHaveLength(fabrikamPowerUsers.length);
    await settle();
    expect(outsider[0].events.filter((e) => e.accessRequestId === id)).toEqual([]);
    expect(outsider[0].errors).toEqual([]);
    await dispose([...powerUsers, ...outsider]);
  });

  it('the same subscriber opening two different selections gets one execution of each', async () => {
    const narrow = `subscription { accessRequestEvents { type accessRequestId } }`;
    const wide = await open(fabrikamPowerUsers.slice(0, 2), VISIBLE_NODES);
    const small = await open(fabrikamPowerUsers.slice(0, 2), narrow);
    const { seen, executed, shared } = await oneRequest([...wide, ...small]);
    expect(executed).toBe(2);
    expect(shared).toBe(2);
    expect(seen[0].requester).toBeDefined();
    expect(seen[2].requester).toBeUndefined();
    await dispose([...wide, ...small]);
  });
});
