import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import WebSocket from 'ws';
import { createBigCompany } from './factories/directory';
import { codeOf, startTestServer, TestServer } from './helpers/server';
import { AuditEvent, Organization, OrganizationMember, Team, User } from '../entities';
import { License, MemberStatus, OrgRole } from '../entities/enums';
import { toGlobalId } from '../src/globalId';
import { committedOperationNames } from '../src/metrics';

/** Issue 14, items 5, 6, 8, 9, 11, 12 and 14, through the real HTTP and WebSocket endpoints. */
const SIZE = 60;
const NOW = new Date('2026-11-01T09:00:00Z');
let server: TestServer;
let org: Organization;
let teams: Record<string, Team>;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({ seed: false });
  ({ org, teams } = await createBigCompany(server.app.deps.db, SIZE, NOW));
  admin = await server.token('admin@big.example');
});
afterAll(() => server.close());

const orgId = () => toGlobalId('Organization', org.id);

/** Adds an active member named `name` to the company (a fixture, like the factories). */
async function addMember(name: string): Promise<User> {
  const db = server.app.deps.db;
  const email = `${randomBytes(4).toString('hex')}@big.example`;
  const user = await db
    .getRepository(User)
    .save({ subject: email, email, name, photoUrl: null, createdAt: NOW });
  await db.getRepository(OrganizationMember).insert({
    organizationId: org.id,
    userId: user.id,
    role: OrgRole.MEMBER,
    license: License.FREE,
    status: MemberStatus.ACTIVE,
    lastActivityAt: NOW,
    createdAt: NOW,
  });
  return user;
}

const exportUrl = (query = '') =>
  `${server.url}/exports/organizations/${orgId()}/directory.csv${query}`;

