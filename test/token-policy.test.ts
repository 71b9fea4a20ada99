import { SignJWT } from 'jose';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './helpers/server';

/** Issue 14 items 3 and 7: what a bearer token must be, on HTTP and WebSocket. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { JWT_MAX_LIFETIME_SECONDS: '3600' } });
});
afterAll(() => server.close());

const VIEWER = '{ viewer { email } }';
const now = () => Math.floor(Date.now() / 1000);

/** Signs with the test secret; `iat` and `exp` are absolute seconds, `undefined` leaves them out. */
function sign(claims: { sub?: string; iat?: number; exp?: number }) {
  let jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' });
  jwt = jwt.setSubject(claims.sub ?? 'alice@acme-provider.example');
  if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
  if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
  return jwt.sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

async function viewerWith(authorization: string) {
  return server.raw<{ viewer: { email: string } }>(VIEWER, {}, undefined, { authorization });
}

describe('token subjects match exactly on every database', () => {
  it('refuses a subject that differs only in case (UNAUTHENTICATED)', async () => {
    const token = await sign({ sub: 'ALICE@acme-provider.example', iat: now(), exp: now() + 600 });
    const res = await viewerWith(`Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  it('still signs in the exact subject, and finds users by email case-insensitively', async () => {
    const exact = await sign({ sub: 'alice@acme-provider.example', iat: now(), exp: now() + 600 });
    expect((await viewerWith(`Bearer ${exact}`)).data?.viewer.email).toBe(
      'alice@acme-provider.example',
    );
    // The development token helper looks the user up by email, lower-cased.
    const res = await server.raw<{ viewer: { email: string } }>(
      VIEWER,
      {},
      await server.token('alice@acme-provider.example'),
    );
    expect(res.data?.viewer.email).toBe('alice@acme-provider.example');
  });
});

describe('token lifetime', () => {
  it.each([
    ['a token without exp', () => sign({ iat: now() })],
    ['a lifetime over the maximum (exp - iat)', () => sign({ iat: now(), exp: now() + 7200 })],
    ['a lifetime over the maximum without iat (exp - now)', () => sign({ exp: now() + 7200 })],
    ['a token expired beyond the clock skew', () => sign({ iat: now() - 900, exp: now() - 300 })],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_label, make) => {
    const res = await viewerWith(`Bearer ${await make()}`);
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('accepts a token at the maximum lifetime, and one just past exp within the clock skew', async () => {
    for (const token of [
      await sign({ iat: now(), exp: now() + 3600 }),
      await sign({ iat: now() - 600, exp: now() - 5 }),
    ]) {
      const res = await viewerWith(`Bearer ${token}`);
      expect(res.errors).toBeUndefined();
      expect(res.data?.viewer.email).toBe('alice@acme-provider.example');
    }
  });

  it('issues development tokens within the configured maximum', async () => {
    const res = await server.raw<{ viewer: { email: string } }>(
      VIEWER,
      {},
      await server.token('carol@myclient.example'),
    );
    expect(res.data?.viewer.email).toBe('carol@myclient.example');
  });
});

describe('a malformed Authorization header is 401, never an anonymous request', () => {
  it.each([
    ['a token without the Bearer scheme', async () => sign({ iat: now(), exp: now() + 60 })],
    ['another scheme', async () => `Token ${await sign({ iat: now(), exp: now() + 60 })}`],
    ['Basic credentials', async () => 'Basic YWxpY2U6c2VjcmV0'],
    ['an empty bearer', async () => 'Bearer '],
    ['an empty header', async () => ''],
  ])('refuses %s', async (_label, make) => {
    // `{ __typename }` is answered to anonymous requests, so only the header can refuse it.
    const res = await server.raw('{ __typename }', {}, undefined, { authorization: await make() });
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });
});

describe('WebSocket connection_init applies the same token rules', () => {
  it.each([
    ['a token without exp', async () => ({ authorization: `Bearer ${await sign({})}` })],
    [
      'a lifetime over the maximum',
      async () => ({ authorization: `Bearer ${await sign({ iat: now(), exp: now() + 7200 })}` }),
    ],
    ['another scheme', async () => ({ authorization: `Token ${await sign({ exp: now() + 60 })}` })],
    ['an empty token', async () => ({ token: '' })],
  ])('refuses %s (the socket is closed, no anonymous session)', async (_label, make) => {
    const closed = await server.wsRequest(server.ws(await make()), '{ __typename }').then(
      () => 'answered',
      (e: { code: number }) => e.code,
    );
    // 4401 once the close-code change (item 15) is merged; 4403 before it.
    expect([4401, 4403]).toContain(closed);
  });

  it('answers UNAUTHENTICATED to a subject that differs only in case', async () => {
    const token = await sign({ sub: 'ALICE@acme-provider.example', iat: now(), exp: now() + 600 });
    // graphql-ws hands operation errors to the sink's error callback as an array.
    const errors = await server
      .wsRequest(server.ws({ authorization: `Bearer ${token}` }), VIEWER)
      .then(
        (r) => r.errors,
        (e: unknown) => e,
      );
    expect(errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
  });

  it('accepts a valid token', async () => {
    const token = await sign({ iat: now(), exp: now() + 600 });
    const res = await server.wsRequest<{ viewer: { email: string } }>(
      server.ws({ authorization: `Bearer ${token}` }),
      VIEWER,
    );
    expect(res.data?.viewer.email).toBe('alice@acme-provider.example');
  });
});
