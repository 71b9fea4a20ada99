import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './helpers/server';

/**
 * What an outside attacker and an outside client found (issue 14, items 1, 2, 10, 15, 17), through
 * the real HTTP and WebSocket endpoints of a production-mode gateway.
 */
let prod: TestServer;
let token: string;
const auth = () => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  prod = await startTestServer({ env: { NODE_ENV: 'production' } });
  token = await prod.token('alice@acme-provider.example');
});
afterAll(() => prod.close());

type Errors = { message: string; extensions?: Record<string, unknown> }[];

/** `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment F{n-1} on Query { __typename }` */
function doublingFragments(count: number, spreads = 2): string {
  const parts = ['{ ...F0 }'];
  for (let i = 0; i < count - 1; i++) {
    parts.push(`fragment F${i} on Query { ${`...F${i + 1} `.repeat(spreads).trim()} }`);
  }
  parts.push(`fragment F${count - 1} on Query { __typename }`);
  // A random comment, so that no document cache can help.
  return `${parts.join(' ')}\n# ${randomBytes(8).toString('hex')}`;
}

async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { errors?: Errors; data?: unknown };
  return { status: response.status, requestId: response.headers.get('x-request-id'), ...json };
}

/** The errors of one operation over graphql-ws (a refusal arrives as the error callback). */
async function wsErrors(server: TestServer, query: string, variables?: Record<string, unknown>) {
  const result = await server
    .wsRequest(server.ws({ token }), query, variables)
    .catch((errors: unknown) => ({ errors }));
  const errors = (result as { errors?: unknown }).errors;
  return (Array.isArray(errors) ? errors : errors ? [errors] : []) as Errors;
}

/** The close code of a raw graphql-ws socket after `connection_init` with this payload. */
async function closeCodeAtConnect(server: TestServer, payload: Record<string, unknown>) {
  const socket = new WebSocket(
    `${server.url.replace('http', 'ws')}/graphql`,
    'graphql-transport-ws',
  );
  await new Promise((r) => socket.once('open', r));
  const closed = new Promise<number>((r) => socket.once('close', (code) => r(code)));
  socket.send(JSON.stringify({ type: 'connection_init', payload }));
  return closed;
}

