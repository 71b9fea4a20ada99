import WebSocket from 'ws';
import { ConfigError, loadConfig } from '../src/config';
import { startTestServer, TestServer } from './helpers/server';

/** CORS and the WebSocket Origin check (issue 16), through real HTTP requests and handshakes. */

const ALLOWED = 'http://localhost:5173';
const DISALLOWED = 'https://evil.example';
const QUERY = JSON.stringify({ query: '{ __typename }' });

function preflight(server: TestServer, origin: string, path = '/graphql') {
  return fetch(`${server.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });
}

function post(server: TestServer, origin: string, contentType = 'application/json') {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': contentType },
    body: QUERY,
  });
}

/** The HTTP status of a WebSocket handshake with this Origin (101 when upgraded). */
function handshake(server: TestServer, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${server.url.replace('http', 'ws')}/graphql`,
      'graphql-transport-ws',
      {
        ...(origin ? { origin } : {}),
      },
    );
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

describe('CORS with the development default (any localhost origin)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
  });
  afterAll(() => server.close());

  it.each([ALLOWED, 'http://127.0.0.1:8080', 'http://localhost'])(
    'answers the preflight of %s with 204 and the allowed methods and headers',
    async (origin) => {
      const response = await preflight(server, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      const headers = response.headers.get('access-control-allow-headers')!.split(',');
      expect(headers).toEqual(
        expect.arrayContaining([
          'content-type',
          'authorization',
          'apollo-require-preflight',
          'x-request-id',
        ]),
      );
    },
  );

  it('answers an allowed POST with the origin and exposes x-request-id', async () => {
    const response = await post(server, ALLOWED);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it.each([DISALLOWED, 'http://localhost.evil.example', 'null'])(
    'gives %s no CORS headers, on the preflight or the request',
    async (origin) => {
      const pre = await preflight(server, origin);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      expect(pre.headers.get('access-control-allow-headers')).toBeNull();
      const response = await post(server, origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('keeps CSRF prevention on for allowed origins: a simple text/plain POST is refused', async () => {
    const response = await post(server, ALLOWED, 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it('applies to the CSV exports too (a preflight with the authorization header)', async () => {
    const response = await fetch(`${server.url}/exports/organizations/x/directory.csv`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('upgrades WebSockets from allowed origins and from clients without an Origin', async () => {
    expect(await handshake(server, ALLOWED)).toBe(101);
    expect(await handshake(server)).toBe(101);
  });

  it('refuses the WebSocket upgrade from a disallowed origin with 403', async () => {
    expect(await handshake(server, DISALLOWED)).toBe(403);
  });
});

describe('CORS with CORS_ORIGINS set', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      seed: false,
      env: { CORS_ORIGINS: 'https://app.example, https://admin.example:8443' },
    });
  });
  afterAll(() => server.close());

  it('allows exactly the listed origins', async () => {
    for (const origin of ['https://app.example', 'https://admin.example:8443']) {
      const response = await preflight(server, origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    }
    for (const origin of [ALLOWED, 'http://app.example', 'https://admin.example']) {
      const response = await preflight(server, origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('checks WebSocket origins against the same list', async () => {
    expect(await handshake(server, 'https://app.example')).toBe(101);
    expect(await handshake(server, ALLOWED)).toBe(403);
  });
});

describe('CORS_ORIGINS configuration', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };

  it('defaults to any localhost origin in development and to none in production', () => {
    expect(loadConfig({}).corsOrigins).toBe('localhost');
    expect(loadConfig(production).corsOrigins).toEqual([]);
    expect(loadConfig({ ...production, CORS_ORIGINS: 'https://app.example/' }).corsOrigins).toEqual(
      ['https://app.example'],
    );
  });

  it.each(['ftp://app.example', 'https://app.example/path', 'not an origin'])(
    'refuses %s naming CORS_ORIGINS',
    (value) => {
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(ConfigError);
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS/);
    },
  );
});

describe('CORS in production without CORS_ORIGINS', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => server.close());

  it('allows no browser origin, not even localhost', async () => {
    const response = await preflight(server, ALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(await handshake(server, ALLOWED)).toBe(403);
    expect(await handshake(server)).toBe(101);
  });
});
