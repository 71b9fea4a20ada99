import { ChangeClientSeatsDocument, OrganizationSeatsDocument } from './generated/graphql';
import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { AuditEvent } from '../entities';
import { fromGlobalId } from '../src/globalId';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('concurrent seat changes (R-PR-3, R-PR-4; DESIGN §3.6)', () => {
  it('serializes racing changes: no lost update, an unbroken audit chain, the final value is the last one', async () => {
    const client = await organizationIdByName(server, "Third Client's Organization");
    const tokens = await Promise.all(
      ['alice@acme-provider.example', 'sam@acme-provider.example'].map((e) => server.token(e)),
    );
    const values = Array.from({ length: 16 }, (_, i) => 20 + i);
    const responses = await Promise.all(
      values.map((assigned, i) =>
        server.request(
          ChangeClientSeatsDocument,
          { input: { organizationId: client, assigned } },
          tokens[i % 2],
        ),
      ),
    );
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.every((c) => c === 'OK' || c === 'CONFLICT')).toBe(true);
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThan(0);

    const events = await server.app.deps.db.getRepository(AuditEvent).find({
      where: { organizationId: fromGlobalId(client)!.id, action: 'organization.seats.changed' },
      order: { id: 'ASC' },
    });
    expect(events.length).toBe(codes.filter((c) => c === 'OK').length);
    let previous = 10; // seeded: 10 assigned, 1 used
    for (const event of events) {
      expect(event.metadata.before).toBe(previous);
      previous = event.metadata.after as number;
    }
    const seats = await server.request(OrganizationSeatsDocument, { id: client }, tokens[0]);
    expect(seats.data!.organization.seats).toEqual({
      assigned: previous,
      used: 1,
      remaining: previous - 1,
    });
  });

  it('never lets a racing change go below the seats in use', async () => {
    const client = await organizationIdByName(server, "My Client's Organization");
    const token = await server.token('alice@acme-provider.example');
    const responses = await Promise.all(
      [0, 30, 0, 40, 0].map((assigned) =>
        server.request(
          ChangeClientSeatsDocument,
          { input: { organizationId: client, assigned } },
          token,
        ),
      ),
    );
    expect(
      responses.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT'),
    ).toHaveLength(3);
    const seats = await server.request(OrganizationSeatsDocument, { id: client }, token);
    expect(seats.data!.organization.seats.used).toBe(1);
    expect([30, 40]).toContain(seats.data!.organization.seats.assigned);
  });
});
