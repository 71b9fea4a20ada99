import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './helpers/server';
import { ACCESS_REQUEST_EVENTS, subscribe } from './helpers/subscriptions';

/** Abuse limits, the same on HTTP and on the WebSocket path (issue 8). */
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ env: { MAX_SUBSCRIPTIONS_PER_SOCKET: '3' } });
  token = await server.token('alice@acme-provider.example');
});
afterAll(() => server.close());

const deep = (levels: number) => {
  let selection = 'id';
  for (let i = 0; i < levels; i++)
    selection = `memberships { edges { node { user { ${selection} } } } }`;
  return `{ viewer { ${selection} } }`;
};

const CASES: [string, string, string][] = [
  ['depth', deep(4), 'depth'],
  [
    'cost',
    '{ organizations(first: 100) { edges { node { members(first: 100) { edges { node { id } } } } } } }',
    'cost',
  ],
  [
    'aliases',
    `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`,
    'aliases',
  ],
  [
    'directives',
    `{ viewer { ${Array.from({ length: 21 }, (_, i) => `f${i}: id @include(if: true)`).join(' ')} } }`,
    'directives',
  ],
  ['document size', `{ viewer { id } } # ${'x'.repeat(21_000)}`, 'documentBytes'],
];

async function overWebSocket(query: string) {
  const client = server.ws({ token });
  return server.wsRequest<unknown>(client, query).catch((errors) => ({ errors }));
}

describe('operation limits (HTTP and WebSocket alike)', () => {
  it.each(CASES)(
    'refuses too much %s with QUERY_TOO_COMPLEX on both paths',
    async (_name, query, limit) => {
      const http = await server.raw(query, {}, token);
      expect(http.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
      expect(http.data ?? null).toBeNull();
      const ws = (await overWebSocket(query)) as {
        errors?: { extensions?: Record<string, unknown> }[];
      };
      const errors = Array.isArray(ws.errors) ? ws.errors : [ws.errors];
      expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    },
  );

  it('accepts what stays within the limits', async () => {
    const ok = await server.raw(deep(2), {}, token);
    expect(ok.errors).toBeUndefined();
  });

  it('refuses documents with too many tokens', async () => {
    const query = `{ viewer { ${'id '.repeat(5100)} } }`;
    const http = await server.raw(query, {}, token);
    expect(http.errors?.[0].message).toMatch(/tokens/);
    const ws = (await overWebSocket(query)) as {
      errors?: { extensions?: Record<string, unknown> }[];
    };
    const errors = Array.isArray(ws.errors) ? ws.errors : [ws.errors];
    expect(errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens' });
  });

  it('refuses batched HTTP requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('bounds subscriptions per socket', async () => {
    const client = server.ws({ token });
    const subs = Array.from({ length: 4 }, () => subscribe(client, ACCESS_REQUEST_EVENTS));
    await new Promise((r) => setTimeout(r, 500));
    const refused = subs.filter((s) => s.errors.length);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors.flat()[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'subscriptionsPerSocket' },
    });
  });

  it('closes a socket that sends an oversized message', async () => {
    const socket = new WebSocket(
      `${server.url.replace('http', 'ws')}/graphql`,
      'graphql-transport-ws',
    );
    await new Promise((r) => socket.once('open', r));
    const closed = new Promise<number>((r) => socket.once('close', (code) => r(code)));
    socket.send('x'.repeat(70 * 1024));
    expect(await closed).toBe(1009);
  });

  it('closes a socket when its token expires (4401)', async () => {
    const user = await server.app.deps.db.query('SELECT subject FROM `user` WHERE email = ?', [
      'alice@acme-provider.example',
    ]);
    const shortLived = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user[0].subject)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    const socket = new WebSocket(
      `${server.url.replace('http', 'ws')}/graphql`,
      'graphql-transport-ws',
    );
    await new Promise((r) => socket.once('open', r));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { token: shortLived } }));
    const closed = await new Promise<number>((r) => socket.once('close', (code) => r(code)));
    expect(closed).toBe(4401);
  });
});

describe('rate limits', () => {
  it('answers RATE_LIMITED with a retry hint, per viewer and per IP, on HTTP and WebSocket', async () => {
    const limited = await startTestServer({
      seed: true,
      env: { RATE_LIMIT_PER_VIEWER: '3', RATE_LIMIT_PER_IP: '5' },
    });
    try {
      const t = await limited.token('alice@acme-provider.example');
      const codes: unknown[] = [];
      for (let i = 0; i < 4; i++) codes.push(codeOf(await limited.raw('{ viewer { id } }', {}, t)));
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
      const response = await fetch(`${limited.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
        body: JSON.stringify({ query: '{ viewer { id } }' }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      // The IP's budget (5) is spent by now: anonymous requests are refused too.
      const anonymous = await limited.raw('{ viewer { id } }');
      expect(codeOf(anonymous)).toBe('RATE_LIMITED');
      const ws = await limited
        .wsRequest(limited.ws({ token: t }), '{ viewer { id } }')
        .catch((errors) => ({ errors }));
      const errors = (ws as { errors: unknown }).errors;
      expect((Array.isArray(errors) ? errors : [errors])[0]).toMatchObject({
        extensions: { code: 'RATE_LIMITED' },
      });
    } finally {
      await limited.close();
    }
  });
});
