import { AddOrganizationMemberDocument, ChangeMemberRoleDocument } from './generated/graphql';
import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { settle, subscribe, subscribed } from './helpers/subscriptions';

/**
 * The live event log (issue 19): `auditEvents` for those who may read an organization's event
 * log (R-PR-3), with the connection's filters and `after`, and its streamed CSV / JSON Lines
 * export with the same permission and filters.
 */
const AUDIT_EVENTS = `subscription ($organizationId: ID!, $filter: AuditEventFilter, $after: String) {
  auditEvents(organizationId: $organizationId, filter: $filter, after: $after) {
    cursor event { id action targetType targetId }
  }
}`;

interface AuditData {
  cursor: string;
  event: { id: string; action: string; targetType: string; targetId: string };
}

let server: TestServer;
let host: string;
let olivia: string;
let grace: string;

beforeAll(async () => {
  server = await startTestServer();
  host = await organizationIdByName(server, 'Contoso Host');
  olivia = await server.token('olivia@contoso.example');
  grace = await server.token('grace@globex.example'); // an admin of another tenant
}, 120_000);

afterAll(() => server.close());

const changeRole = (userId: string, role: string) =>
  server.request(
    ChangeMemberRoleDocument,
    { input: { organizationId: host, userId, role: role as never } },
    olivia,
  );

describe('auditEvents subscription and event log export (R-PR-3)', () => {
  it('streams filtered entries to event-log readers, resumes with after, refuses others', async () => {
    const filter = { action: 'member.role.changed' };
    const reader = subscribe<AuditData>(server.ws({ token: olivia }), AUDIT_EVENTS, {
      organizationId: host,
      filter,
    });
    const outsider = subscribe<AuditData>(server.ws({ token: grace }), AUDIT_EVENTS, {
      organizationId: host,
    });
    await subscribed(server, 'AUDIT', 1);
    const added = await server.request(
      AddOrganizationMemberDocument,
      {
        input: { organizationId: host, email: 'hal@contoso.example', name: 'Hal', role: 'MEMBER' },
      },
      olivia,
    );
    const hal = added.data!.addOrganizationMember.member.user.id;
    expect((await changeRole(hal, 'ADMIN')).errors).toBeUndefined();
    const first = await reader.next((e) => e.event.targetId === hal, 30_000);
    expect(first.event.action).toBe('member.role.changed');
    reader.dispose();

    expect((await changeRole(hal, 'MEMBER')).errors).toBeUndefined();
    const resumed = subscribe<AuditData>(server.ws({ token: olivia }), AUDIT_EVENTS, {
      organizationId: host,
      filter,
      after: first.cursor,
    });
    await resumed.next(() => true, 30_000);
    await settle(300);
    // Exactly the entry written after the cursor; the member.added entry is filtered out.
    expect(resumed.events).toHaveLength(1);
    expect(resumed.events[0].event.id).not.toBe(first.event.id);
    expect(resumed.events[0].event.action).toBe('member.role.changed');

    expect(outsider.events).toEqual([]);
    expect(outsider.errors).toMatchObject([
      { extensions: { code: expect.stringMatching(/NOT_FOUND|FORBIDDEN/) } },
    ]);
    resumed.dispose();
  }, 120_000);

  it('exports the event log as CSV and JSON Lines with the same filters and permission', async () => {
    const base = `${server.url}/exports/organizations/${encodeURIComponent(host)}`;
    const get = (path: string, token: string) =>
      fetch(`${base}/${path}`, { headers: { authorization: `Bearer ${token}` } });
    const jsonl = await get('audit.jsonl?action=member.role.changed', olivia);
    expect(jsonl.status).toBe(200);
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    const rows = (await jsonl.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; id: string });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.action === 'member.role.changed')).toBe(true);

    const csv = await get('audit.csv', olivia);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).split('\r\n');
    expect(lines[0]).toBe('id,createdAt,action,actorId,targetType,targetId,metadata');
    expect(lines.length).toBeGreaterThan(rows.length);

    expect((await get('audit.csv', grace)).status).toBeGreaterThanOrEqual(403);
    expect((await get('audit.jsonl?since=nope', olivia)).status).toBe(400);
  }, 120_000);
});
