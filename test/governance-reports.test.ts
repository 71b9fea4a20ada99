import { organizationIdByName, startTestServer, TestServer } from './helpers/server';
import { PermissionSet, User } from '../entities';
import { toGlobalId } from '../src/globalId';

/**
 * R-PA-9 through the API: a permission set never grants reports access (REPORTS_VIEW, which
 * opens the client's event log to a partner admin); an employee added with a set, moved to a
 * set, or approved through an access link gets none from it; one who holds reports access keeps
 * it when its set changes; only the client's super admin gives or takes it (a matrix row).
 */
let server: TestServer;
let tailspin: string;
const sets: Record<string, string> = {};
const users: Record<string, string> = {};
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  tailspin = await organizationIdByName(server, 'Tailspin Client Co');
  for (const s of await server.app.deps.db.getRepository(PermissionSet).find()) {
    sets[s.name] = toGlobalId('PermissionSet', s.id);
  }
  for (const u of await server.app.deps.db.getRepository(User).find()) {
    const name = u.email.split('@')[0];
    users[name] = toGlobalId('User', u.id);
    tokens[name] = await server.token(u.email);
  }
});
afterAll(() => server.close());

async function reportsAccessOf(email: string): Promise<boolean | undefined> {
  const r = await server.raw<{
    organization: {
      members: { edges: { node: { reportsAccess: boolean; user: { email: string } } }[] };
    };
  }>(
    `query ($id: ID!) { organization(id: $id) { members(first: 100) { edges { node { reportsAccess user { email } } } } } }`,
    { id: tailspin },
    tokens.tina,
  );
  return r.data!.organization.members.edges.find((e) => e.node.user.email === email)?.node
    .reportsAccess;
}

/** Whether the employee reads the client's event log: the reports access REPORTS_VIEW opens. */
async function readsReports(name: string): Promise<boolean> {
  const r = await server.raw<{ organization: { auditEvents: { totalCount: number } | null } }>(
    `query ($id: ID!) { organization(id: $id) { auditEvents(first: 1) { totalCount } viewerCan { readEventLog } } }`,
    { id: tailspin },
    tokens[name],
  );
  const can = (r.data?.organization as unknown as { viewerCan: { readEventLog: boolean } })
    .viewerCan.readEventLog;
  const read = r.data?.organization.auditEvents != null;
  expect(can).toBe(read);
  if (!read) expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  return read;
}

const setReports = (name: string, token: string, granted: boolean) =>
  server.raw<{ setPartnerReportsAccess: { member: { reportsAccess: boolean } } }>(
    `mutation ($input: SetReportsAccessInput!) { setPartnerReportsAccess(input: $input) { member { reportsAccess } } }`,
    { input: { clientOrganizationId: tailspin, userId: users[name], granted } },
    token,
  );

const changeSet = (name: string, set: string) =>
  server.raw(
    `mutation ($input: PartnerEmployeeInput!) { changePartnerEmployeePermissions(input: $input) { member { permissionSet { name } } } }`,
    { input: { clientOrganizationId: tailspin, userId: users[name], permissionSetId: sets[set] } },
    tokens.frank,
  );

describe('reports access is never granted by a permission set (R-PA-9)', () => {
  it('R-PA-9: the seeded partner admin holds reports access on its own and reads the event log', async () => {
    expect(await reportsAccessOf('frank@fabrikam.example')).toBe(true);
    expect(await readsReports('frank')).toBe(true);
  });

  it('R-PA-9: an employee added with a set listing REPORTS_VIEW gets no reports access', async () => {
    const added = await server.raw(
      `mutation ($input: AddPartnerEmployeesInput!) { addPartnerEmployees(input: $input) { members { reportsAccess } } }`,
      {
        input: {
          clientOrganizationId: tailspin,
          userIds: [users.peter],
          permissionSetId: sets.Reporting,
        },
      },
      tokens.frank,
    );
    expect(added.errors).toBeUndefined();
    expect(added.data).toEqual({ addPartnerEmployees: { members: [{ reportsAccess: false }] } });
    expect(await readsReports('peter')).toBe(false);
  });

  it('R-PA-9: moving an employee to another set listing REPORTS_VIEW grants none', async () => {
    expect((await changeSet('peter', 'Employee manager')).errors).toBeUndefined();
    expect(await reportsAccessOf('peter@fabrikam.example')).toBe(false);
    expect(await readsReports('peter')).toBe(false);
  });

  it('R-PA-9, R-PA-1: only the client super admin gives reports access; partner admins cannot', async () => {
    for (const name of ['frank', 'peter', 'grace']) {
      const r = await setReports('peter', tokens[name], true);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(r.errors?.[0].extensions?.code);
    }
    expect((await setReports('peter', '', true)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const granted = await setReports('peter', tokens.tina, true);
    expect(granted.data).toEqual({ setPartnerReportsAccess: { member: { reportsAccess: true } } });
    expect(await readsReports('peter')).toBe(true);
  });

  it('R-PA-9: an employee holding reports access keeps it when its set changes, even to one without it', async () => {
    await server.app.deps.db.getRepository(PermissionSet).save({
      clientOrganizationId: (await server.app.deps.db
        .getRepository(PermissionSet)
        .findOneByOrFail({ name: 'Reporting' }))!.clientOrganizationId,
      name: 'Users only',
      permissions: [],
      createdAt: server.clock.now(),
    });
    const usersOnly = await server.app.deps.db
      .getRepository(PermissionSet)
      .findOneByOrFail({ name: 'Users only' });
    sets['Users only'] = toGlobalId('PermissionSet', usersOnly.id);
    for (const set of ['Users only', 'Reporting', 'Employee manager']) {
      expect((await changeSet('peter', set)).errors).toBeUndefined();
      expect(await reportsAccessOf('peter@fabrikam.example')).toBe(true);
      expect(await readsReports('peter')).toBe(true);
    }
  });

  it('R-PA-9: the super admin takes reports access away; the set does not give it back', async () => {
    expect((await setReports('peter', tokens.tina, false)).errors).toBeUndefined();
    expect(await readsReports('peter')).toBe(false);
    expect((await changeSet('peter', 'Reporting')).errors).toBeUndefined();
    expect(await readsReports('peter')).toBe(false);
  });

  it('R-PA-9, R-PA-2: an access link approved with a set listing REPORTS_VIEW grants none', async () => {
    const link = await server.raw<{ createAccessLink: { accessLink: { id: string } } }>(
      `mutation ($input: CreateAccessLinkInput!) { createAccessLink(input: $input) { accessLink { id } } }`,
      { input: { clientOrganizationId: tailspin, permissionSetId: sets.Reporting } },
      tokens.pat,
    );
    expect(link.errors).toBeUndefined();
    const approved = await server.raw(
      `mutation ($input: DecideAccessLinkInput!) { approveAccessLink(input: $input) { accessLink { status } } }`,
      { input: { accessLinkId: link.data!.createAccessLink.accessLink.id } },
      tokens.tina,
    );
    expect(approved.errors).toBeUndefined();
    expect(await reportsAccessOf('pat@fabrikam.example')).toBe(false);
    expect(await readsReports('pat')).toBe(false);
  });

  it('R-PA-9: explainAccess agrees: the reports grant names the permission, not the set', async () => {
    const r = await server.raw<{ explainAccess: { allowed: boolean } }>(
      `query ($u: ID!, $r: ID!) { explainAccess(userId: $u, action: ORGANIZATION_READ_EVENT_LOG, resourceId: $r) { allowed } }`,
      { u: users.peter, r: tailspin },
      tokens.tina,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.explainAccess.allowed).toBe(false);
  });
});
