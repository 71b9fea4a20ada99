import { JWK, SignJWT } from 'jose';
import { AuditEvent, User } from '../entities';
import { userForClaims } from '../src/auth/signIn';
import { createTokenVerifier } from '../src/auth/tokens';
import { UnauthenticatedError } from '../src/errors';
import { OidcAccount, OidcProvider, signingKey, startOidcProvider } from './helpers/oidcProvider';
import { freePort } from './helpers/privateServices';
import {
  codeOf,
  organizationIdByName,
  startTestServer,
  TEST_JWT_SECRET,
  TestServer,
} from './helpers/server';

/**
 * Sign-in through a real OpenID provider (issue 20, items 1 and 2): oidc-provider from npm on a
 * loopback port issues JWT access tokens (client_credentials with a resource indicator; `sub`
 * is the client id, `email`/`email_verified` the account's). The gateway discovers its
 * `jwks_uri`, follows a key rotation, checks `iss`/`aud`/`exp`, and links a user who never
 * signed in to the first token whose verified email is theirs — once, audited, race-safe.
 */
const AUDIENCE = 'https://accessgraph.test/api';
const VIEWER = '{ viewer { email } }';

const account = (id: string, email?: string, emailVerified = true): OidcAccount => ({
  id,
  email,
  emailVerified,
});
const ACCOUNTS: OidcAccount[] = [
  account('idp-grace', 'Grace@Globex.example'),
  account('idp-grace-2', 'grace@globex.example'),
  account('idp-nia', 'nia@globex.example'),
  account('idp-nia-other', 'nia@globex.example'),
  account('idp-olaf-unverified', 'olaf@globex.example', false),
  account('olaf@globex.example'), // a subject that equals an unlinked user's placeholder
  account('idp-race-a', 'rhea@globex.example'),
  account('idp-race-b', 'rhea@globex.example'),
  account('idp-same', 'sam@globex.example'),
  account('idp-nobody', 'nobody@nowhere.example'),
  account('idp-uma', 'uma@globex.example'),
];

let provider: OidcProvider;
let server: TestServer;
let globex: string;
let firstKey: JWK;

beforeAll(async () => {
  firstKey = await signingKey('key-1');
  provider = await startOidcProvider({
    port: await freePort(),
    keys: [firstKey],
    accounts: ACCOUNTS,
  });
  server = await startTestServer({
    env: {
      OIDC_ISSUER: provider.issuer,
      JWT_AUDIENCE: AUDIENCE,
      JWKS_COOLDOWN_SECONDS: '0',
      JWT_CLOCK_SKEW_SECONDS: '0',
    },
  });
  globex = await organizationIdByName(server, 'Globex Corporation');
}, 120_000);

afterAll(async () => {
  await server?.close();
  await provider?.stop();
});

const tokenOf = (id: string, ttlSeconds?: number) => provider.token(id, AUDIENCE, ttlSeconds);
const viewer = (token: string) => server.raw<{ viewer: { email: string } }>(VIEWER, {}, token);
const userByEmail = (email: string) =>
  server.app.deps.db.getRepository(User).findOneByOrFail({ email });
const linkEvents = (userId: number) =>
  server.app.deps.db
    .getRepository(AuditEvent)
    .findBy({ action: 'user.signin.linked', targetType: 'User', targetId: userId });

async function invite(email: string): Promise<void> {
  const res = await server.raw(
    `mutation ($input: AddOrganizationMemberInput!) {
      addOrganizationMember(input: $input) { member { status } } }`,
    { input: { organizationId: globex, email, name: email, invite: true } },
    await tokenOf('idp-grace'),
  );
  expect(res.errors).toBeUndefined();
}

function expectUnauthenticated(res: { status: number; errors?: unknown[] }) {
  expect(res.status).toBe(401);
  expect(codeOf(res as never)).toBe('UNAUTHENTICATED');
}

