import { signDevelopmentToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { App, createApp } from '../src/server';
import { Organization } from '../entities';
import { toGlobalId } from '../src/globalId';
import { TEST_JWT_SECRET } from './helpers/server';
import { privateMariaDb, privateRedis, PrivateService } from './helpers/privateServices';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Fault tests (issue 8) against private mariadbd and redis-server processes on spare ports,
 * killed and restarted by pid. They run in the MariaDB pass of CI (where those binaries are
 * known to exist) and are bounded in time.
 */
const enabled = /^mysql:|^mariadb:/.test(process.env.DATABASE_URL ?? '');
const suite = enabled ? describe : describe.skip;

function configFor(databaseUrl: string, redisUrl?: string) {
  return loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    DATABASE_URL: databaseUrl,
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_CHANNEL_PREFIX: `faults-${process.pid}:` } : {}),
    SEED_DEMO: 'true',
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_PER_VIEWER: '1000000',
    DB_STARTUP_TIMEOUT_SECONDS: '60',
  });
}

async function post(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', body };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { status: 0, code: `NETWORK:${cause}`, body: null };
  }
}

const until = async (what: () => Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await what()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
};

suite('a MariaDB restart', () => {
  let db: PrivateService;
  let app: App;
  let url: string;
  let token: string;

  beforeAll(async () => {
    db = await privateMariaDb();
  }, 180_000);
  afterAll(async () => {
    await app?.dispose().catch(() => undefined);
    await db?.destroy();
  });

  it('waits for the database at start-up, with backoff', async () => {
    await db.kill();
    const starting = createApp(configFor(db.url));
    await new Promise((r) => setTimeout(r, 1500));
    await db.start();
    app = await starting;
    url = await app.listen(0);
    token = await signDevelopmentToken(configFor(db.url).jwt, 'alice@acme-provider.example');
    expect((await post(url, token, '{ viewer { email } }')).code).toBe('OK');
  }, 120_000);

  it('answers SERVICE_UNAVAILABLE while it is down, recovers without a restart, and loses no acknowledged write', async () => {
    const acme = await app.deps.db
      .getRepository(Organization)
      .findOneByOrFail({ name: 'Acme Provider Services' });
    const created = await post(
      url,
      token,
      'mutation ($input: CreateClientOrganizationInput!) { createClientOrganization(input: $input) { organization { id } } }',
      {
        input: {
          managerId: toGlobalId('Organization', acme.id),
          name: 'Acknowledged Client',
          plan: 'TEAMS',
          seats: 3,
        },
      },
    );
    expect(created.code).toBe('OK');

    const codes: string[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        codes.push((await post(url, token, '{ organizations { totalCount } }')).code);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    await new Promise((r) => setTimeout(r, 500));
    await db.kill();
    const down = await until(
      async () => codes.slice(-3).every((c) => c === 'SERVICE_UNAVAILABLE'),
      20_000,
    );
    await db.start();
    const back = await until(
      async () => (await post(url, token, '{ viewer { id } }')).code === 'OK',
      60_000,
    );
    loading = false;
    await load;

    expect(down).toBe(true);
    expect(back).toBe(true);
    // Only successes and SERVICE_UNAVAILABLE: never a crash, an internal error or a dropped connection.
    expect([...new Set(codes)].sort()).toEqual(['OK', 'SERVICE_UNAVAILABLE']);
    const after = await post(
      url,
      token,
      '{ organizations(first: 100) { edges { node { name } } } }',
    );
    expect(JSON.stringify(after.body)).toContain('Acknowledged Client');
  }, 120_000);
});

suite('a Redis outage', () => {
  let db: PrivateService;
  let redis: PrivateService;
  let app: App;

  beforeAll(async () => {
    [db, redis] = await Promise.all([privateMariaDb(), privateRedis()]);
  }, 180_000);
  afterAll(async () => {
    await app?.dispose().catch(() => undefined);
    await redis?.destroy();
    await db?.destroy();
  });

  it('keeps queries and mutations working, and subscriptions resume when Redis returns', async () => {
    const config = configFor(db.url, redis.url);
    app = await createApp(config);
    const url = await app.listen(0);
    const oscar = await signDevelopmentToken(config.jwt, 'oscar@contoso.example');
    const peter = await signDevelopmentToken(config.jwt, 'peter@fabrikam.example');
    const received: string[] = [];
    const client = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: oscar },
      retryAttempts: 0,
    });
    client.subscribe(
      { query: 'subscription { accessRequestEvents { type accessRequestId } }' },
      {
        next: (v) => received.push(JSON.stringify(v.data)),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await until(async () => app.deps.events.activeSubscriptions('ACCESS_REQUEST') >= 1, 5000);

    const engagements = await post(
      url,
      peter,
      '{ viewerEngagements(available: true) { edges { node { id name } } } }',
    );
    const pilot = (
      engagements.body as {
        data: { viewerEngagements: { edges: { node: { id: string; name: string } }[] } };
      }
    ).data.viewerEngagements.edges.find((e) => e.node.name === 'Cloud Migration Pilot')!.node.id;
    const request = (justification: string) =>
      post(
        url,
        peter,
        'mutation ($input: RequestEngagementAccessInput!) { requestEngagementAccess(input: $input) { accessRequest { id } } }',
        { input: { engagementId: pilot, justification, acceptTerms: true } },
      );
    const cancel = (id: string) =>
      post(
        url,
        peter,
        'mutation ($id: ID!) { cancelAccessRequest(input: { accessRequestId: $id }) { accessRequest { id } } }',
        { id },
      );

    const first = await request('before the outage');
    expect(first.code).toBe('OK');
    expect(await until(async () => received.length >= 1, 5000)).toBe(true);
    await cancel(
      (first.body as { data: { requestEngagementAccess: { accessRequest: { id: string } } } }).data
        .requestEngagementAccess.accessRequest.id,
    );

    await redis.kill();
    // Queries and mutations keep working while Redis is down.
    expect((await post(url, oscar, '{ viewer { id } }')).code).toBe('OK');
    const during = await request('during the outage');
    expect(during.code).toBe('OK');
    await cancel(
      (during.body as { data: { requestEngagementAccess: { accessRequest: { id: string } } } }).data
        .requestEngagementAccess.accessRequest.id,
    );
    const readiness = await fetch(`${url}/readyz`);
    expect(readiness.status).toBe(503);

    await redis.start();
    const seen = received.length;
    const resumed = await until(async () => {
      const r = await request(`after the outage ${Date.now()}`);
      if (r.code === 'OK') {
        await cancel(
          (r.body as { data: { requestEngagementAccess: { accessRequest: { id: string } } } }).data
            .requestEngagementAccess.accessRequest.id,
        );
      }
      await new Promise((res) => setTimeout(res, 500));
      return received.length > seen;
    }, 30_000);
    expect(resumed).toBe(true);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    await client.dispose();
  }, 120_000);
});

