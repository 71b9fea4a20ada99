import 'reflect-metadata';
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import { signDevelopmentToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { toGlobalId } from '../../src/globalId';
import { BENCH_JWT_SECRET, gatewayEnv, startProcess, Started } from './processes';
import { Measurements, ScaleResult, writeReport } from './report';
import { dropBenchWorld, seedBenchWorld } from './seed';
import { formatSelfTimes, Profile, selfTimes } from './selfTime';
import { currentCommit, percentile } from './stats';
import { closeSubscribers, openSubscribers } from './subscribers';
import { BATCH, CANCEL, CLIENTS_PAGE, ENGAGEMENT_PAGE, MEMBERS_PAGE, REQUEST } from './documents';

/**
 * `npm run bench` (issue 7): seeds MariaDB, starts the gateway (and the floor) as separate
 * processes, runs bounded loads on 127.0.0.1 and writes docs/benchmarks.md. Not part of
 * `npm test`.
 *
 *   npm run bench                                   # 10,000 users
 *   npm run bench -- --users 100000 --memberships 1000000
 *
 * Options: --users, --memberships (default 10 per user: the density of the 100,000-user world,
 * so that (f) compares the same members page against ten times the data), --subscribers
 * (largest swarm of scenario e, default 10,000), --duration (seconds per load, default 10), --connections
 * (default 50), --only-fanout (scenario e alone, printed as JSON, docs left as they are),
 * --only-b (scenario b, its floor and its two ceilings alone, with CPU per request, printed as JSON), --keep (the
 * seeded database stays, for scripts/bench/profile.ts), --profile <dir> (a CPU profile of the
 * gateway during each fan-out and a heap snapshot of the idle subscriptions before it).
 * DATABASE_URL names the MariaDB server (a database of this run is created on it, then dropped).
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}
const USERS = option('users', 10_000);
const MEMBERSHIPS = option('memberships', USERS * 10);
const SUBSCRIBERS = option('subscribers', 10_000);
const DURATION = option('duration', 10);
const CONNECTIONS = option('connections', 50);
/** `--only-fanout`: scenario (e) alone, printed as JSON; docs/benchmarks.md is left as it is. */
const ONLY_FANOUT = process.argv.includes('--only-fanout');
/** `--only-b`: scenario (b), its floor and its ceilings alone, printed as JSON (the read path, issue 17). */
const ONLY_B = process.argv.includes('--only-b');
const KEEP = process.argv.includes('--keep');
/** `--profile <dir>`: where the gateway's CPU profile of each fan-out is written. */
const PROFILE_DIR = process.argv.includes('--profile')
  ? process.argv[process.argv.indexOf('--profile') + 1]
  : undefined;
const SERVER = process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/test';
const JWT_SECRET = BENCH_JWT_SECRET;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (message: string) => console.error(`[bench] ${message}`);

/** Fetches once more after a reset: a busy gateway may close a kept-alive socket under it. */
async function fetchText(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text();
  } catch {
    await sleep(500);
    return (await fetch(url)).text();
  }
}

