import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import mysql from 'mysql2/promise';
import { signDevelopmentToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { toGlobalId } from '../../src/globalId';
import { spawnGateway } from '../../test/helpers/gateway';
import { freePort, privateReplicatedMariaDb } from '../../test/helpers/privateServices';
import { TEST_JWT_SECRET } from '../../test/helpers/server';
import { seedBenchWorld } from './seed';
import { currentCommit, percentile } from './stats';
import { closeSubscribers, openSubscribers, Subscriber } from './subscribers';

/**
 * `npm run bench:scale` (issue 23): on a private MariaDB primary with one replica and the Redis
 * at REDIS_URL (default the local one; a private key prefix), measures
 *   1. the access-request fan-out to N subscribers on one gateway instance, then spread over two
 *      (events cross instances through Redis): latency p50/p99 from the mutation to each
 *      subscriber, and deliveries per second;
 *   2. the members page under load with its list reads on the replica, then on the primary.
 * Bounded: --users (default 3000), --subscribers (default 1000), --events (default 5 per setup),
 * --duration (seconds per load, default 10), --connections (default 10), --members-only (part 2). Loopback only; prints a
 * Markdown report for docs/scaling.md.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const USERS = option('users', 3000);
const SUBSCRIBERS = option('subscribers', 1000);
const EVENTS = option('events', 5);
const DURATION = option('duration', 10);
const CONNECTIONS = option('connections', 10);
/** `--members-only`: skip the fan-out (part 1). */
const MEMBERS_ONLY = process.argv.includes('--members-only');
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (message: string) => console.error(`[scale] ${message}`);

interface Gateway {
  url: string;
  child: ChildProcess;
}

async function startGateway(env: Record<string, string>): Promise<Gateway> {
  const port = await freePort();
  const child = spawnGateway(port, env, ['ignore', 'ignore', 'inherit']);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error('gateway did not start');
}

async function stopGateway(g: Gateway): Promise<void> {
  if (g.child.exitCode !== null) return;
  const exited = once(g.child, 'exit');
  g.child.kill('SIGTERM');
  await exited;
}

async function graphql(url: string, token: string, query: string, variables: object) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors) throw new Error(JSON.stringify(json.errors).slice(0, 500));
  return json.data!;
}

async function activeSubscriptions(urls: string[]): Promise<number> {
  let sum = 0;
  for (const url of urls) {
    const text = await (await fetch(`${url}/metrics`)).text();
    const line = text
      .split('\n')
      .find((l) => l.startsWith('accessgraph_subscriptions_active{topic="ACCESS_REQUEST"}'));
    sum += Number(line?.split(' ')[1] ?? 0);
  }
  return sum;
}

async function comSelect(port: number): Promise<number> {
  const conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
  try {
    const [rows] = await conn.query("SHOW GLOBAL STATUS LIKE 'Com_select'");
    return Number((rows as { Value: string }[])[0].Value);
  } finally {
    await conn.end();
  }
}

const MEMBERS_PAGE = `query ($id: ID!, $first: Int!) { node(id: $id) { ... on Organization {
  members(first: $first) { edges { node { id role license status lastActivityAt user { id email name
    teams(first: 10) { edges { node { role team { id name } } } }
    groups(first: 10) { edges { node { group engagement { id name } } } } } } } pageInfo { endCursor hasNextPage } } } } }`;
const REQUEST = `mutation ($input: RequestEngagementAccessInput!) { requestEngagementAccess(input: $input) { accessRequest { id } } }`;
const CANCEL = `mutation ($input: CancelAccessRequestInput!) { cancelAccessRequest(input: $input) { accessRequest { id } } }`;

interface FanoutRow {
  instances: number;
  subscribers: number;
  events: number;
  received: number;
  p50: number;
  p99: number;
  last: number;
  deliveriesPerSecond: number;
}

