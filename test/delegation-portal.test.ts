import {
  AddOrganizationMemberDocument,
  ChangeClientSeatsDocument,
  ChangeMemberRoleDocument,
  CreateClientOrganizationDocument,
  OrganizationBillingDocument,
  OrganizationSeatsDocument,
  RemoveOrganizationMemberDocument,
  SortedClientsDocument,
  UpdateBillingInformationDocument,
} from './generated/graphql';
import { codeOf, organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { AuditEvent, User } from '../entities';
import { fromGlobalId, toGlobalId } from '../src/globalId';

let server: TestServer;
let acme: string;
const tokens: Record<string, string> = {};
const as = (name: string) => tokens[name];

beforeAll(async () => {
  server = await startTestServer();
  acme = await organizationIdByName(server, 'Acme Provider Services');
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    tokens[u.email.split('@')[0]] = await server.token(u.email);
  }
});
afterAll(() => server.close());

const userId = async (email: string) =>
  toGlobalId('User', (await server.app.deps.db.getRepository(User).findOneByOrFail({ email })).id);

describe('the clients list sorts by each column (R-PR-1)', () => {
  const names = async (field: string, direction: 'ASC' | 'DESC', first = 10, after?: string) => {
    const r = await server.request(
      SortedClientsDocument,
      { id: acme, orderBy: { field: field as never, direction }, first, after },
      as('alice'),
    );
    expect(r.errors).toBeUndefined();
    return r.data!.organization!.clients!;
  };

  it('sorts by name, plan, assigned, used and remaining, both ways', async () => {
    const byName = await names('NAME', 'ASC');
    expect(byName.edges.map((e) => e.node.name)).toEqual([
      "My Client's Organization",
      "Second Client's Organization",
      "Third Client's Organization",
    ]);
    expect((await names('ASSIGNED', 'DESC')).edges.map((e) => e.node.seats!.assigned)).toEqual([
      20, 15, 10,
    ]);
    expect((await names('REMAINING', 'ASC')).edges.map((e) => e.node.seats!.remaining)).toEqual([
      9, 14, 19,
    ]);
    expect((await names('PLAN', 'DESC')).edges.map((e) => e.node.plan)).toEqual([
      'TEAMS',
      'ENTERPRISE',
      'ENTERPRISE',
    ]);
    expect((await names('USED', 'ASC')).totalCount).toBe(3);
  });

  it('pages a sorted list with keyset cursors', async () => {
    const first = await names('ASSIGNED', 'DESC', 2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await names('ASSIGNED', 'DESC', 2, first.pageInfo.endCursor!);
    expect(rest.edges.map((e) => e.node.seats!.assigned)).toEqual([10]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const bad = await server.request(
      SortedClientsDocument,
      { id: acme, orderBy: { field: 'NAME', direction: 'ASC' }, after: 'bm9wZQ' },
      as('alice'),
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('the provider portal end to end (R-PR-2..4)', () => {
  it('creates a client, raises its seats, onboards users until the seats run out', async () => {
    const created = await server.request(
      CreateClientOrganizationDocument,
      { input: { managerId: acme, name: 'Fourth Client', plan: 'TEAMS', seats: 2 } },
      as('alice'),
    );
    const client = created.data!.createClientOrganization.organization.id;
    await server.request(
      ChangeClientSeatsDocument,
      { input: { organizationId: client, assigned: 3 } },
      as('alice'),
    );
    const add = (n: number, invite = false) =>
      server.request(
        AddOrganizationMemberDocument,
        {
          input: {
            organizationId: client,
            email: `User${n}@Fourth.example`,
            name: `User ${n}`,
            role: n === 1 ? 'ADMIN' : 'MEMBER',
            invite,
          },
        },
        as('sam'),
      );
    const first = await add(1);
    expect(first.data?.addOrganizationMember.member).toMatchObject({
      role: 'ADMIN',
      status: 'ACTIVE',
      license: 'FULL',
      user: { email: 'user1@fourth.example' },
      organization: { seats: { assigned: 3, used: 1, remaining: 2 } },
    });
    expect((await add(2, true)).data?.addOrganizationMember.member.status).toBe('INVITED');
    expect((await add(3)).errors).toBeUndefined();
    const full = await add(4);
    expect(full.errors?.[0].extensions).toMatchObject({
      code: 'SEAT_LIMIT_REACHED',
      available: 0,
      requested: 1,
    });
    const again = await add(3);
    expect(codeOf(again)).toBe('CONFLICT');
    const seats = await server.request(OrganizationSeatsDocument, { id: client }, as('alice'));
    expect(seats.data?.organization?.seats).toEqual({ assigned: 3, used: 3, remaining: 0 });

    // Offboarding frees the seat; the user can then be added.
    const removed = await server.request(
      RemoveOrganizationMemberDocument,
      { input: { organizationId: client, userId: await userId('user3@fourth.example') } },
      as('alice'),
    );
    expect(removed.data?.removeOrganizationMember.organization.seats).toEqual({
      used: 2,
      remaining: 1,
    });
    expect((await add(4)).errors).toBeUndefined();

    // Roles: guests never keep a full license (R-DI-5); the last super admin stays (R-PA-8).
    const guest = await server.request(
      ChangeMemberRoleDocument,
      {
        input: {
          organizationId: client,
          userId: await userId('user4@fourth.example'),
          role: 'GUEST',
        },
      },
      as('alice'),
    );
    expect(guest.data?.changeMemberRole.member).toMatchObject({ role: 'GUEST', license: 'FREE' });
    const lastAdmin = await server.request(
      ChangeMemberRoleDocument,
      {
        input: {
          organizationId: client,
          userId: await userId('user1@fourth.example'),
          role: 'MEMBER',
        },
      },
      as('alice'),
    );
    expect(lastAdmin.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'R-PA-8' });
    const removeLastAdmin = await server.request(
      RemoveOrganizationMemberDocument,
      { input: { organizationId: client, userId: await userId('user1@fourth.example') } },
      as('alice'),
    );
    expect(removeLastAdmin.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });

    const actions = (
      await server.app.deps.db
        .getRepository(AuditEvent)
        .findBy({ organizationId: fromGlobalId(client)!.id })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'member.added',
        'member.invited',
        'member.removed',
        'member.role.changed',
      ]),
    );
  });

  it('refuses bad input and outsiders, changing nothing', async () => {
    const client = await organizationIdByName(server, "Third Client's Organization");
    const before = await server.request(OrganizationSeatsDocument, { id: client }, as('alice'));
    for (const input of [
      { email: 'not-an-email', name: 'X', role: 'MEMBER' as const },
      { email: 'g@x.example', name: 'G', role: 'GUEST' as const, license: 'FULL' as const },
      { email: 'p@x.example', name: 'P', role: 'PARTNER_ADMIN' as const },
    ]) {
      const r = await server.request(
        AddOrganizationMemberDocument,
        { input: { organizationId: client, ...input } },
        as('alice'),
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    }
    const outsider = await server.request(
      AddOrganizationMemberDocument,
      { input: { organizationId: client, email: 'o@x.example', name: 'O' } },
      as('carol'),
    );
    expect(codeOf(outsider)).toBe('NOT_FOUND');
    const after = await server.request(OrganizationSeatsDocument, { id: client }, as('alice'));
    expect(after.data).toEqual(before.data);
  });
});

describe('billing information (R-PR-3, R-PA-1)', () => {
  it('is updated by provider admins and super admins, not by service users', async () => {
    const client = await organizationIdByName(server, "My Client's Organization");
    const update = (who: string, email: string) =>
      server.request(
        UpdateBillingInformationDocument,
        { input: { organizationId: client, email, address: '1 Main St' } },
        as(who),
      );
    expect((await update('alice', 'billing@myclient.example')).data).toMatchObject({
      updateBillingInformation: {
        organization: { billing: { email: 'billing@myclient.example', address: '1 Main St' } },
      },
    });
    expect((await update('carol', 'ap@myclient.example')).errors).toBeUndefined();
    const serviceUser = await update('sam', 'x@myclient.example');
    expect(codeOf(serviceUser)).toBe('FORBIDDEN');
    const read = await server.request(OrganizationBillingDocument, { id: client }, as('sam'));
    expect(read.data?.organization?.billing?.email).toBe('ap@myclient.example');
    expect(codeOf(await update('alice', 'nope'))).toBe('BAD_USER_INPUT');
  });
});