describe('CSV exports cannot carry spreadsheet formulas (issue 14 item 5, R-DI-3)', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example","x")',
    '+1+2',
    '@SUM(1+1)',
    "-2+3+cmd|'/C calc'!A0",
    '\tTabbed',
    '\rReturned',
  ];

  it('prefixes formula cells with a quote, keeps others, and ends lines with CRLF', async () => {
    for (const name of [...hostile, 'Ann-Marie =Formula']) await addMember(`${name}`);
    const response = await fetch(exportUrl(), { headers: { authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe(''); // the last record ends with CRLF too
    expect(lines.filter((l) => l.includes('\n'))).toEqual([]); // no bare LF line ends
    const names = (parse(text, { columns: true }) as Record<string, string>[]).map((r) => r.name);
    for (const name of hostile) expect(names).toContain(`'${name}`);
    expect(names).toContain('Ann-Marie =Formula');
    expect(names.filter((n) => /^[=+\-@\t\r]/.test(n))).toEqual([]);
  });
});

const DIRECTORY = `query ($id: ID!, $filter: DirectoryFilterInput) {
  organization(id: $id) { directory(filter: $filter, first: 100) { edges { node { user { name } } } } }
}`;

async function searchNames(search: string): Promise<string[]> {
  const r = await server.raw<{
    organization: { directory: { edges: { node: { user: { name: string } } }[] } };
  }>(DIRECTORY, { id: orgId(), filter: { search } }, admin);
  expect(r.errors).toBeUndefined();
  return r.data!.organization.directory.edges.map((e) => e.node.user.name).sort();
}

describe('search matches % and _ literally (issue 14 item 11)', () => {
  beforeAll(async () => {
    for (const name of ['50% off_sale', '500 offXsale', 'Bang! Name', 'Back\\slash']) {
      await addMember(name);
    }
  });

  it('finds "50% off_sale" by "off_sale" and nothing else', async () => {
    expect(await searchNames('off_sale')).toEqual(['50% off_sale']);
    expect(await searchNames('50%')).toEqual(['50% off_sale']);
  });

  it('"%" and "_" alone do not match everything; the escape characters are literal too', async () => {
    expect(await searchNames('%')).toEqual(['50% off_sale']);
    expect(await searchNames('_')).toEqual(['50% off_sale']);
    expect(await searchNames('g!')).toEqual(['Bang! Name']);
    expect(await searchNames('!N')).toEqual([]);
    expect(await searchNames('k\\s')).toEqual(['Back\\slash']);
  });
});

const BATCH = `mutation ($input: BatchUpdateMembersInput!) {
  batchUpdateMembers(input: $input) { applied failed results { id ok outcome } }
}`;

async function userIds(indexes: number[]): Promise<string[]> {
  const users = await server.app.deps.db.getRepository(User).find();
  const byEmail = new Map(users.map((u) => [u.email, u.id]));
  return indexes.map((i) => toGlobalId('User', byEmail.get(`p${i}@big.example`)!));
}

/** Active members (no invitation, not deactivated) of the generated company. */
const ACTIVE = Array.from({ length: SIZE }, (_, i) => i).filter((i) => i % 25 && i % 31);

describe('id lists are taken as sent (issue 14 item 12, R-BK-1)', () => {
  it('refuses 51 ids of which 50 are distinct, and changes nothing', async () => {
    const ids = await userIds(Array.from({ length: 50 }, (_, k) => k));
    const before = await server.app.deps.db.getRepository(AuditEvent).count();
    const r = await server.raw(
      BATCH,
      {
        input: {
          organizationId: orgId(),
          userIds: [...ids, ids[0]],
          operation: 'ADD_TO_TEAMS',
          teamIds: [toGlobalId('Team', teams.C.id)],
        },
      },
      admin,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.field).toBe('userIds');
    expect(await server.app.deps.db.getRepository(AuditEvent).count()).toBe(before);
  });

  it('refuses duplicates in a short list too, in batches and team membership alike', async () => {
    const [a, b] = await userIds(ACTIVE.slice(0, 2));
    const batch = await server.raw(
      BATCH,
      { input: { organizationId: orgId(), userIds: [a, b, a], operation: 'DEACTIVATE' } },
      admin,
    );
    expect(codeOf(batch)).toBe('BAD_USER_INPUT');
    const team = await server.raw(
      `mutation ($input: SetTeamMembersInput!) { setTeamMembers(input: $input) { members { role } } }`,
      { input: { teamId: toGlobalId('Team', teams.A.id), userIds: [a, a] } },
      admin,
    );
    expect(codeOf(team)).toBe('BAD_USER_INPUT');
    expect(team.errors![0].extensions!.field).toBe('userIds');
  });
});

describe('concurrent first uses of one idempotency key (issue 14 item 14, DESIGN §3.8)', () => {
  it('runs the batch once and gives all six racing calls the same result', async () => {
    const ids = await userIds(ACTIVE.slice(2, 12));
    const input = {
      organizationId: orgId(),
      userIds: ids,
      operation: 'ADD_TO_TEAMS',
      teamIds: [toGlobalId('Team', teams.B.id)],
      idempotencyKey: `race-${randomBytes(6).toString('hex')}`,
    };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => server.raw(BATCH, { input }, admin)),
    );
    expect(responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(
      Array(6).fill('OK'),
    );
    const bodies = new Set(responses.map((r) => JSON.stringify(r.data)));
    expect(bodies.size).toBe(1);
    const audits = await server.app.deps.db
      .getRepository(AuditEvent)
      .countBy({ organizationId: org.id, action: 'member.add_to_teams' });
    const changed = responses[0].data as {
      batchUpdateMembers: { results: { outcome: string }[] };
    };
    const changedCount = changed.batchUpdateMembers.results.filter(
      (x) => x.outcome === 'CHANGED',
    ).length;
    expect(audits).toBe(changedCount);
  });
});

