import { SignJWT } from 'jose';
import { ViewerDocument } from './generated/graphql';
import { codeOf, startTestServer, TEST_JWT_SECRET, TestServer } from './helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function sign(claims: { sub?: string; exp?: number }, secret = TEST_JWT_SECRET) {
  let jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
  if (claims.sub) jwt = jwt.setSubject(claims.sub);
  jwt = jwt.setExpirationTime(claims.exp ?? '1h');
  return jwt.sign(new TextEncoder().encode(secret));
}

describe('HTTP authentication', () => {
  it('resolves the viewer from a bearer token', async () => {
    const res = await server.request(
      ViewerDocument,
      {},
      await server.token('alice@acme-provider.example'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.email).toBe('alice@acme-provider.example');
  });

  it('answers UNAUTHENTICATED without a token (deny by default)', async () => {
    const res = await server.request(ViewerDocument, {});
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it.each([
    ['a malformed token', async () => 'not-a-jwt'],
    [
      'a token signed with another secret',
      () => sign({ sub: 'alice@acme-provider.example' }, 'x'.repeat(40)),
    ],
    [
      'an expired token',
      () => sign({ sub: 'alice@acme-provider.example', exp: Math.floor(Date.now() / 1000) - 60 }),
    ],
    ['a token for an unknown subject', () => sign({ sub: 'nobody@nowhere.example' })],
    ['a token without a subject', () => sign({})],
  ])('answers 401 UNAUTHENTICATED for %s', async (_label, make) => {
    const res = await server.request(ViewerDocument, {}, await make());
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });
});

describe('WebSocket authentication (graphql-ws connection_init payload)', () => {
  it('resolves the viewer from the connection_init payload', async () => {
    const token = await server.token('carol@myclient.example');
    const client = server.ws({ authorization: `Bearer ${token}` });
    const res = await server.wsRequest<{ viewer: { email: string } }>(
      client,
      '{ viewer { email } }',
    );
    expect(res.data?.viewer.email).toBe('carol@myclient.example');
  });

  it('answers UNAUTHENTICATED to an anonymous socket', async () => {
    const client = server.ws({});
    const res = await server.wsRequest(client, '{ viewer { email } }');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('refuses a socket with a bad token (close 4401: refresh it; issue 14, item 15)', async () => {
    const client = server.ws({ token: 'not-a-jwt' });
    await expect(server.wsRequest(client, '{ viewer { email } }')).rejects.toMatchObject({
      code: 4401,
    });
  });
});