async function main() {
  const started = Date.now();
  log('starting a private primary and replica');
  const servers = await privateReplicatedMariaDb();
  const prefix = `ag-scale-${process.pid}:`;
  const gateways: Gateway[] = [];
  try {
    log(`seeding ${USERS} users and ${SUBSCRIBERS} power users on the primary`);
    const world = await seedBenchWorld({
      serverUrl: servers.primary.url,
      users: USERS,
      memberships: USERS * 5,
      subscribers: SUBSCRIBERS,
    });
    await servers.catchUp(600);
    const replicaUrl = world.databaseUrl.replace(
      `:${servers.primary.port}/`,
      `:${servers.replica.port}/`,
    );
    const jwt = loadConfig({ NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET }).jwt;
    const token = (email: string) => signDevelopmentToken(jwt, email);
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: world.databaseUrl,
      REDIS_URL: REDIS,
      REDIS_CHANNEL_PREFIX: prefix,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'error',
      RATE_LIMIT_PER_IP: '1000000000',
      RATE_LIMIT_PER_VIEWER: '1000000000',
      MAX_COST: '100000',
      WS_MAX_SOCKETS_PER_IP: '1000000',
    };
    const requester = await token(world.emails.requester);
    const live = toGlobalId('Engagement', world.ids.liveEngagement);
    const subscriberTokens = await Promise.all(
      Array.from({ length: SUBSCRIBERS }, (_, i) => token(world.emails.powerUserA(i + 1))),
    );

    // 1. Fan-out on one instance, then on two.
    gateways.push(await startGateway(env), await startGateway(env));
    const fanout: FanoutRow[] = [];
    for (const instances of MEMBERS_ONLY ? [] : [1, 2]) {
      const used = gateways.slice(0, instances);
      log(`fan-out: ${SUBSCRIBERS} subscribers on ${instances} instance(s)`);
      const subs: Subscriber[] = [];
      for (let i = 0; i < instances; i++) {
        const share = subscriberTokens.filter((_, n) => n % instances === i);
        subs.push(
          ...(await openSubscribers(`${used[i].url.replace('http', 'ws')}/graphql`, share, 20)),
        );
      }
      const deadline = Date.now() + 120_000;
      while ((await activeSubscriptions(used.map((g) => g.url))) < SUBSCRIBERS) {
        if (Date.now() > deadline) throw new Error('subscriptions did not open in time');
        await sleep(200);
      }
      await sleep(2000);
      const latencies: number[] = [];
      const rates: number[] = [];
      let received = 0;
      for (let e = 0; e < EVENTS; e++) {
        subs.forEach((s) => (s.arrivals.length = 0));
        const t0 = performance.now();
        const data = (await graphql(gateways[0].url, requester, REQUEST, {
          input: { engagementId: live, justification: 'Scale bench', acceptTerms: true },
        })) as { requestEngagementAccess: { accessRequest: { id: string } } };
        const until = Date.now() + 30_000;
        while (subs.some((s) => s.arrivals.length === 0) && Date.now() < until) await sleep(10);
        const arrivals = subs.filter((s) => s.arrivals.length).map((s) => s.arrivals[0] - t0);
        received += arrivals.length;
        latencies.push(...arrivals);
        rates.push(arrivals.length / (Math.max(...arrivals) / 1000));
        await graphql(gateways[0].url, requester, CANCEL, {
          input: { accessRequestId: data.requestEngagementAccess.accessRequest.id },
        });
        await sleep(500);
      }
      const row: FanoutRow = {
        instances,
        subscribers: SUBSCRIBERS,
        events: EVENTS,
        received,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        last: Math.max(...latencies),
        deliveriesPerSecond: percentile(rates, 50),
      };
      fanout.push(row);
      log(JSON.stringify(row));
      await closeSubscribers(subs);
      while ((await activeSubscriptions(used.map((g) => g.url))) > 0) await sleep(200);
    }
    await Promise.all(gateways.splice(0).map(stopGateway));

    // 2. The members page: list reads on the replica, then on the primary.
    const admin = await token(world.emails.companyAdmin);
    const company = toGlobalId('Organization', world.ids.company);
    const members: Record<string, unknown>[] = [];
    for (const [label, extra] of [
      ['replica', { DATABASE_REPLICA_URLS: replicaUrl }],
      ['primary', {}],
    ] as const) {
      const gateway = await startGateway({ ...env, ...extra });
      gateways.push(gateway);
      await graphql(gateway.url, admin, MEMBERS_PAGE, { id: company, first: 50 });
      const before = {
        primary: await comSelect(servers.primary.port),
        replica: await comSelect(servers.replica.port),
      };
      log(`members page, list reads on the ${label}: ${DURATION} s at ${CONNECTIONS} connections`);
      const result = await autocannon({
        url: `${gateway.url}/graphql`,
        connections: CONNECTIONS,
        duration: DURATION,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: MEMBERS_PAGE, variables: { id: company, first: 50 } }),
      });
      if (result.non2xx) throw new Error(`members load: ${result.non2xx} non-2xx answers`);
      const requests = result.requests.total;
      members.push({
        label,
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        timeouts: result.errors,
        primarySelectsPerRequest:
          ((await comSelect(servers.primary.port)) - before.primary) / requests,
        replicaSelectsPerRequest:
          ((await comSelect(servers.replica.port)) - before.replica) / requests,
      });
      log(JSON.stringify(members.at(-1)));
      await stopGateway(gateways.pop()!);
    }

    const load = os.loadavg().map((l) => l.toFixed(1));
    const lines = [
      `Scale bench, ${new Date().toISOString().slice(0, 10)}, commit ${currentCommit()}`,
      `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${load.join(' / ')} at the end (shared machine)`,
      `World: ${USERS} users, ${world.memberships} memberships; private MariaDB primary + 1 replica, Redis for events`,
      '',
      '| instances | subscribers | events | deliveries | p50 ms | p99 ms | last ms | deliveries/s |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...fanout.map(
        (f) =>
          `| ${f.instances} | ${f.subscribers} | ${f.events} | ${f.received} | ${f.p50.toFixed(0)} | ${f.p99.toFixed(0)} | ${f.last.toFixed(0)} | ${f.deliveriesPerSecond.toFixed(0)} |`,
      ),
      '',
      `Members page (50 members with teams), ${DURATION} s at ${CONNECTIONS} connections:`,
      '',
      '| list reads on | req/s | p50 ms | p99 ms | client timeouts | SELECTs/request on primary | on replica |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...members.map(
        (m) =>
          `| ${m.label} | ${Number(m.rps).toFixed(0)} | ${m.p50} | ${m.p99} | ${m.timeouts} | ${Number(m.primarySelectsPerRequest).toFixed(1)} | ${Number(m.replicaSelectsPerRequest).toFixed(1)} |`,
      ),
      '',
      `Total ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    console.log(lines.join('\n'));
  } finally {
    await Promise.all(gateways.map(stopGateway));
    await servers.replica.destroy();
    await servers.primary.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
