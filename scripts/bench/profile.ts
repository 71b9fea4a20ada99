import 'reflect-metadata';
import autocannon from 'autocannon';
import fs from 'node:fs';
import path from 'node:path';
import { signDevelopmentToken } from '../../src/auth/tokens';
import { loadConfig } from '../../src/config';
import { toGlobalId } from '../../src/globalId';
import { BENCH_JWT_SECRET, gatewayEnv, startProcess } from './processes';
import { MEMBERS_PAGE } from './documents';
import { categoryOf, formatSelfTimes, Profile, ProfileNode, selfTimes } from './selfTime';

/**
 * A CPU profile of the gateway under the load of scenario (b) (issue 17), on the database a
 * previous `npm run bench` seeded: `node dist/scripts/bench/profile.js [--duration 10]`. Starts
 * the gateway with `--cpu-prof`, loads the members page for the duration, stops it and prints
 * self time by category (the .cpuprofile stays in the directory it names, for a viewer). With
 * `--allocations`, samples what the load allocates instead (bytes per request by category and the
 * functions that allocate most; the .heapprofile stays too).
 */
const at = process.argv.indexOf('--duration');
const ALLOCATIONS = process.argv.includes('--allocations');
const DURATION = at > 0 ? Number(process.argv[at + 1]) : 10;
const DATABASE_URL =
  process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/accessgraph_bench_10000';

/** Milliseconds from `since` until now. */
const profile0 = (since: number) => performance.now() - since;

async function main() {
  const directory = fs.mkdtempSync('/tmp/accessgraph-profile-');
  const heapFile = path.join(directory, 'allocations.heapprofile');
  const gateway = ALLOCATIONS
    ? await startProcess('gateway.js', [], {
        ...gatewayEnv(DATABASE_URL),
        BENCH_ALLOCATIONS: heapFile,
      })
    : await startProcess('gateway.js', [], gatewayEnv(DATABASE_URL), [
        '--cpu-prof',
        `--cpu-prof-dir=${directory}`,
      ]);
  const token = await signDevelopmentToken(
    loadConfig({ NODE_ENV: 'test', JWT_SECRET: BENCH_JWT_SECRET }).jwt,
    'admin@company.bench',
  );
  const mysql = await import('mysql2/promise');
  const db = await mysql.createConnection(DATABASE_URL);
  const [rows] = await db.query(`SELECT id FROM organization WHERE name = 'Bench Company'`);
  await db.end();
  const company = toGlobalId('Organization', (rows as { id: number }[])[0].id);
  const loadStarted = performance.now();
  const result = await autocannon({
    url: `${gateway.url}/graphql`,
    connections: 50,
    duration: DURATION,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: MEMBERS_PAGE, variables: { id: company, first: 50 } }),
  });
  await gateway.stop();
  if (ALLOCATIONS) return allocationReport(heapFile, result.requests.total);
  // Only the samples of the load (and the stop after it), not the start-up's module loading.
  const from = profile0(loadStarted);
  const file = fs.readdirSync(directory).find((f) => f.endsWith('.cpuprofile'))!;
  const profile = JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as Profile;
  const { self, busy } = selfTimes(profile, profile.endTime - from * 1000);
  console.log(
    `${result.requests.average} req/s, ${result.non2xx} non-2xx; ` +
      `${(busy / 1000 / result.requests.total).toFixed(2)} ms CPU per request; ${path.join(directory, file)}`,
  );
  console.log(formatSelfTimes(self, busy));
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Sampled bytes per request, by category and by allocating function. */
function allocationReport(file: string, requests: number): void {
  const { head } = JSON.parse(fs.readFileSync(file, 'utf8')) as { head: HeapNode };
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, size: number) =>
    map.set(key, (map.get(key) ?? 0) + size);
  const walk = (node: HeapNode) => {
    const { functionName, url } = node.callFrame;
    add(byCategory, categoryOf(node.callFrame), node.selfSize);
    add(
      byFunction,
      `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}`,
      node.selfSize,
    );
    node.children.forEach(walk);
  };
  walk(head);
  const total = [...byCategory.values()].reduce((n, v) => n + v, 0);
  console.log(`${(total / requests / 2 ** 20).toFixed(2)} MB allocated per request; ${file}`);
  for (const map of [byCategory, byFunction]) {
    for (const [key, size] of [...map].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`${((100 * size) / total).toFixed(1).padStart(5)} %  ${key}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
