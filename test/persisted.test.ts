import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codeOf, startTestServer, TestServer } from './helpers/server';

/** Allow-listed (persisted) operations for first-party clients (issue 8). */
const LISTED = '{ viewer { email } }';
const hash = createHash('sha256').update(LISTED).digest('hex');
let server: TestServer;
let dir: string;
let token: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-persisted-'));
  const file = path.join(dir, 'operations.json');
  fs.writeFileSync(file, JSON.stringify({ [hash]: LISTED }));
  server = await startTestServer({
    env: { PERSISTED_OPERATIONS_FILE: file, PERSISTED_OPERATIONS_ONLY: 'true' },
  });
  token = await server.token('alice@acme-provider.example');
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const byHash = (sha256Hash: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));

describe('persisted operations', () => {
  it('runs a listed operation by its hash, over HTTP and WebSocket', async () => {
    const r = await byHash(hash);
    expect(r.body).toEqual({ data: { viewer: { email: 'alice@acme-provider.example' } } });
    const ws = await new Promise<unknown>((resolve, reject) => {
      let value: unknown;
      server
        .ws({ token })
        .subscribe(
          { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
          { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
        );
    });
    expect(ws).toEqual({ data: { viewer: { email: 'alice@acme-provider.example' } } });
  });

  it('refuses an unknown hash and, in allow-list mode, any other document', async () => {
    const unknown = await byHash('0'.repeat(64));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('PERSISTED_QUERY_NOT_FOUND');
    const other = await server.raw('{ viewer { id } }', {}, token);
    expect(codeOf(other)).toBe('FORBIDDEN');
    const listedByText = await server.raw(LISTED, {}, token);
    expect(listedByText.errors).toBeUndefined();
  });
});