describe('OIDC resource server against a real OpenID provider', () => {
  it('discovers the provider, and its token signs in a provisioned user on first sign-in (linked, audited)', async () => {
    const grace = await userByEmail('grace@globex.example');
    expect(grace.linkedAt).toBeNull(); // seeded by email: never signed in

    const res = await viewer(await tokenOf('idp-grace'));
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.email).toBe('grace@globex.example');

    const linked = await userByEmail('grace@globex.example');
    expect(linked.subject).toBe('idp-grace');
    expect(linked.linkedAt).toBeInstanceOf(Date);
    const events = await linkEvents(grace.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: grace.id });
    expect(events[0].metadata).toMatchObject({ issuer: provider.issuer, subject: 'idp-grace' });

    // The next token of the same account signs in directly, without another link.
    expect((await viewer(await tokenOf('idp-grace'))).data?.viewer.email).toBe(
      'grace@globex.example',
    );
    expect(await linkEvents(grace.id)).toHaveLength(1);
  });

  it('refuses HS256 tokens, even signed with JWT_SECRET, when an OpenID provider is configured', async () => {
    const hs256 = await new SignJWT({ email: 'carol@myclient.example', email_verified: true })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('carol@myclient.example')
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expectUnauthenticated(await viewer(hs256));
    await expect(server.token('carol@myclient.example')).rejects.toThrow(
      'Development tokens are off while OIDC_ISSUER or JWT_JWKS_URL is set.',
    );
  });

  it('links an invited user on first sign-in, who then accepts the invitation', async () => {
    await invite('nia@globex.example');
    const nia = await userByEmail('nia@globex.example');
    expect(nia).toMatchObject({ subject: 'nia@globex.example', linkedAt: null });

    const token = await tokenOf('idp-nia');
    expect((await viewer(token)).data?.viewer.email).toBe('nia@globex.example');
    const accepted = await server.raw<{ acceptInvitation: { member: { status: string } } }>(
      `mutation ($id: ID!) { acceptInvitation(input: { organizationId: $id }) { member { status } } }`,
      { id: globex },
      token,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.member.status).toBe('ACTIVE');
    expect(await userByEmail('nia@globex.example')).toMatchObject({ subject: 'idp-nia' });
    expect(await linkEvents(nia.id)).toHaveLength(1);

    // The same over graphql-ws.
    const client = server.ws({ authorization: `Bearer ${token}` });
    const ws = await server.wsRequest<{ viewer: { email: string } }>(client, VIEWER);
    expect(ws.data?.viewer.email).toBe('nia@globex.example');
  });

  it('never re-links a user already linked to another subject (HTTP and WebSocket)', async () => {
    const nia = await userByEmail('nia@globex.example');
    expect(nia.subject).toBe('idp-nia');
    expectUnauthenticated(await viewer(await tokenOf('idp-nia-other')));
    expectUnauthenticated(await viewer(await tokenOf('idp-grace-2')));
    const client = server.ws({ authorization: `Bearer ${await tokenOf('idp-nia-other')}` });
    await expect(server.wsRequest(client, VIEWER)).rejects.toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
    expect(await userByEmail('nia@globex.example')).toMatchObject({ subject: 'idp-nia' });
    expect(await linkEvents(nia.id)).toHaveLength(1);
  });

  it('never links through an unverified email, nor signs in through a placeholder subject', async () => {
    await invite('olaf@globex.example');
    expectUnauthenticated(await viewer(await tokenOf('idp-olaf-unverified')));
    // `sub` equal to the invited user's email, without a verified email: still not a sign-in.
    expectUnauthenticated(await viewer(await tokenOf('olaf@globex.example')));
    const olaf = await userByEmail('olaf@globex.example');
    expect(olaf.linkedAt).toBeNull();
    expect(await linkEvents(olaf.id)).toHaveLength(0);
  });

  it('links only when OIDC_LINK_BY_EMAIL is on, through the configured claim names', async () => {
    await invite('uma@globex.example');
    const claims = await server.app.deps.verifier.verify(await tokenOf('idp-uma'));
    const options = server.app.deps.signIn;
    const linkWith = (change: Partial<typeof options>) =>
      userForClaims({ ...server.app.deps, signIn: { ...options, ...change } }, claims);
    expect(await linkWith({ linkByEmail: false })).toBeNull();
    expect(await linkWith({ emailClaim: 'upn' })).toBeNull();
    expect(await linkWith({ emailVerifiedClaim: 'upn_verified' })).toBeNull();
    expect((await userByEmail('uma@globex.example')).linkedAt).toBeNull();
    expect(await linkWith({})).toMatchObject({ email: 'uma@globex.example', subject: 'idp-uma' });
  });

  it('refuses a verified email that belongs to no user', async () => {
    expectUnauthenticated(await viewer(await tokenOf('idp-nobody')));
  });

  it('refuses a token for another audience', async () => {
    expectUnauthenticated(
      await viewer(await provider.token('idp-grace', 'https://another-api.example')),
    );
  });

  it('refuses an expired token (exp checked; no clock skew configured here)', async () => {
    const token = await tokenOf('idp-grace', 1);
    let res = await viewer(token);
    for (let i = 0; i < 100 && res.status !== 401; i++) {
      await new Promise((r) => setTimeout(r, 250));
      res = await viewer(token);
    }
    expectUnauthenticated(res);
    expect(res.errors?.[0]).toMatchObject({ message: 'The bearer token is invalid or expired.' });
    const client = server.ws({ authorization: `Bearer ${token}` });
    await expect(server.wsRequest(client, VIEWER)).rejects.toMatchObject({ code: 4401 });
  });

  it('refuses an algorithm outside JWT_ALGORITHMS', async () => {
    const verifier = createTokenVerifier({ ...server.config.jwt, algorithms: ['ES256'] });
    await expect(verifier.verify(await tokenOf('idp-grace'))).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it('refuses a token from another issuer, even one signed with the same keys', async () => {
    const other = await startOidcProvider({
      port: await freePort(),
      keys: provider.keys,
      accounts: [account('idp-grace')],
    });
    try {
      const token = await other.token('idp-grace', AUDIENCE);
      expectUnauthenticated(await viewer(token));
    } finally {
      await other.stop();
    }
  });

  it('follows a key rotation: a token signed with a new key is accepted once the key set is fetched again', async () => {
    const before = await tokenOf('idp-grace');
    expect((await viewer(before)).status).toBe(200); // key-1 is cached
    await provider.restart({ keys: [await signingKey('key-2'), firstKey] });
    const after = await tokenOf('idp-grace');
    expect(JSON.parse(Buffer.from(after.split('.')[0], 'base64url').toString())).toMatchObject({
      kid: 'key-2',
    });
    const res = await viewer(after);
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.email).toBe('grace@globex.example');
    expect((await viewer(before)).status).toBe(200); // key-1 is still published
  });
});

