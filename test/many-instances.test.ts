import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client, createClient } from 'graphql-ws';
import Redis from 'ioredis';
import mysql from 'mysql2/promise';
import WebSocket from 'ws';
import { signDevelopmentToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { toGlobalId } from '../src/globalId';
import { Balancer, startBalancer } from './helpers/balancer';
import { createTestDatabase, TestDatabase } from './helpers/database';
import { spawnGateway } from './helpers/gateway';
import { freePort } from './helpers/privateServices';
import { TEST_JWT_SECRET } from './helpers/server';
import {
  ACCESS_REQUEST_EVENTS,
  AccessRequestEventData,
  LiveSubscription,
  subscribe,
} from './helpers/subscriptions';

/**
 * Many instances (issue 23; DESIGN §4 events through Redis): three gateway processes behind a
 * loopback round-robin balancer, one Redis, one MariaDB. A mutation on any instance reaches
 * subscribers on every instance; SIGKILL of one instance drops only its sockets, whose clients
 * reconnect through the balancer and keep receiving; the scheduled jobs run once per period.
 */
const enabled = /^mysql:|^mariadb:/.test(process.env.DATABASE_URL ?? '') && !!process.env.REDIS_URL;
const suite = enabled ? describe : describe.skip;
if (!enabled) {
  test.skip('many instances need DATABASE_URL on MariaDB and REDIS_URL', () => undefined);
}

jest.setTimeout(400_000);

const REQUEST = `mutation ($input: RequestEngagementAccessInput!) {
  requestEngagementAccess(input: $input) { accessRequest { id } }
}`;
const DENY = `mutation ($input: DecideAccessRequestInput!) {
  denyAccessRequest(input: $input) { accessRequest { id } }
}`;

interface Instance {
  url: string;
  child: ChildProcess;
}

async function waitForHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000; // three ts-node compilations on a loaded machine
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not become healthy`);
}

async function post(url: string, token: string, query: string, variables: object) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data!;
}

/** Sum of a counter over instances' `/metrics`, for lines starting with `prefix`. */
async function metricSum(urls: string[], prefix: string): Promise<number> {
  let sum = 0;
  for (const url of urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    for (const line of text.split('\n')) {
      if (line.startsWith(prefix)) sum += Number(line.split(' ').pop());
    }
  }
  return sum;
}

suite('three gateway processes behind a balancer, one Redis, one MariaDB', () => {
  let database: TestDatabase;
  let balancer: Balancer;
  const instances: Instance[] = [];
  const clients: Client[] = [];
  const prefix = `ag-test-many-${process.pid}-${randomBytes(4).toString('hex')}:`;
  const tokens: Record<string, string> = {};
  let pilot: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    for (const port of ports) {
      const child = spawnGateway(
        port,
        {
          DATABASE_URL: database.databaseUrl,
          REDIS_URL: process.env.REDIS_URL,
          REDIS_CHANNEL_PREFIX: prefix,
          SEED_DEMO: 'true', // seeded once: under the migration lock, only into an empty database
          JOBS_ENABLED: 'true',
          RATE_LIMIT_PER_IP: '1000000',
          RATE_LIMIT_PER_VIEWER: '1000000',
          LOG_LEVEL: 'warn',
        },
        ['ignore', 'ignore', 'inherit'],
      );
      instances.push({ url: `http://127.0.0.1:${port}`, child });
    }
    await Promise.all(instances.map((i) => waitForHealthy(i.url, i.child)));
    balancer = await startBalancer(instances.map((i) => i.url));

    const conn = await mysql.createConnection(database.databaseUrl!);
    try {
      const [users] = await conn.query('SELECT email, subject FROM `user`');
      const jwt = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET }).jwt;
      for (const u of users as { email: string; subject: string }[]) {
        tokens[u.email.split('@')[0]] = await signDevelopmentToken(jwt, u.subject);
      }
      const [rows] = await conn.query('SELECT id FROM engagement WHERE name = ?', [
        'Cloud Migration Pilot',
      ]);
      pilot = toGlobalId('Engagement', (rows as { id: number }[])[0].id);
    } finally {
      await conn.end();
    }
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await balancer?.close();
    for (const { child } of instances) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue('jobs', { connection, prefix: `${prefix}bull` });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    connection.disconnect();
    await database?.drop();
  });

  /** One access request by frank through `url`, then its denial (so frank may ask again). */
  async function roundThrough(url: string): Promise<string> {
    const data = (await post(url, tokens.frank, REQUEST, {
      input: { engagementId: pilot, justification: 'needs it', acceptTerms: true },
    })) as { requestEngagementAccess: { accessRequest: { id: string } } };
    const id = data.requestEngagementAccess.accessRequest.id;
    await post(url, tokens.oscar, DENY, { input: { accessRequestId: id } });
    return id;
  }

  /** Repeats rounds until every live subscription saw one (subscriptions start asynchronously). */
  async function untilAllReceive(
    subs: LiveSubscription<AccessRequestEventData>[],
    url: string,
  ): Promise<void> {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const id = await roundThrough(url);
      const seen = await Promise.all(
        subs.map((s) =>
          s
            .next((e) => e.accessRequestId === id, 3000)
            .then(() => true)
            .catch(() => false),
        ),
      );
      if (seen.every(Boolean)) return;
      if (Date.now() > deadline) throw new Error(`not every subscriber received: ${seen}`);
    }
  }

  it('delivers mutations through any instance to subscribers on every instance, survives a SIGKILL and runs jobs once', async () => {
    const closed = [0, 0, 0];
    const subs: LiveSubscription<AccessRequestEventData>[] = [];
    for (let n = 0; n < 3; n++) {
      const client = createClient({
        url: `${balancer.url.replace('http', 'ws')}/graphql?client=${n}`,
        webSocketImpl: WebSocket,
        connectionParams: { token: tokens.oscar },
        retryAttempts: 20,
        retryWait: () => new Promise((r) => setTimeout(r, 500)),
        shouldRetry: () => true,
        on: { closed: () => void closed[n]++ },
      });
      clients.push(client);
      subs.push(subscribe<AccessRequestEventData>(client, ACCESS_REQUEST_EVENTS));
    }
    await untilAllReceive(subs, instances[0].url);
    // Round robin put the three sockets on three different instances.
    const placed = [0, 1, 2].map((n) => balancer.upgrades.get(String(n)));
    expect(new Set(placed).size).toBe(3);

    // A mutation through each instance reaches every subscriber (R-AR events, DESIGN §4).
    for (const instance of instances) {
      const id = await roundThrough(instance.url);
      for (const s of subs) {
        expect((await s.next((e) => e.accessRequestId === id, 30_000)).type).toBeDefined();
      }
    }

    // Scheduled jobs: one run per period across the three instances (BullMQ through Redis).
    const hourly = await Promise.all(
      ['inactivity', 'invitations', 'relationships'].map((job) =>
        metricSum(
          instances.map((i) => i.url),
          `accessgraph_job_runs_total{job="${job}"`,
        ),
      ),
    );
    for (const runs of hourly) expect(runs).toBeLessThanOrEqual(1);
    expect(hourly.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);

    // SIGKILL the instance holding client 1's socket: only that socket drops.
    const victim = instances.find((i) => i.url === placed[1])!;
    const exited = once(victim.child, 'exit');
    victim.child.kill('SIGKILL');
    await exited;
    const deadline = Date.now() + 30_000;
    while (closed[1] === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(closed[1]).toBeGreaterThan(0);
    expect([closed[0], closed[2]]).toEqual([0, 0]);

    // Its client reconnects through the balancer to a live instance and keeps receiving.
    const survivor = instances.find((i) => i !== victim)!;
    await untilAllReceive(subs, survivor.url);
    expect(balancer.upgrades.get('1')).not.toBe(victim.url);
    expect([closed[0], closed[2]]).toEqual([0, 0]);
  });
});
