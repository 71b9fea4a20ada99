import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signDevelopmentToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { spawnGateway } from './helpers/gateway';
import { createTestDatabase, TestDatabase } from './helpers/database';
import { freePort } from './helpers/privateServices';
import { TEST_JWT_SECRET } from './helpers/server';

/**
 * Logs (issue 18): a gateway process at LOG_LEVEL=debug with its jobs on; its stdout is captured
 * and every line parsed as JSON. One line per HTTP request and per WebSocket operation, idle job
 * runs at debug, email addresses redacted.
 */
type Line = Record<string, unknown> & { level: string; message: string };

let database: TestDatabase;
let dir: string;
let child: ChildProcess;
let url: string;
const raw: string[] = [];
const lines: Line[] = [];

async function until<T>(find: () => T | undefined, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the expected log line never came');
}

beforeAll(async () => {
  database = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-logs-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  child = spawnGateway(port, {
    DATABASE_URL: database.databaseUrl ?? '',
    SQLITE_PATH: path.join(dir, 'db.sqlite'),
    REDIS_URL: '',
    SEED_DEMO: 'true',
    JOBS_ENABLED: 'true',
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
  });
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    raw.push(line);
    lines.push(JSON.parse(line));
  });
  await until(
    () => lines.find((l) => String(l.message).startsWith('AccessGraph listening')),
    240_000,
  );
}, 300_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const token = (email: string) =>
  signDevelopmentToken(loadConfig({ JWT_SECRET: TEST_JWT_SECRET }).jwt, email);

async function post(query: string, variables: Record<string, unknown>, bearer?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as { data?: Record<string, never>; errors?: unknown[] },
  };
}

describe('logs of a started gateway', () => {
  it('writes one JSON line per HTTP request with request id, operation, status, duration and viewer', async () => {
    const grace = await token('grace@globex.example');
    const ok = await post('query Me { viewer { id } }', {}, grace);
    expect(ok.status).toBe(200);
    const line = await until(() => lines.find((l) => l.requestId === ok.requestId));
    expect(line).toMatchObject({
      level: 'info',
      message: 'http request',
      operation: 'Me',
      code: 'ok',
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
      ip: '127.0.0.1',
    });
    expect(typeof line.durationMs).toBe('number');
    expect(line.viewerId).toBeDefined();
    expect(lines.filter((l) => l.requestId === ok.requestId)).toHaveLength(1);

    const refused = await post('query Me { viewer { id } }', {}, 'not-a-token');
    expect(refused.status).toBe(401);
    expect(await until(() => lines.find((l) => l.requestId === refused.requestId))).toMatchObject({
      message: 'http request',
      res: { statusCode: 401 },
    });

    const probe = await fetch(`${url}/readyz`);
    const probeLine = await until(() =>
      lines.find((l) => l.requestId === probe.headers.get('x-request-id')),
    );
    expect(probeLine).toMatchObject({ level: 'debug', req: { url: '/readyz' } });

    // An export link's token is a credential: the request line shows it redacted.
    const link = await fetch(`${url}/exports/organizations/x/directory.csv?token=secret-link&a=1`);
    const linkLine = await until(() =>
      lines.find((l) => l.requestId === link.headers.get('x-request-id')),
    );
    expect(linkLine).toMatchObject({
      req: { url: '/exports/organizations/x/directory.csv?token=[redacted]&a=1' },
    });
    expect(raw.join('\n')).not.toContain('secret-link');
  });

  it('writes one line per WebSocket operation', async () => {
    const client = createClient({
      url: `${url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { token: await token('grace@globex.example') },
      retryAttempts: 0,
    });
    try {
      await new Promise<void>((resolve, reject) =>
        client.subscribe(
          { query: 'query WsMe { viewer { id } }' },
          { next: () => undefined, error: reject, complete: resolve },
        ),
      );
      await new Promise<void>((resolve) =>
        client.subscribe(
          { query: 'query WsBroken { nope }' },
          { next: () => undefined, error: () => resolve(), complete: resolve },
        ),
      );
    } finally {
      await client.dispose();
    }
    const ok = await until(
      () => lines.find((l) => l.message === 'websocket operation' && l.operation === 'WsMe'),
      20_000,
    );
    expect(ok).toMatchObject({ level: 'info', code: 'ok', ip: '127.0.0.1' });
    expect(typeof ok.requestId).toBe('string');
    expect(typeof ok.durationMs).toBe('number');
    expect(ok.viewerId).toBeDefined();
    const broken = await until(() =>
      lines.find((l) => l.message === 'websocket operation' && l.operation === 'WsBroken'),
    );
    expect(broken.code).toBe('ERROR');
  });

  it('logs idle job runs at debug and redacts the email address of a logged notification', async () => {
    const grace = await token('grace@globex.example');
    const orgs = await post('{ organizations { edges { node { id name } } } }', {}, grace);
    const globex = (
      orgs.body.data as unknown as {
        organizations: { edges: { node: { id: string; name: string } }[] };
      }
    ).organizations.edges.find((e) => e.node.name === 'Globex Corporation')!.node.id;
    const invited = await post(
      `mutation ($input: AddOrganizationMemberInput!) {
        addOrganizationMember(input: $input) { member { status } } }`,
      {
        input: {
          organizationId: globex,
          email: 'logged-invitee@globex.example',
          name: 'Logged Invitee',
          invite: true,
        },
      },
      grace,
    );
    expect(invited.body.errors).toBeUndefined();
    const notification = await until(() =>
      lines.find((l) => String(l.message).startsWith('notification (no SMTP_URL')),
    );
    expect(notification.to).toBe('[redacted]');
    expect(raw.some((l) => l.includes('logged-invitee@globex.example'))).toBe(false);

    const idle = await until(() =>
      lines.find((l) => l.message === 'job finished' && l.job === 'notifications' && l.sent === 0),
    );
    expect(idle.level).toBe('debug');
    for (const run of lines.filter((l) => l.message === 'job finished')) {
      const counts = Object.entries(run)
        .filter(
          ([key]) => !['level', 'time', 'pid', 'hostname', 'message', 'job', 'ms'].includes(key),
        )
        .map(([, value]) => value);
      expect(run.level).toBe(counts.every((n) => n === 0) ? 'debug' : 'info');
    }
  }, 120_000);
});
