import { Engagement, Organization } from '../entities';
import { toGlobalId } from '../src/globalId';
import { createCompanyWithMembers } from './factories/organizations';
import { CreateExportLinkDocument, RemoveEngagementMembersDocument } from './generated/graphql';
import { codeOf, startTestServer, TEST_NOW, TestServer } from './helpers/server';

/**
 * Export links (issue 16): `createExportLink` checks the export's permission (R-MB-3, R-DI-3)
 * and returns a URL a browser can follow without an Authorization header; the token holds for
 * that viewer, that export and those filters for 5 minutes, and access is checked again.
 */
let server: TestServer;
let pilot: string;
let company: string;
let companyAdmin: string;
let users: Record<string, string>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  const db = server.app.deps.db;
  pilot = toGlobalId(
    'Engagement',
    (await db.getRepository(Engagement).findOneByOrFail({ name: 'Cloud Migration Pilot' })).id,
  );
  const created = await createCompanyWithMembers(db, 'Linkco', 12);
  company = toGlobalId('Organization', created.org.id);
  companyAdmin = created.adminEmail;
  users = { oscar: 'oscar@contoso.example', olivia: 'olivia@contoso.example' };
  users.paula = 'paula@fabrikam.example';
  for (const [name, email] of Object.entries({ ...users, admin: companyAdmin })) {
    tokens[name] = await server.token(email);
  }
});
afterAll(() => server.close());
afterEach(() => server.clock.set(TEST_NOW));

async function link(token: string, input: Record<string, unknown>) {
  const response = await server.request(CreateExportLinkDocument, { input: input as never }, token);
  return response;
}

async function participantsLink(token = tokens.oscar) {
  const response = await link(token, { kind: 'ENGAGEMENT_PARTICIPANTS', engagementId: pilot });
  expect(response.errors).toBeUndefined();
  return response.data!.createExportLink;
}

/** Follows a URL as a browser link would: no Authorization header. */
async function follow(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    text: await response.text(),
  };
}

const emailsOf = (csv: string) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',').find((c) => c.includes('@')))
    .sort();

describe('createExportLink', () => {
  it('returns a URL on this gateway that streams the CSV as an attachment, like the bearer form', async () => {
    const created = await participantsLink();
    expect(created.url.startsWith(`${server.url}/exports/engagements/`)).toBe(true);
    expect(new Date(created.expiresAt).getTime() - TEST_NOW.getTime()).toBe(300_000);
    const followed = await follow(created.url);
    expect(followed.status).toBe(200);
    expect(followed.type).toContain('text/csv');
    expect(followed.disposition).toBe('attachment; filename="participants.csv"');
    const withHeader = await fetch(`${server.url}/exports/engagements/${pilot}/participants.csv`, {
      headers: { authorization: `Bearer ${tokens.oscar}` },
    });
    expect(withHeader.status).toBe(200);
    expect(followed.text).toBe(await withHeader.text());
    expect(emailsOf(followed.text)).toEqual(['ned@northwind.example', 'paula@fabrikam.example']);
  });

  it('fixes the directory filter into the link, and refuses the link with other filters', async () => {
    const response = await link(tokens.admin, {
      kind: 'ORGANIZATION_DIRECTORY',
      organizationId: company,
      filter: { search: 'user1', hideInvited: true },
    });
    expect(response.errors).toBeUndefined();
    const url = new URL(response.data!.createExportLink.url);
    const followed = await follow(url.href);
    expect(followed.status).toBe(200);
    expect(followed.disposition).toBe('attachment; filename="directory.csv"');
    expect(emailsOf(followed.text)).toEqual(
      ['user1@linkco.example', 'user10@linkco.example', 'user11@linkco.example'].sort(),
    );
    const widened = new URL(url);
    widened.searchParams.delete('search');
    expect((await follow(widened.href)).status).toBe(401);
    const changed = new URL(url);
    changed.searchParams.set('search', 'user');
    expect((await follow(changed.href)).status).toBe(401);
  });

  it('is single-purpose: not for another export, and not a bearer token', async () => {
    const created = await participantsLink();
    const token = new URL(created.url).searchParams.get('token')!;
    const workshop = toGlobalId(
      'Engagement',
      (
        await server.app.deps.db
          .getRepository(Engagement)
          .findOneByOrFail({ name: 'Security Workshop' })
      ).id,
    );
    const other = await follow(
      `${server.url}/exports/engagements/${workshop}/participants.csv?token=${token}`,
    );
    expect(other.status).toBe(401);
    const org = await server.app.deps.db.getRepository(Organization).findOneByOrFail({});
    const otherKind = await follow(
      `${server.url}/exports/organizations/${toGlobalId('Organization', org.id)}/directory.csv?token=${token}`,
    );
    expect(otherKind.status).toBe(401);
    expect(codeOf(await server.raw('{ viewer { id } }', {}, token))).toBe('UNAUTHENTICATED');
    // ...and a bearer token is not a link token.
    expect(
      (
        await follow(
          `${server.url}/exports/engagements/${pilot}/participants.csv?token=${tokens.oscar}`,
        )
      ).status,
    ).toBe(401);
  });

  it('expires after 5 minutes by the injected clock', async () => {
    const created = await participantsLink();
    server.clock.set(new Date(TEST_NOW.getTime() + 299_000));
    expect((await follow(created.url)).status).toBe(200);
    server.clock.set(new Date(TEST_NOW.getTime() + 301_000));
    const expired = await follow(created.url);
    expect(expired.status).toBe(401);
    expect(JSON.parse(expired.text)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('checks the same permission as the export (R-MB-3, R-DI-3)', async () => {
    expect(
      codeOf(await link(tokens.paula, { kind: 'ENGAGEMENT_PARTICIPANTS', engagementId: pilot })),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(await link(tokens.oscar, { kind: 'ORGANIZATION_DIRECTORY', organizationId: company })),
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(codeOf(await link('', { kind: 'ENGAGEMENT_PARTICIPANTS', engagementId: pilot }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(await link(tokens.oscar, { kind: 'ENGAGEMENT_PARTICIPANTS', engagementId: company })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await link(tokens.oscar, {
          kind: 'ENGAGEMENT_PARTICIPANTS',
          engagementId: pilot,
          filter: { search: 'x' },
        }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('is refused once the viewer lost access (checked again when followed)', async () => {
    const created = await participantsLink();
    const oscarId = (
      await server.raw<{ viewer: { id: string } }>('{ viewer { id } }', {}, tokens.oscar)
    ).data!.viewer.id;
    const removed = await server.request(
      RemoveEngagementMembersDocument,
      { input: { engagementId: pilot, group: 'ENGAGEMENT_OWNER', userIds: [oscarId] } },
      tokens.olivia,
    );
    expect(removed.errors).toBeUndefined();
    expect([403, 404]).toContain((await follow(created.url)).status);
  });
});