describe('first sign-in races', () => {
  it('two accounts racing for one invited user: exactly one links, the other is refused', async () => {
    await invite('rhea@globex.example');
    const [a, b] = await Promise.all([tokenOf('idp-race-a'), tokenOf('idp-race-b')]);
    const tokens = Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b));
    const results = await Promise.all(tokens.map((t) => viewer(t)));
    const rhea = await userByEmail('rhea@globex.example');
    const winner = rhea.subject === 'idp-race-a' ? a : b;
    expect(['idp-race-a', 'idp-race-b']).toContain(rhea.subject);
    results.forEach((res, i) => {
      if (tokens[i] === winner) {
        expect(res.data?.viewer.email).toBe('rhea@globex.example');
      } else {
        expectUnauthenticated(res);
      }
    });
    expect(await linkEvents(rhea.id)).toHaveLength(1);
  });

  it('one account signing in many times at once links once', async () => {
    await invite('sam@globex.example');
    const token = await tokenOf('idp-same');
    const results = await Promise.all(Array.from({ length: 10 }, () => viewer(token)));
    for (const res of results) expect(res.data?.viewer.email).toBe('sam@globex.example');
    const sam = await userByEmail('sam@globex.example');
    expect(sam.subject).toBe('idp-same');
    expect(await linkEvents(sam.id)).toHaveLength(1);
  });
});

describe('an unreachable OpenID provider', () => {
  it('answers 503 SERVICE_UNAVAILABLE (HTTP) and closes with 1013 (WebSocket), then recovers', async () => {
    const port = await freePort();
    const gateway = await startTestServer({
      env: {
        OIDC_ISSUER: `http://127.0.0.1:${port}`,
        JWT_AUDIENCE: AUDIENCE,
        JWKS_COOLDOWN_SECONDS: '0',
      },
    });
    let revived: OidcProvider | undefined;
    try {
      const token = await tokenOf('idp-grace');
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: VIEWER }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'IDENTITY_PROVIDER_UNAVAILABLE',
      });
      const client = gateway.ws({ authorization: `Bearer ${token}` });
      await expect(gateway.wsRequest(client, VIEWER)).rejects.toMatchObject({ code: 1013 });

      revived = await startOidcProvider({
        port,
        keys: [await signingKey('key-r')],
        accounts: [account('idp-grace', 'grace@globex.example')],
      });
      const back = await gateway.raw<{ viewer: { email: string } }>(
        VIEWER,
        {},
        await revived.token('idp-grace', AUDIENCE),
      );
      expect(back.errors).toBeUndefined();
      expect(back.data?.viewer.email).toBe('grace@globex.example');
    } finally {
      await gateway.close();
      await revived?.stop();
    }
  }, 120_000);
});
