import { organizationIdByName, startTestServer, TestServer } from './helpers/server';

/**
 * Issue 14 item 16: whoever may read an organization's event log sees who acted in it (a
 * provider's user included, R-PR-3), and filtering by actor agrees with what is shown.
 */
let server: TestServer;
let client: string;
let carol: string;
let sam: string;

beforeAll(async () => {
  server = await startTestServer();
  client = await organizationIdByName(server, "My Client's Organization");
  carol = await server.token('carol@myclient.example');
  sam = await server.token('sam@acme-provider.example');
});
afterAll(() => server.close());

interface Event {
  id: string;
  action: string;
  actor: { id: string; email: string } | null;
}

const LOG = `query ($id: ID!, $filter: AuditEventFilter) { organization(id: $id) {
  auditEvents(filter: $filter, first: 100) { totalCount edges { node { id action actor { id email } } } } } }`;

async function log(token: string, filter: Record<string, unknown> = {}) {
  const res = await server.raw<{
    organization: { auditEvents: { totalCount: number; edges: { node: Event }[] } };
  }>(LOG, { id: client, filter }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.organization.auditEvents.edges.map((e) => e.node);
}

describe("a client's event log (R-PR-3)", () => {
  beforeAll(async () => {
    const changed = await server.raw(
      `mutation ($input: ChangeClientSeatsInput!) { changeClientSeats(input: $input) { organization { id } } }`,
      { input: { organizationId: client, assigned: 16 } },
      sam,
    );
    expect(changed.errors).toBeUndefined();
  });

  it('shows the client admin which provider user acted in its organization', async () => {
    const [event] = await log(carol, { action: 'organization.seats.changed' });
    expect(event.actor).toMatchObject({ email: 'sam@acme-provider.example' });
  });

  it('filters by exactly the actors it shows, and by nobody it hides', async () => {
    const events = await log(carol);
    expect(events.length).toBeGreaterThan(0);
    const actors = new Map<string, string[]>();
    for (const e of events) {
      expect(e.actor === null ? e.action : 'shown').toBe('shown'); // no hidden human actor
      actors.set(e.actor!.id, [...(actors.get(e.actor!.id) ?? []), e.id]);
    }
    for (const [actorId, ids] of actors) {
      const filtered = await log(carol, { actorId });
      expect(filtered.map((e) => e.id)).toEqual(ids);
      expect(new Set(filtered.map((e) => e.actor?.id))).toEqual(new Set([actorId]));
    }
  });
});