suite('graceful shutdown', () => {
  let db: PrivateService;
  beforeAll(async () => {
    db = await privateMariaDb();
  }, 180_000);
  afterAll(() => db?.destroy());

  it('finishes in-flight requests and closes WebSockets with 1001', async () => {
    const config = configFor(db.url);
    const app = await createApp(config);
    const url = await app.listen(0);
    const token = await signDevelopmentToken(config.jwt, 'alice@acme-provider.example');
    const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((r) => socket.once('open', r));
    const closed = new Promise<number>((r) => socket.once('close', (code) => r(code)));
    // Shut down once the server is handling some of them (not after a fixed delay, which a
    // loaded machine can outlast before any request arrives).
    const arrived = new Promise((r) => app.httpServer.once('request', r));
    const inFlight = Array.from({ length: 20 }, () =>
      post(url, token, '{ organizations(first: 100) { totalCount edges { node { name } } } }'),
    );
    await arrived;
    await app.dispose();
    const codes = (await Promise.all(inFlight)).map((r) => r.code);
    // Requests the server was handling finish normally. Those still queued on the client's idle
    // keep-alive sockets, never started, see the socket refused or reset (a client retries
    // them); none gets an error response or a half answer.
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThan(0);
    expect(
      codes.every((c) =>
        ['OK', 'NETWORK:ECONNREFUSED', 'NETWORK:ECONNRESET', 'NETWORK:UND_ERR_SOCKET'].includes(c),
      ),
    ).toBe(true);
    expect(await closed).toBe(1001);
  }, 60_000);
});