describe('security headers (issue 14 item 9)', () => {
  it('sends nosniff and a no-load CSP on API answers, and no-store on GraphQL and exports', async () => {
    const gql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    const csv = await fetch(exportUrl(), { headers: { authorization: `Bearer ${admin}` } });
    await csv.text();
    const health = await fetch(`${server.url}/healthz`);
    for (const r of [gql, csv, health]) {
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
    expect(gql.headers.get('cache-control')).toBe('no-store');
    expect(csv.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the development landing page without the CSP that would break it', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBeNull();
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

/** The distinct values of the `operation` label in a /metrics text. */
const operationLabels = (text: string) =>
  new Set([...text.matchAll(/operation="([^"]*)"/g)].map((m) => m[1]));

describe('/metrics stays bounded (issue 14 item 6)', () => {
  it('does not grow its label set with 500 random operation names', async () => {
    const known = committedOperationNames();
    expect(known).toContain('AddOrganizationMember');
    await server.raw('query AddOrganizationMember { __typename }');
    const before = operationLabels(await (await fetch(`${server.url}/metrics`)).text());
    for (let i = 0; i < 10; i++) {
      await Promise.all(
        Array.from({ length: 50 }, () =>
          server.raw(`query R${randomBytes(8).toString('hex')} { __typename }`),
        ),
      );
    }
    const after = operationLabels(await (await fetch(`${server.url}/metrics`)).text());
    expect(after).toContain('AddOrganizationMember');
    expect([...after].filter((l) => !before.has(l))).toEqual(before.has('other') ? [] : ['other']);
  });
});

describe('limits on exports, WebSockets and /metrics (issue 14 items 6, 8)', () => {
  let limited: TestServer;
  let token: string;
  let company: Organization;
  beforeAll(async () => {
    limited = await startTestServer({
      seed: false,
      env: {
        RATE_LIMIT_PER_VIEWER: '3',
        RATE_LIMIT_PER_IP: '6',
        WS_MAX_SOCKETS_PER_IP: '3',
        METRICS_TOKEN: 'metrics-token-for-tests-0123456789',
      },
    });
    ({ org: company } = await createBigCompany(limited.app.deps.db, 5, NOW));
    token = await limited.token('admin@big.example');
  });
  afterAll(() => limited.close());

  it('counts exports with /graphql, per viewer and per IP (429 with Retry-After)', async () => {
    const url = `${limited.url}/exports/organizations/${toGlobalId('Organization', company.id)}/directory.csv`;
    const auth = { authorization: `Bearer ${token}` };
    expect((await limited.raw('{ viewer { id } }', {}, token)).status).toBe(200);
    expect((await limited.raw('{ viewer { id } }', {}, token)).status).toBe(200);
    const third = await fetch(url, { headers: auth });
    expect(third.status).toBe(200);
    await third.text();
    const fourth = await fetch(url, { headers: auth }); // the viewer's 4th request
    expect(fourth.status).toBe(429);
    expect(await fourth.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fetch(url)).status).toBe(401); // the IP's 5th and 6th
    expect((await fetch(url)).status).toBe(401);
    const seventh = await fetch(url);
    expect(seventh.status).toBe(429);
    expect(seventh.headers.get('retry-after')).not.toBeNull();
  });

  it('refuses a WebSocket past the per-IP cap with 429 at upgrade, and frees the slot on close', async () => {
    const wsUrl = `${limited.url.replace('http', 'ws')}/graphql`;
    const open = () =>
      new Promise<{ socket: WebSocket; status: number }>((resolve, reject) => {
        const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
        socket.once('open', () => resolve({ socket, status: 101 }));
        socket.once('unexpected-response', (_req, res) =>
          resolve({ socket, status: res.statusCode! }),
        );
        socket.once('error', reject);
      });
    const results = await Promise.all(Array.from({ length: 5 }, open));
    expect(results.map((r) => r.status).sort()).toEqual([101, 101, 101, 429, 429]);
    const accepted = results.filter((r) => r.status === 101);
    await new Promise((resolve) => {
      accepted[0].socket.once('close', resolve);
      accepted[0].socket.close();
    });
    const again = await open();
    expect(again.status).toBe(101);
    for (const { socket } of [...accepted.slice(1), again]) socket.close();
  });

  it('answers /metrics only with the metrics token when one is set', async () => {
    expect((await fetch(`${limited.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${limited.url}/metrics`, {
      headers: { authorization: 'Bearer not-the-token' },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${limited.url}/metrics`, {
      headers: { authorization: 'Bearer metrics-token-for-tests-0123456789' },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('accessgraph_graphql_requests_total');
  });
});
