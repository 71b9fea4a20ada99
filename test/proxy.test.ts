import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { codeOf, startTestServer, TestServer } from './helpers/server';

/**
 * TRUST_PROXY (issue 18): behind a proxy, the per-IP rate limit counts the client named by
 * X-Forwarded-For, on HTTP and WebSocket; without it, the header is ignored (a client could
 * otherwise pick its own bucket).
 */
const QUERY = '{ __typename }';
const from = (server: TestServer, ip: string) =>
  server.raw(QUERY, {}, undefined, { 'x-forwarded-for': ip });

async function overWebSocket(server: TestServer, ip: string): Promise<unknown> {
  class Forwarded extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { 'x-forwarded-for': ip } });
    }
  }
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: Forwarded,
    retryAttempts: 0,
  });
  try {
    return await new Promise((resolve) => {
      let code: unknown = 'ok';
      client.subscribe(
        { query: QUERY },
        {
          next: (r) => (code = (r.errors?.[0]?.extensions as { code?: unknown })?.code ?? 'ok'),
          error: (e) => resolve((e as { extensions?: { code?: unknown } }[])[0]?.extensions?.code),
          complete: () => resolve(code),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/**
 * Waits for Redis (when configured) before counting: until the limiter's client is connected,
 * counts go to its in-memory insurance and would not add up with the later ones in Redis.
 */
async function started(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer({ env });
  for (let i = 0; i < 100; i++) {
    const ready = (await (await fetch(`${server.url}/readyz`)).json()) as { redis: string };
    if (ready.redis !== 'unavailable') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

describe('TRUST_PROXY=loopback', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await started({ TRUST_PROXY: 'loopback', RATE_LIMIT_PER_IP: '3' });
  });
  afterAll(() => server.close());

  it('gives each forwarded client its own per-IP bucket on HTTP', async () => {
    for (let i = 0; i < 3; i++) expect(codeOf(await from(server, '203.0.113.1'))).toBeUndefined();
    const limited = await from(server, '203.0.113.1');
    expect(limited.status).toBe(429);
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(codeOf(await from(server, '203.0.113.2'))).toBeUndefined();
  });

  it('and on WebSocket', async () => {
    for (let i = 0; i < 3; i++) expect(await overWebSocket(server, '198.51.100.1')).toBe('ok');
    expect(await overWebSocket(server, '198.51.100.1')).toBe('RATE_LIMITED');
    expect(await overWebSocket(server, '198.51.100.2')).toBe('ok');
  });
});

describe('without TRUST_PROXY', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await started({ RATE_LIMIT_PER_IP: '3' });
  });
  afterAll(() => server.close());

  it('ignores X-Forwarded-For: every request counts against the socket address', async () => {
    for (let i = 1; i <= 3; i++)
      expect(codeOf(await from(server, `203.0.113.${i}`))).toBeUndefined();
    expect(codeOf(await from(server, '203.0.113.9'))).toBe('RATE_LIMITED');
    expect(await overWebSocket(server, '198.51.100.9')).toBe('RATE_LIMITED');
  });
});
