import {
  CreateScimTokenDocument,
  OrganizationScimTokensDocument,
  RevokeScimTokenDocument,
} from './generated/graphql';
import { codeOf, startTestServer, TestServer } from './helpers/server';
import { testDatabaseKind } from './helpers/database';
import { createCompanyWithMembers } from './factories/organizations';
import {
  AuditEvent,
  EventRecord,
  Organization,
  OrganizationDomain,
  OrganizationMember,
  ScimToken,
  User,
} from '../entities';
import { MemberStatus } from '../entities/enums';
import { toGlobalId } from '../src/globalId';

/**
 * SCIM 2.0 provisioning (RFC 7643/7644) per organization (R-DI-1), through tokens only super admins
 * create (R-PA-10), over real HTTP: the request sequence an enterprise identity provider sends, the
 * seats it occupies (R-PR-4) and the tenant it is confined to.
 */
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

let server: TestServer;

interface ScimResponse {
  status: number;
  type: string | null;
  location: string | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- SCIM JSON, checked field by field
  body: Record<string, any>;
}

async function scim(
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<ScimResponse> {
  const response = await fetch(`${server.url}/scim/v2${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    location: response.headers.get('location'),
    body: text ? JSON.parse(text) : {},
  };
}

/** A company with a super admin, a verified domain, and `free` free seats. */
async function company(name: string, free: number) {
  const { org, adminEmail } = await createCompanyWithMembers(server.app.deps.db, name, 0);
  const domain = adminEmail.split('@')[1];
  const db = server.app.deps.db;
  await db.getRepository(OrganizationDomain).insert({ organizationId: org.id, domain });
  await db.getRepository(Organization).update({ id: org.id }, { seatsAssigned: 1 + free });
  const adminToken = await server.token(adminEmail);
  const created = await server.request(
    CreateScimTokenDocument,
    { input: { organizationId: toGlobalId('Organization', org.id), name: 'Okta' } },
    adminToken,
  );
  expect(created.errors).toBeUndefined();
  return { org, domain, adminToken, token: created.data!.createScimToken.secret };
}

const seatsUsed = async (orgId: number) =>
  (await server.app.deps.db.getRepository(Organization).findOneByOrFail({ id: orgId })).seatsUsed;

const newUser = (email: string, extra: Record<string, unknown> = {}) => ({
  schemas: [USER],
  userName: email,
  name: { givenName: 'Jane', familyName: 'Doe' },
  emails: [{ value: email, type: 'work', primary: true }],
  active: true,
  ...extra,
});

function expectError(r: ScimResponse, status: number, scimType?: string) {
  expect(r.status).toBe(status);
  expect(r.type).toMatch(/^application\/scim\+json/);
  expect(r.body.schemas).toEqual([ERROR]);
  expect(r.body.status).toBe(String(status));
  if (scimType) expect(r.body.scimType).toBe(scimType);
}

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('SCIM tokens through GraphQL (R-PA-10)', () => {
  it('are created by a super admin, shown once, stored hashed, listed without secrets, audited and revoked', async () => {
    const { org, adminToken, token } = await company('Token Co', 5);
    expect(token).toMatch(/^agscim_[A-Za-z0-9_-]{43}$/);
    const stored = await server.app.deps.db
      .getRepository(ScimToken)
      .findBy({ organizationId: org.id });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    const listed = await server.request(
      OrganizationScimTokensDocument,
      { id: toGlobalId('Organization', org.id) },
      adminToken,
    );
    const nodes = listed.data!.organization!.scimTokens!.edges.map((e) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ name: 'Okta', prefix: token.slice(0, 12), revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(token);

    expect((await scim('GET', '/Users', token)).status).toBe(200);
    const revoked = await server.request(
      RevokeScimTokenDocument,
      { input: { scimTokenId: nodes[0].id } },
      adminToken,
    );
    expect(revoked.data!.revokeScimToken.scimToken.revokedAt).not.toBeNull();
    expectError(await scim('GET', '/Users', token), 401);

    const actions = (
      await server.app.deps.db.getRepository(AuditEvent).findBy({ organizationId: org.id })
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['scim.token.created', 'scim.token.revoked']));
  });

  it('are refused to a partner admin of the client, allowed to its super admin (R-PA-10)', async () => {
    const tailspin = toGlobalId(
      'Organization',
      (
        await server.app.deps.db
          .getRepository(Organization)
          .findOneByOrFail({ name: 'Tailspin Client Co' })
      ).id,
    );
    const input = { organizationId: tailspin, name: 'Entra ID' };
    const partnerAdmin = await server.request(
      CreateScimTokenDocument,
      { input },
      await server.token('frank@fabrikam.example'),
    );
    expect(codeOf(partnerAdmin)).toBe('FORBIDDEN');
    const superAdmin = await server.request(
      CreateScimTokenDocument,
      { input },
      await server.token('tina@tailspin.example'),
    );
    expect(superAdmin.errors).toBeUndefined();
    const listAsPartner = await server.request(
      OrganizationScimTokensDocument,
      { id: tailspin },
      await server.token('frank@fabrikam.example'),
    );
    expect(listAsPartner.data!.organization!.scimTokens).toBeNull();
    expect(codeOf(listAsPartner)).toBe('FORBIDDEN');
  });

  it('refuse requests without a token or with a malformed one', async () => {
    expectError(await scim('GET', '/Users', undefined), 401);
    expectError(await scim('GET', '/Users', 'agscim_not-a-real-token'), 401);
    expectError(await scim('GET', '/ServiceProviderConfig', 'Bearer nonsense'), 401);
  });
});

describe('the provisioning sequence of an identity provider (RFC 7644)', () => {
  it('discovers, creates, finds, deactivates, patches, replaces and deletes users', async () => {
    const { org, domain, token } = await company('Conformance Co', 5);
    const email = `jane.doe@${domain}`;

    const config = await scim('GET', '/ServiceProviderConfig', token);
    expect(config.status).toBe(200);
    expect(config.type).toMatch(/^application\/scim\+json/);
    expect(config.body).toMatchObject({ patch: { supported: true }, bulk: { supported: false } });
    const types = await scim('GET', '/ResourceTypes', token);
    expect(types.body.schemas).toEqual([LIST]);
    expect(types.body.Resources.map((r: { id: string }) => r.id)).toEqual(['User', 'Group']);
    const schemas = await scim('GET', '/Schemas', token);
    expect(schemas.body.Resources.map((r: { id: string }) => r.id)).toEqual([USER, GROUP]);
    expect((await scim('GET', `/Schemas/${USER}`, token)).body.name).toBe('User');

    // 1. Does the user exist? (Okta and Entra ID ask by userName first.)
    const none = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`,
      token,
    );
    expect(none.status).toBe(200);
    expect(none.body).toEqual({
      schemas: [LIST],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });

    // 2. Create: 201, Location, the resource; one seat taken (R-PR-4).
    const before = await seatsUsed(org.id);
    const created = await scim('POST', '/Users', token, newUser(email, { externalId: '00u1' }));
    expect(created.status).toBe(201);
    expect(created.type).toMatch(/^application\/scim\+json/);
    expect(created.body).toMatchObject({
      schemas: [USER],
      userName: email,
      externalId: '00u1',
      displayName: 'Jane Doe',
      active: true,
      emails: [{ value: email, primary: true }],
      meta: { resourceType: 'User' },
    });
    const id = created.body.id as string;
    expect(created.location).toBe(`${server.url}/scim/v2/Users/${id}`);
    expect(created.body.meta.location).toBe(created.location);
    expect(await seatsUsed(org.id)).toBe(before + 1);
    const userId = (await server.app.deps.db.getRepository(User).findOneByOrFail({ email })).id;
    const audit = await server.app.deps.db
      .getRepository(AuditEvent)
      .findOneByOrFail({ organizationId: org.id, action: 'member.added', targetId: userId });
    expect(audit.actorUserId).toBeNull();
    expect(audit.metadata).toMatchObject({ via: 'scim' });
    // Placeholder subject until the first sign-in links it (as for invited users).
    expect(
      (await server.app.deps.db.getRepository(User).findOneByOrFail({ id: userId })).subject,
    ).toBe(email);

    expectError(await scim('POST', '/Users', token, newUser(email)), 409, 'uniqueness');

    // 3. Find by each filter the identity providers use.
    for (const filter of [
      `userName eq "${email.toUpperCase()}"`,
      `externalId eq "00u1"`,
      `emails.value eq "${email}"`,
      `emails[type eq "work" and value eq "${email}"]`,
      `id eq "${id}" and userName eq "${email}"`,
    ]) {
      const found = await scim('GET', `/Users?filter=${encodeURIComponent(filter)}`, token);
      expect(found.status).toBe(200);
      expect(found.body.totalResults).toBe(1);
      expect(found.body.Resources[0].id).toBe(id);
    }
    expectError(
      await scim('GET', `/Users?filter=${encodeURIComponent('userName co "jane"')}`, token),
      400,
      'invalidFilter',
    );
    expectError(
      await scim('GET', `/Users?filter=${encodeURIComponent('userName eq')}`, token),
      400,
      'invalidFilter',
    );
    const got = await scim('GET', `/Users/${id}?attributes=userName`, token);
    expect(got.status).toBe(200);
    expect(Object.keys(got.body).sort()).toEqual(['id', 'meta', 'schemas', 'userName']);

    // 4. Deactivate as Entra ID sends it ("Replace", "False"): the seat is freed.
    const off = await scim('PATCH', `/Users/${id}`, token, {
      schemas: [PATCH],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect(await seatsUsed(org.id)).toBe(before);
    const member = await server.app.deps.db
      .getRepository(OrganizationMember)
      .findOneByOrFail({ organizationId: org.id, userId });
    expect(member.status).toBe(MemberStatus.DEACTIVATED);

    // 5. Patch attributes (Okta's form: no path, a value object) and reactivate: a seat again.
    const renamed = await scim('PATCH', `/Users/${id}`, token, {
      schemas: [PATCH],
      Operations: [
        { op: 'replace', value: { active: true, 'name.givenName': 'Janet' } },
        { op: 'add', path: 'externalId', value: '00u1-b' },
      ],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      active: true,
      displayName: 'Janet Doe',
      externalId: '00u1-b',
    });
    expect(await seatsUsed(org.id)).toBe(before + 1);
    expectError(
      await scim('PATCH', `/Users/${id}`, token, {
        schemas: [PATCH],
        Operations: [{ op: 'move', path: 'active', value: true }],
      }),
      400,
      'invalidSyntax',
    );
    expectError(
      await scim('PATCH', `/Users/${id}`, token, { Operations: [{ op: 'add', value: {} }] }),
      400,
      'invalidSyntax',
    );

    // 6. Replace: the email is immutable; the rest is replaced.
    expectError(
      await scim('PUT', `/Users/${id}`, token, newUser(`other@${domain}`)),
      400,
      'mutability',
    );
    const replaced = await scim('PUT', `/Users/${id}`, token, {
      schemas: [USER],
      userName: email,
      name: { formatted: 'Jane Q. Doe' },
      active: false,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ displayName: 'Jane Q. Doe', active: false });
    expect(replaced.body.externalId).toBeUndefined();
    expect(await seatsUsed(org.id)).toBe(before);

    // 7. Paging: startIndex is 1-based, count bounded.
    await scim('POST', '/Users', token, newUser(`john@${domain}`));
    const page = await scim('GET', '/Users?startIndex=2&count=1', token);
    expect(page.body).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });
    const empty = await scim('GET', '/Users?count=0', token);
    expect(empty.body).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });

    // 8. Delete: 204, then 404; the user stays (only this membership went).
    expect((await scim('DELETE', `/Users/${id}`, token)).status).toBe(204);
    expectError(await scim('GET', `/Users/${id}`, token), 404);
    expectError(await scim('DELETE', `/Users/${id}`, token), 404);
    expect(await server.app.deps.db.getRepository(User).existsBy({ id: userId })).toBe(true);
    expect(
      await server.app.deps.db.getRepository(AuditEvent).existsBy({
        organizationId: org.id,
        action: 'member.removed',
        targetId: userId,
      }),
    ).toBe(true);
  });

  it('creates groups (teams), adds and removes members, renames and deletes them', async () => {
    const { org, domain, token } = await company('Groups Co', 5);
    const a = (await scim('POST', '/Users', token, newUser(`a@${domain}`))).body.id as string;
    const b = (await scim('POST', '/Users', token, newUser(`b@${domain}`))).body.id as string;

    const created = await scim('POST', '/Groups', token, {
      schemas: [GROUP],
      displayName: 'Engineering',
      externalId: 'grp-1',
      members: [{ value: a }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      schemas: [GROUP],
      displayName: 'Engineering',
      externalId: 'grp-1',
      members: [{ value: a, display: 'Jane Doe' }],
      meta: { resourceType: 'Group' },
    });
    const id = created.body.id as string;
    expect(created.location).toBe(`${server.url}/scim/v2/Groups/${id}`);
    expectError(
      await scim('POST', '/Groups', token, { schemas: [GROUP], displayName: 'Engineering' }),
      409,
      'uniqueness',
    );

    const found = await scim(
      'GET',
      `/Groups?filter=${encodeURIComponent('displayName eq "Engineering"')}&excludedAttributes=members`,
      token,
    );
    expect(found.body.totalResults).toBe(1);
    expect(found.body.Resources[0].members).toBeUndefined();

    const added = await scim('PATCH', `/Groups/${id}`, token, {
      schemas: [PATCH],
      Operations: [{ op: 'Add', path: 'members', value: [{ value: b }] }],
    });
    expect(added.status).toBe(200);
    expect(added.body.members.map((m: { value: string }) => m.value).sort()).toEqual([a, b].sort());

    const removed = await scim('PATCH', `/Groups/${id}`, token, {
      schemas: [PATCH],
      Operations: [{ op: 'remove', path: `members[value eq "${a}"]` }],
    });
    expect(removed.body.members).toEqual([expect.objectContaining({ value: b })]);
    const removedByValue = await scim('PATCH', `/Groups/${id}`, token, {
      schemas: [PATCH],
      Operations: [
        { op: 'remove', path: 'members', value: [{ value: b }] },
        { op: 'replace', path: 'displayName', value: 'Platform' },
      ],
    });
    expect(removedByValue.body).toMatchObject({ displayName: 'Platform', members: [] });

    expectError(
      await scim('PATCH', `/Groups/${id}`, token, {
        schemas: [PATCH],
        Operations: [
          { op: 'add', path: 'members', value: [{ value: toGlobalId('User', 999999) }] },
        ],
      }),
      400,
      'invalidValue',
    );

    const actions = (
      await server.app.deps.db.getRepository(AuditEvent).findBy({ organizationId: org.id })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'team.created',
        'team.member.added',
        'team.member.removed',
        'team.updated',
      ]),
    );

    expect((await scim('DELETE', `/Groups/${id}`, token)).status).toBe(204);
    expectError(await scim('GET', `/Groups/${id}`, token), 404);
  });

  it('never deactivates or deletes the last super admin (R-PA-8)', async () => {
    const { org, domain, token } = await company('Last Admin Co', 2);
    const admin = await server.app.deps.db
      .getRepository(User)
      .findOneByOrFail({ email: `admin@${domain}` });
    const id = toGlobalId('User', admin.id);
    const off = await scim('PATCH', `/Users/${id}`, token, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    expectError(off, 409);
    expect(off.body.scimType).toBeUndefined();
    expectError(await scim('DELETE', `/Users/${id}`, token), 409);
    expect(
      await server.app.deps.db
        .getRepository(OrganizationMember)
        .existsBy({ organizationId: org.id, userId: admin.id, status: MemberStatus.ACTIVE }),
    ).toBe(true);
  });

  it('answers unsupported features and bad bodies with SCIM errors', async () => {
    const { token } = await company('Errors Co', 1);
    expectError(await scim('POST', '/Bulk', token, { schemas: [] }), 501);
    expectError(await scim('GET', '/Me', token), 501);
    expectError(await scim('GET', '/Nope', token), 404);
    expectError(
      await scim('POST', '/Users', token, { userName: 'x@y.example' }),
      400,
      'invalidSyntax',
    );
    const broken = await fetch(`${server.url}/scim/v2/Users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
      body: '{"schemas": [',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { scimType: string }).scimType).toBe('invalidSyntax');
    const huge = await fetch(`${server.url}/scim/v2/Users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' },
      body: JSON.stringify({ schemas: [USER], userName: 'x'.repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
  });
});

describe('seats and tenants under SCIM', () => {
  it('refuses a user when no seat is left, with the SEAT_LIMIT_REACHED reason (R-PR-4)', async () => {
    const { domain, token } = await company('Full Co', 0);
    const refused = await scim('POST', '/Users', token, newUser(`late@${domain}`));
    expectError(refused, 403);
    expect(refused.body.reason).toBe('SEAT_LIMIT_REACHED');
  });

  it(`admits exactly 10 of 30 concurrent creates for 10 remaining seats (${testDatabaseKind()})`, async () => {
    const { org, domain, token } = await company('Race Co', 10);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        scim('POST', '/Users', token, newUser(`racer${i}@${domain}`)),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(
      results.filter((r) => r.status !== 201).every((r) => r.body.reason === 'SEAT_LIMIT_REACHED'),
    ).toBe(true);
    const row = await server.app.deps.db
      .getRepository(Organization)
      .findOneByOrFail({ id: org.id });
    expect(row.seatsUsed).toBe(row.seatsAssigned);
    expect(
      await server.app.deps.db
        .getRepository(OrganizationMember)
        .countBy({ organizationId: org.id, status: MemberStatus.ACTIVE }),
    ).toBe(11);
  });

  it('confines a token to its own organization: other tenants are NOT_FOUND', async () => {
    const a = await company('Tenant A', 5);
    const b = await company('Tenant B', 5);
    const userOfB = (await scim('POST', '/Users', b.token, newUser(`bee@${b.domain}`))).body.id;
    const groupOfB = (
      await scim('POST', '/Groups', b.token, { schemas: [GROUP], displayName: 'B team' })
    ).body.id;
    const missing = await scim('GET', `/Users/${toGlobalId('User', 999999)}`, a.token);
    expectError(missing, 404);
    for (const [method, path, body] of [
      ['GET', `/Users/${userOfB}`, undefined],
      ['PUT', `/Users/${userOfB}`, newUser(`bee@${b.domain}`)],
      [
        'PATCH',
        `/Users/${userOfB}`,
        { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] },
      ],
      ['DELETE', `/Users/${userOfB}`, undefined],
      ['GET', `/Groups/${groupOfB}`, undefined],
      [
        'PATCH',
        `/Groups/${groupOfB}`,
        { schemas: [PATCH], Operations: [{ op: 'add', path: 'members', value: [] }] },
      ],
      ['DELETE', `/Groups/${groupOfB}`, undefined],
    ] as const) {
      const r = await scim(method, path, a.token, body);
      expectError(r, 404);
      expect(Object.keys(r.body).sort()).toEqual(Object.keys(missing.body).sort());
    }
    const listed = await scim(
      'GET',
      `/Users?filter=${encodeURIComponent(`userName eq "bee@${b.domain}"`)}`,
      a.token,
    );
    expect(listed.body.totalResults).toBe(0);
    const all = await scim('GET', '/Users', a.token);
    expect(all.body.Resources.map((u: { userName: string }) => u.userName)).not.toContain(
      `bee@${b.domain}`,
    );
    // A's group cannot take B's user.
    expectError(
      await scim('POST', '/Groups', a.token, {
        schemas: [GROUP],
        displayName: 'Mixed',
        members: [{ value: userOfB }],
      }),
      400,
      'invalidValue',
    );
    // B's user is untouched and still active.
    expect((await scim('GET', `/Users/${userOfB}`, b.token)).body.active).toBe(true);
  });

  it('publishes the access change of every membership change, as GraphQL mutations do', async () => {
    const { domain, token } = await company('Events Co', 5);
    const email = `evented@${domain}`;
    const bus = server.app.deps.events;
    const versionOf = async () =>
      bus.grantsVersion(
        (await server.app.deps.db.getRepository(User).findOneByOrFail({ email })).id,
      );
    /** Waits (generously: events may cross Redis) until the user's grants version passes `than`. */
    const movedPast = async (than: number) => {
      for (let i = 0; i < 300 && (await versionOf()) <= than; i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      return versionOf();
    };
    const id = (await scim('POST', '/Users', token, newUser(email))).body.id as string;
    const created = await movedPast(0);
    expect(created).toBeGreaterThan(0);
    await scim('PATCH', `/Users/${id}`, token, {
      schemas: [PATCH],
      Operations: [{ op: 'replace', path: 'active', value: false }],
    });
    const deactivated = await movedPast(created);
    expect(deactivated).toBeGreaterThan(created);
    await scim('DELETE', `/Users/${id}`, token);
    expect(await movedPast(deactivated)).toBeGreaterThan(deactivated);
  });

  it('answers only once the access change it published is recorded', async () => {
    const { domain, token } = await company('Slow Events Co', 5);
    const bus = server.app.deps.events;
    const publish = bus.publish.bind(bus);
    // A slow recorder, not a fake: the events are still recorded, 300 ms late.
    bus.publish = async (events) => {
      await new Promise((r) => setTimeout(r, 300));
      return publish(events);
    };
    const recorded = () =>
      server.app.deps.db.getRepository(EventRecord).countBy({ topic: 'ACCESS_CHANGED' });
    try {
      const before = await recorded();
      const created = await scim('POST', '/Users', token, newUser(`slow@${domain}`));
      expect(created.status).toBe(201);
      expect(await recorded()).toBe(before + 1);
    } finally {
      bus.publish = publish;
    }
  });

  it('removes only the membership of the token organization, never the user elsewhere (R-MB-2)', async () => {
    const a = await company('Shared A', 5);
    const b = await company('Shared B', 5);
    const email = `shared@${b.domain}`;
    await scim('POST', '/Users', b.token, newUser(email));
    // In A the same person is not of a verified domain: invited (consent), still one seat.
    const inA = await scim('POST', '/Users', a.token, newUser(email));
    expect(inA.status).toBe(201);
    const userId = (await server.app.deps.db.getRepository(User).findOneByOrFail({ email })).id;
    const memberA = await server.app.deps.db
      .getRepository(OrganizationMember)
      .findOneByOrFail({ organizationId: a.org.id, userId });
    expect(memberA.status).toBe(MemberStatus.INVITED);
    expect((await scim('DELETE', `/Users/${inA.body.id}`, a.token)).status).toBe(204);
    expect(
      await server.app.deps.db
        .getRepository(OrganizationMember)
        .existsBy({ organizationId: b.org.id, userId, status: MemberStatus.ACTIVE }),
    ).toBe(true);
    expect((await scim('GET', `/Users/${inA.body.id}`, b.token)).status).toBe(200);
  });
});