async function metric(server: Started, name: string, labels = ''): Promise<number> {
  const text = await fetchText(`${server.url}/metrics`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return Number(line?.split(' ')[1] ?? NaN);
}
const statements = (server: Started) => metric(server, 'accessgraph_db_statements_total');

async function graphql(
  server: Started,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors) throw new Error(`GraphQL errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data!;
}

/**
 * Statements one request sends, measured on a quiet server after a warm-up. The metric counts
 * the event relay's background polls too, which only add: the least of three requests is the
 * request's own count.
 */
async function statementsOf(server: Started, send: () => Promise<unknown>): Promise<number> {
  await send();
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    const before = await statements(server);
    await send();
    least = Math.min(least, (await statements(server)) - before);
  }
  return least;
}

/** JSON objects in a response: what a query "returns". */
function objectsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + objectsIn(v), 0);
  if (value && typeof value === 'object') {
    return 1 + Object.values(value).reduce((n: number, v) => n + objectsIn(v), 0);
  }
  return 0;
}

async function load(
  server: Started,
  request: { path: string; method?: string; token?: string; body?: unknown },
  connections = CONNECTIONS,
) {
  const cpuBefore = server.cpuMs();
  const { result, peak } = await server.peakDuring(() =>
    autocannon({
      url: `${server.url}${request.path}`,
      connections,
      duration: DURATION,
      method: request.method ?? 'POST',
      headers: {
        'content-type': 'application/json',
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    }),
  );
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`load on ${request.path}: ${result.errors} errors, ${result.non2xx} non-2xx`);
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    peakRssMb: peak / 2 ** 20,
    cpuMsPerRequest: (server.cpuMs() - cpuBefore) / result.requests.total,
  };
}

/**
 * One ceiling of (b) (`ceilingStack.ts`, `ceilingPlain.ts`) under the same load as (b), started
 * for it alone and stopped after. Like for like: it must first answer the members page exactly as
 * the gateway does (the same JSON of `data`).
 */
async function ceilingOf(
  script: string,
  env: Record<string, string>,
  gateway: Started,
  page: { token: string; id: string },
) {
  const answer = async (server: Started) =>
    JSON.stringify(await graphql(server, page.token, MEMBERS_PAGE, { id: page.id, first: 50 }));
  const ceiling = await startProcess(script, [], env);
  try {
    if ((await answer(ceiling)) !== (await answer(gateway))) {
      throw new Error(`${script} answers the members page differently from the gateway`);
    }
    return await load(ceiling, {
      path: '/graphql',
      token: page.token,
      body: { query: MEMBERS_PAGE, variables: { id: page.id, first: 50 } },
    });
  } finally {
    await ceiling.stop();
  }
}

async function main() {
  const started = Date.now();
  log(`seeding ${USERS} users, ${MEMBERSHIPS} memberships, ${SUBSCRIBERS} subscribers`);
  const world = await seedBenchWorld({
    serverUrl: SERVER,
    users: USERS,
    memberships: MEMBERSHIPS,
    subscribers: SUBSCRIBERS,
  });
  const seedSeconds = (Date.now() - started) / 1000;
  const jwt = loadConfig({ NODE_ENV: 'test', JWT_SECRET }).jwt;
  const token = (email: string) => signDevelopmentToken(jwt, email);
  const env = gatewayEnv(world.databaseUrl);
  // --expose-gc: the `memory` command measures after a full collection.
  const gateway = await startProcess('gateway.js', [], env, ['--expose-gc']);
  const floor = await startProcess('floor.js', [], {
    DATABASE_URL: world.databaseUrl,
    NODE_ENV: 'production',
  });
  const measured: Measurements = { scenarios: {} };
  try {
    const ids = {
      provider: toGlobalId('Organization', world.ids.provider),
      company: toGlobalId('Organization', world.ids.company),
      engagement: toGlobalId('Engagement', world.ids.engagement),
      live: toGlobalId('Engagement', world.ids.liveEngagement),
    };
    const admin = {
      provider: await token(world.emails.providerAdmin),
      company: await token(world.emails.companyAdmin),
      owner: await token(world.emails.owner),
      requester: await token(world.emails.requester),
    };

    if (!ONLY_FANOUT) {
      // (a), (b), (c): statements at two page sizes, then load at 50 connections.
      const pages = [
        {
          key: 'a',
          name: '(a) provider dashboard: clients with seats',
          query: CLIENTS_PAGE,
          id: ids.provider,
          viewer: admin.provider,
        },
        {
          key: 'b',
          name: '(b) members page with teams and groups',
          query: MEMBERS_PAGE,
          id: ids.company,
          viewer: admin.company,
        },
        {
          key: 'c',
          name: '(c) engagement members with last access',
          query: ENGAGEMENT_PAGE,
          id: ids.engagement,
          viewer: admin.owner,
        },
      ];
      for (const page of pages.filter((p) => !ONLY_B || p.key === 'b')) {
        const at = async (first: number) =>
          statementsOf(gateway, () =>
            graphql(gateway, page.viewer, page.query, { id: page.id, first }),
          );
        const sample = await graphql(gateway, page.viewer, page.query, { id: page.id, first: 50 });
        log(`${page.name}: ${objectsIn(sample)} objects per page of 50; loading`);
        const statementsAt = { 10: await at(10), 50: await at(50) };
        measured.scenarios[page.key] = {
          name: page.name,
          statements10: statementsAt[10],
          statements50: statementsAt[50],
          ...(await load(gateway, {
            path: '/graphql',
            token: page.viewer,
            body: { query: page.query, variables: { id: page.id, first: 50 } },
          })),
        };
      }

      log('floor of (b): hand-written SQL through mysql2');
      measured.floor = await load(floor, {
        path: `/organizations/${world.ids.company}/members`,
        method: 'GET',
      });
      log("ceilings of (b): the stack and a plain tree, on the floor's statements");
      const page = { token: admin.company, id: ids.company };
      measured.ceilings = {
        stack: await ceilingOf('ceilingStack.js', env, gateway, page),
        plain: await ceilingOf('ceilingPlain.js', env, gateway, page),
      };
      if (ONLY_B) {
        const { b } = measured.scenarios;
        const ratioOf = (rps: number) => rps / measured.floor!.rps;
        console.log(
          JSON.stringify({
            b,
            floor: measured.floor,
            ceilings: measured.ceilings,
            ratio: ratioOf(b.rps!),
            stackCeilingRatio: ratioOf(measured.ceilings.stack.rps),
            plainCeilingRatio: ratioOf(measured.ceilings.plain.rps),
          }),
        );
        return;
      }

      // (d) a 50-user batch, sequential runs.
      const fifty = world.companyUserIds.slice(0, 50).map((id) => toGlobalId('User', id));
      const team = toGlobalId('Team', world.ids.teams.at(-1)!);
      const batch = (i: number) =>
        graphql(gateway, admin.company, BATCH, {
          input: {
            organizationId: ids.company,
            userIds: fifty,
            operation: i % 2 === 0 ? 'ADD_TO_TEAMS' : 'REMOVE_FROM_TEAM',
            teamIds: [team],
            teamId: team,
            atomic: true,
          },
        });
      const times: number[] = [];
      let statementsOfBatch = 0;
      for (let i = 0; i < 20; i++) {
        const before = await statements(gateway);
        const t0 = performance.now();
        await batch(i);
        times.push(performance.now() - t0);
        if (i === 2) statementsOfBatch = (await statements(gateway)) - before;
      }
      measured.scenarios.d = {
        name: '(d) 50-user batch (add to a team / remove from it), sequential',
        statements50: statementsOfBatch,
        p50: percentile(times, 50),
        p99: percentile(times, 99),
      };

      // Authorization overhead: a query returning about 2,000 objects, with and without it.
      const heavy = { query: MEMBERS_PAGE, variables: { id: ids.company, first: 100 } };
      const objects = objectsIn(
        await graphql(gateway, admin.company, heavy.query, heavy.variables),
      );
      log(`authorization overhead on ${objects} objects`);
      const guarded = await load(
        gateway,
        { path: '/graphql', token: admin.company, body: heavy },
        10,
      );
      const unguardedGateway = await startProcess('gateway.js', ['--without-authorization'], env);
      let unguarded;
      try {
        const check = await graphql(unguardedGateway, admin.company, heavy.query, heavy.variables);
        if (objectsIn(check) !== objects)
          throw new Error('the unguarded gateway answered differently');
        unguarded = await load(
          unguardedGateway,
          { path: '/graphql', token: admin.company, body: heavy },
          10,
        );
      } finally {
        await unguardedGateway.stop();
      }
      measured.authorization = { objects, guarded, unguarded };
    }

    // (e) one access-request event fanned out to N authorized subscribers, with a fifth as many
    // Power Users of another organization who must not receive it (R-PU-1).
    const requestOnce = async () => {
      const data = (await graphql(gateway, admin.requester, REQUEST, {
        input: {
          engagementId: ids.live,
          justification: 'Benchmark access request',
          acceptTerms: true,
        },
      })) as { requestEngagementAccess: { accessRequest: { id: string } } };
      return data.requestEngagementAccess.accessRequest.id;
    };
    const cancel = (id: string) =>
      graphql(gateway, admin.requester, CANCEL, { input: { accessRequestId: id } });
    // The mutation alone (no subscriber): its statements and latency. It records an outbox
    // notification for every Power User of the requester's organization (R-AR-1).
    await cancel(await requestOnce());
    // Counted over the same window as with subscribers (the relay's work after the commit too).
    const statementsOver = async (work: () => Promise<void>) => {
      const before = await statements(gateway);
      await work();
      await sleep(1000);
      return (await statements(gateway)) - before;
    };
    let alone = '';
    const statementsAlone = await statementsOver(async () => {
      alone = await requestOnce();
    });
    await cancel(alone);
    const mutationTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const id = await requestOnce();
      mutationTimes.push(performance.now() - t0);
      await cancel(id);
    }
    const mutationMs = percentile(mutationTimes, 50);
    measured.fanout = [];
    const wsUrl = `${gateway.url.replace('http', 'ws')}/graphql`;
    for (const n of [1000, SUBSCRIBERS].filter(
      (v, i, all) => all.indexOf(v) === i && v <= SUBSCRIBERS,
    )) {
      log(`(e) opening ${n} + ${n / 5} subscriptions`);
      const memoryBefore = Number(await gateway.command('memory'));
      const allowed = await openSubscribers(
        wsUrl,
        await Promise.all(
          Array.from({ length: n }, (_, i) => token(world.emails.powerUserA(i + 1))),
        ),
      );
      const others = await openSubscribers(
        wsUrl,
        await Promise.all(
          Array.from({ length: n / 5 }, (_, i) => token(world.emails.powerUserB(i + 1))),
        ),
      );
      const deadline = Date.now() + 120_000;
      while (
        (await metric(gateway, 'accessgraph_subscriptions_active', '{topic="ACCESS_REQUEST"}')) <
        n * 1.2
      ) {
        if (Date.now() > deadline) throw new Error('subscriptions did not open in time');
        await sleep(200);
      }
      await sleep(5000);
      // Heap and external memory after a full GC: what the idle subscriptions keep.
      const perSubscription = (Number(await gateway.command('memory')) - memoryBefore) / (n * 1.2);
      if (PROFILE_DIR)
        log(`(e) ${n}: ${await gateway.command(`heap ${PROFILE_DIR}/idle-${n}.heapsnapshot`)}`);
      const executed = () =>
        metric(gateway, 'accessgraph_subscription_results_total', '{path="executed"}').then((v) =>
          Number.isNaN(v) ? 0 : v,
        );
      const e0 = await executed();
      if (PROFILE_DIR) await gateway.command('profile start');
      await gateway.command('gc start');
      let t0 = 0;
      let id = '';
      const statementsWith = await statementsOver(async () => {
        t0 = performance.now();
        id = await requestOnce();
        const until = Date.now() + 15_000;
        while (allowed.some((s) => s.arrivals.length === 0) && Date.now() < until) await sleep(20);
      });
      const gc = JSON.parse(await gateway.command('gc stop')) as { count: number; ms: number };
      if (PROFILE_DIR) {
        const file = await gateway.command(`profile stop ${PROFILE_DIR}/fanout-${n}.cpuprofile`);
        const { self, busy } = selfTimes(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile);
        log(
          `(e) ${n}: CPU profile ${file}, ${(busy / 1000).toFixed(0)} ms busy\n${formatSelfTimes(self, busy)}`,
        );
      }
      const latencies = allowed.map((s) => (s.arrivals[0] ?? Infinity) - t0);
      const statementsDuring = statementsWith - statementsAlone;
      const executions = (await executed()) - e0;
      measured.fanout.push({
        subscribers: n,
        outsiders: n / 5,
        received: allowed.filter((s) => s.arrivals.length > 0).length,
        leaked: others.filter((s) => s.arrivals.length > 0).length,
        p50: percentile(latencies, 50),
        first: Math.min(...latencies),
        p99: percentile(latencies, 99),
        last: Math.max(...latencies),
        mutationMs,
        extraStatements: statementsDuring,
        executions,
        bytesPerSubscription: perSubscription,
        peakRssMb: gateway.rss() / 2 ** 20,
        gcPauses: gc.count,
        gcPauseMs: gc.ms,
      });
      await cancel(id);
      await closeSubscribers([...allowed, ...others]);
      while (
        (await metric(gateway, 'accessgraph_subscriptions_active', '{topic="ACCESS_REQUEST"}')) > 0
      ) {
        await sleep(200);
      }
    }
  } finally {
    await Promise.all([gateway.stop(), floor.stop()]);
    if (KEEP) log(`kept ${world.databaseUrl}`);
    else await dropBenchWorld(SERVER, world);
  }
  const result: ScaleResult = {
    date: new Date().toISOString().slice(0, 10),
    commit: currentCommit(),
    machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    users: USERS,
    memberships: world.memberships,
    seedSeconds,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    totalSeconds: (Date.now() - started) / 1000,
    ...measured,
  };
  console.log(ONLY_FANOUT ? JSON.stringify(result, null, 2) : writeReport(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
