import { In } from 'typeorm';
import {
  AddOrganizationMemberDocument,
  ChangeClientSeatsDocument,
  ChangeMemberRoleDocument,
  OrganizationSeatsDocument,
  RemoveOrganizationMemberDocument,
} from './generated/graphql';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { AuditEvent, Organization, OrganizationMember, User } from '../entities';
import { MemberStatus, OrgRole } from '../entities/enums';
import { fromGlobalId, toGlobalId } from '../src/globalId';

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
    const reasons = responses.flatMap((r) => r.errors?.map((e) => e.extensions?.reason) ?? []);
    expect(reasons.every((r) => r === 'ORGANIZATION_SEATS_CHANGED_CONCURRENTLY')).toBe(true);
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
    expect(seats.data!.organization!.seats).toEqual({
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
    expect(
      responses.filter(
        (r) => r.errors?.[0]?.extensions?.reason === 'ORGANIZATION_SEATS_BELOW_USED',
      ),
    ).toHaveLength(3);
    const seats = await server.request(OrganizationSeatsDocument, { id: client }, token);
    expect(seats.data!.organization!.seats!.used).toBe(1);
    expect([30, 40]).toContain(seats.data!.organization!.seats!.assigned);
  });
});

describe('seats never oversubscribe (R-PR-4; DESIGN §3.6)', () => {
  it('admits exactly the seats left when 120 additions race for 10 seats', async () => {
    const client = await organizationIdByName(server, "Second Client's Organization");
    const token = await server.token('alice@acme-provider.example');
    await server.request(
      ChangeClientSeatsDocument,
      { input: { organizationId: client, assigned: 11 } }, // 1 used: 10 left
      token,
    );
    const responses = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        server.request(
          AddOrganizationMemberDocument,
          {
            input: {
              organizationId: client,
              email: `racer${i}@second.example`,
              name: `Racer ${i}`,
            },
          },
          token,
        ),
      ),
    );
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(10);
    expect(codes.filter((c) => c === 'SEAT_LIMIT_REACHED')).toHaveLength(110);
    // The figures are the ones the refusing statement saw: none left (issue 14, item 13).
    const figures = responses
      .filter((r) => codeOf(r) === 'SEAT_LIMIT_REACHED')
      .map(
        (r) =>
          `${r.errors![0].extensions!.requested} requested, ${r.errors![0].extensions!.available} remaining`,
      );
    expect(new Set(figures)).toEqual(new Set(['1 requested, 0 remaining']));
    const id = fromGlobalId(client)!.id;
    const org = await server.app.deps.db.getRepository(Organization).findOneByOrFail({ id });
    const occupying = await server.app.deps.db
      .getRepository(OrganizationMember)
      .countBy({ organizationId: id, status: In([MemberStatus.ACTIVE, MemberStatus.INVITED]) });
    expect(org.seatsUsed).toBe(11);
    expect(occupying).toBe(11);
  });
});

describe('one membership per user and organization (R-PR-3; DESIGN §3.6)', () => {
  it('admits one of 8 racing additions of the same email; the others are named conflicts', async () => {
    const client = await organizationIdByName(server, "My Client's Organization");
    const token = await server.token('alice@acme-provider.example');
    const input = { organizationId: client, email: 'twin@client.example', name: 'Twin' };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        server.request(AddOrganizationMemberDocument, { input }, token),
      ),
    );
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    const refusals = responses.flatMap((r) => r.errors ?? []).map((e) => e.extensions);
    expect(refusals).toHaveLength(7);
    for (const refusal of refusals) {
      expect(refusal?.code).toBe('CONFLICT');
      // Serialized, the later ones find the member; interleaved, the unique key refuses them.
      expect(['MEMBER_ALREADY_IN_ORGANIZATION', 'MEMBER_ADDED_CONCURRENTLY']).toContain(
        refusal?.reason,
      );
    }
  });
});

describe('a client keeps at least one super admin (R-PA-8; DESIGN §3.6)', () => {
  it('never loses its last super admin when demotions and removals race', async () => {
    const client = await organizationIdByName(server, "My Client's Organization");
    const alice = await server.token('alice@acme-provider.example');
    const carol = await server.app.deps.db
      .getRepository(User)
      .findOneByOrFail({ email: 'carol@myclient.example' });
    const added = await server.request(
      AddOrganizationMemberDocument,
      {
        input: {
          organizationId: client,
          email: 'cody@myclient.example',
          name: 'Cody',
          role: 'ADMIN',
        },
      },
      alice,
    );
    expect(added.errors).toBeUndefined();
    const cody = fromGlobalId(added.data!.addOrganizationMember.member.user.id)!.id;
    const admins = [carol.id, cody];
    const responses = await Promise.all(
      Array.from({ length: 16 }, (_, i) => {
        const userId = toGlobalId('User', admins[i % 2]);
        return i % 4 < 2
          ? server.request(
              ChangeMemberRoleDocument,
              { input: { organizationId: client, userId, role: 'MEMBER' } },
              alice,
            )
          : server.request(
              RemoveOrganizationMemberDocument,
              { input: { organizationId: client, userId } },
              alice,
            );
      }),
    );
    const codes = responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.every((c) => ['OK', 'CONFLICT', 'NOT_FOUND'].includes(c as string))).toBe(true);
    // R-PA-8: every refusal of the race is the last-super-admin rule, named.
    const conflicts = responses.flatMap((r) =>
      (r.errors ?? []).filter((e) => e.extensions?.code === 'CONFLICT'),
    );
    expect(conflicts.every((e) => e.extensions?.reason === 'ORGANIZATION_LAST_SUPER_ADMIN')).toBe(
      true,
    );
    const remaining = await server.app.deps.db.getRepository(OrganizationMember).countBy({
      organizationId: fromGlobalId(client)!.id,
      role: OrgRole.ADMIN,
      status: MemberStatus.ACTIVE,
    });
    expect(remaining).toBe(1);
  });
});
