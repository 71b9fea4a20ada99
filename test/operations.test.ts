import { startTestServer, TestServer } from './helpers/server';

/** Operations and production mode (issue 8). */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('operational endpoints', () => {
  it('answers liveness and readiness', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      database: 'ok',
      redis: process.env.REDIS_URL ? 'ok' : 'not configured',
    });
  });

  it('exposes Prometheus metrics: requests by operation, errors by code, subscriptions, pool', async () => {
    const token = await server.token('alice@acme-provider.example');
    await server.raw('query Viewer { viewer { id } }', {}, token);
    await server.raw('query Nope { organization(id: "bad") { id } }', {}, token);
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/accessgraph_graphql_requests_total\{operation="Viewer",outcome="ok"\} 1/);
    // Names outside schema/operations and the allow-list share one label (issue 14).
    expect(text).toMatch(
      /accessgraph_graphql_requests_total\{operation="other",outcome="error"\} 1/,
    );
    expect(text).toMatch(/accessgraph_graphql_errors_total\{code="NOT_FOUND"\} 1/);
    expect(text).toContain('accessgraph_graphql_request_duration_seconds_bucket');
    expect(text).toContain('accessgraph_subscriptions_active{topic="ACCESS_REQUEST"}');
    expect(text).toContain('accessgraph_db_pool_connections{state="total"}');
  });

  it('puts the request id of the x-request-id header in every error', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    const requestId = response.headers.get('x-request-id');
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId });
  });
});

describe('production mode', () => {
  let prod: TestServer;
  beforeAll(async () => {
    prod = await startTestServer({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => prod.close());

  it('turns introspection and field suggestions off', async () => {
    const token = await prod.token('alice@acme-provider.example');
    const introspection = await prod.raw('{ __schema { types { name } } }', {}, token);
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typo = await prod.raw('{ viewr { id } }', {}, token);
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('refuses mutations over GET and simple cross-site requests (CSRF)', async () => {
    const get = await fetch(
      `${prod.url}/graphql?query=${encodeURIComponent('mutation { cancelAccessRequest(input: { accessRequestId: "x" }) { accessRequest { id } } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(get.status).toBe(405);
    const simple = await fetch(
      `${prod.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`,
    );
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/i);
    const landing = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await landing.text()).not.toMatch(/Apollo Sandbox|embeddable/i);
  });

  it('never shows a stack trace', async () => {
    const r = await prod.raw('{ organization(id: "bad") { id } }');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});