describe('validation is linear in the document (issue 14, item 1)', () => {
  it('refuses the 24-fragment document with QUERY_TOO_COMPLEX on HTTP and WebSocket', async () => {
    const http = await post(
      prod,
      { query: doublingFragments(24) },
      { authorization: `Bearer ${token}` },
    );
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    const ws = await wsErrors(prod, doublingFragments(24));
    expect(ws[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('refuses a wide fan of spreads within the depth limit the same way', async () => {
    const http = await post(prod, { query: doublingFragments(11, 40) });
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('keeps answering /healthz while such documents arrive', async () => {
    const hostile = Array.from({ length: 3 }, () => post(prod, { query: doublingFragments(24) }));
    const health = await fetch(`${prod.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    for (const answer of await Promise.all(hostile)) {
      expect(answer.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('still measures depth and aliases through fragments, counting each fragment', async () => {
    // 1 + 4 + 4 + 4 + 1 = 14 levels of `memberships { edges { node { user … } } } }`, in fragments.
    const level = (inner: string) => `memberships { edges { node { user { ${inner} } } } }`;
    const deep = `{ viewer { ...Deep } } fragment Deep on User { ${level(level('...Deeper'))} } fragment Deeper on User { ${level('id')} }`;
    const refused = await post(prod, { query: deep }, { authorization: `Bearer ${token}` });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
    });
    // 16 aliases in one fragment, spread twice: 32 aliases, more than 30.
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: id`).join(' ');
    const twice = `{ viewer { ...A ...A } } fragment A on User { ${aliases} }`;
    const overAliases = await post(prod, { query: twice }, { authorization: `Bearer ${token}` });
    expect(overAliases.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
    });
    const once = await post(
      prod,
      { query: `{ viewer { ...A } } fragment A on User { ${aliases} }` },
      { authorization: `Bearer ${token}` },
    );
    expect(once.errors).toBeUndefined();
  });

  it('answers ten repeated unknown directives with one error, not ten (GraphQL Cop)', async () => {
    const query = `query cop { __typename ${'@aa'.repeat(10)} }`;
    const http = await post(prod, { query });
    expect(http.status).toBe(400);
    expect(http.errors?.length).toBeGreaterThan(0);
    expect(http.errors!.length).toBeLessThan(10);
    const ws = await wsErrors(prod, query);
    expect(ws.length).toBeGreaterThan(0);
    expect(ws.length).toBeLessThan(10);
  });
});

describe('production hides the schema on WebSocket as on HTTP (issue 14, item 2)', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "User") { name fields { name } } }'],
  ])('refuses %s introspection over graphql-ws', async (_name, query) => {
    const errors = await wsErrors(prod, query);
    expect(errors[0]?.message).toMatch(/introspection/i);
    const http = await post(prod, { query }, { authorization: `Bearer ${token}` });
    expect(http.errors?.[0].message).toMatch(/introspection/i);
  });

  it('does not suggest enum values for a misspelt variable, on either path', async () => {
    const query =
      'query($s: AccessRequestStatus) { viewerAccessRequests(status: $s) { edges { node { id } } } }';
    const http = await post(prod, { query, variables: { s: 'PENDIN' } }, auth());
    expect(http.errors?.[0].message).toMatch(/PENDIN/);
    expect(http.errors?.[0].message).not.toMatch(/Did you mean/);
    const ws = await wsErrors(prod, query, { s: 'PENDIN' });
    expect(ws[0]?.message).toMatch(/PENDIN/);
    expect(ws[0]?.message).not.toMatch(/Did you mean/);
  });

  it('does not suggest field names over graphql-ws', async () => {
    const errors = await wsErrors(prod, '{ viewr { name } }');
    expect(errors[0]?.message).toMatch(/Cannot query field "viewr"/);
    expect(errors[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('every client error is a 4xx with its code (issue 14, item 10)', () => {
  it('answers an ordinary over-cost operation with QUERY_TOO_COMPLEX and 400', async () => {
    const query =
      '{ viewerEngagements(first: 20) { edges { node { members(first: 50) { edges { node { id user { memberships(first: 100) { edges { node { id } } } } } } } } } } }';
    const http = await post(prod, { query }, auth());
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it.each([
    [
      'an Int out of range',
      'query($n: Int) { organizations(first: $n) { edges { node { id } } } }',
      { n: 1e10 },
    ],
    [
      'a missing required variable',
      'query($n: Int!) { organizations(first: $n) { edges { node { id } } } }',
      {},
    ],
    [
      'a bad enum value',
      'query($n: AccessRequestStatus) { viewerAccessRequests(status: $n) { edges { node { id } } } }',
      { n: 'NOPE' },
    ],
  ])(
    'answers %s with BAD_USER_INPUT naming the variable, 400, not logged',
    async (_n, query, variables) => {
      const http = await post(prod, { query, variables }, auth());
      expect(http.status).toBe(400);
      expect(http.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'n' });
      const ws = await wsErrors(prod, query, variables);
      expect(ws[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'n' });
      // Nothing was an unexpected error (those are counted as INTERNAL_SERVER_ERROR).
      const metrics = await (await fetch(`${prod.url}/metrics`)).text();
      expect(metrics).not.toMatch(/errors_total\{code="INTERNAL_SERVER_ERROR"\}/);
    },
  );

  it('keeps extensions.field on argument validation errors in production', async () => {
    const http = await post(
      prod,
      { query: '{ organizations(first: 101) { edges { node { id } } } }' },
      auth(),
    );
    expect(http.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('validates fields of input objects too, naming the field', async () => {
    const query = `query ($filter: DirectoryFilterInput) {
      organizations(first: 1) { edges { node { directory(filter: $filter, first: 1) { totalCount } } } }
    }`;
    const http = await post(
      prod,
      { query, variables: { filter: { search: 'x'.repeat(201) } } },
      auth(),
    );
    expect(http.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    // The decorator's own message: argument validation ran before the service's bound.
    expect(http.errors?.[0].message).toBe('search must be shorter than or equal to 200 characters');
    const fine = await post(
      prod,
      { query, variables: { filter: { search: 'x'.repeat(200) } } },
      auth(),
    );
    expect(fine.errors).toBeUndefined();
  });

  it('refuses too many tokens with QUERY_TOO_COMPLEX and 400 on HTTP', async () => {
    const http = await post(prod, { query: `{ viewer { ${'id '.repeat(5100)} } }` }, auth());
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'tokens',
    });
  });

  it('puts the request id in UNAUTHENTICATED answers for a bad token', async () => {
    const http = await post(
      prod,
      { query: '{ viewer { id } }' },
      { authorization: 'Bearer not-a-token' },
    );
    expect(http.status).toBe(401);
    expect(http.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(http.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      requestId: http.requestId,
    });
  });

  it('puts the request id in RATE_LIMITED answers', async () => {
    const limited = await startTestServer({
      seed: false,
      env: { NODE_ENV: 'production', RATE_LIMIT_PER_IP: '1' },
    });
    try {
      await post(limited, { query: '{ __typename }' });
      const http = await post(limited, { query: '{ __typename }' });
      expect(http.status).toBe(429);
      expect(http.errors?.[0].extensions).toMatchObject({
        code: 'RATE_LIMITED',
        requestId: http.requestId,
      });
      expect(http.requestId).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await limited.close();
    }
  });

  it('answers a junk path under /exports with JSON 404', async () => {
    const response = await fetch(`${prod.url}/exports/../../etc/passwd%00.csv`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { errors: Errors };
    expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const other = await fetch(`${prod.url}/exports/organizations/x/nothing.html`);
    expect(other.status).toBe(404);
    expect(other.headers.get('content-type')).toMatch(/application\/json/);
  });
});

describe('WebSocket close codes (issue 14, item 15)', () => {
  it('closes with 4401 for an already expired token at connect', async () => {
    const [user] = await prod.app.deps.db.query('SELECT subject FROM `user` WHERE email = ?', [
      'alice@acme-provider.example',
    ]);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(user.subject)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expect(await closeCodeAtConnect(prod, { token: expired })).toBe(4401);
  });

  it('closes with 4401 for an invalid token at connect', async () => {
    expect(await closeCodeAtConnect(prod, { authorization: 'Bearer forged.token.value' })).toBe(
      4401,
    );
  });
});

describe('test servers keep their Redis keys apart (issue 14, item 17)', () => {
  it('counts rate limits under its own prefix, from the first request', async () => {
    const a = await startTestServer({ seed: false, env: { RATE_LIMIT_PER_IP: '2' } });
    const b = await startTestServer({ seed: false, env: { RATE_LIMIT_PER_IP: '2' } });
    try {
      expect(a.config.redisChannelPrefix).not.toBe(b.config.redisChannelPrefix);
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push(codeOf(await a.raw('{ __typename }')));
      expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED']);
      // The other server's budget is untouched.
      expect(codeOf(await b.raw('{ __typename }'))).toBeUndefined();
      if (process.env.REDIS_URL) {
        // The very first request was counted in Redis, under this server's prefix alone.
        const redis = new Redis(process.env.REDIS_URL);
        try {
          const keys = await redis.keys(`${a.config.redisChannelPrefix}rl:ip*`);
          expect(keys).toHaveLength(1);
          expect(Number(await redis.get(keys[0]))).toBe(3);
        } finally {
          redis.disconnect();
        }
      }
    } finally {
      await a.close();
      await b.close();
    }
  });
});
