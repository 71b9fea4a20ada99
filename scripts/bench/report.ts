import fs from 'node:fs';
import path from 'node:path';

/** What one run measured at one scale. */
export interface Load {
  rps: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  /** The server's CPU time (user + system) over the load ÷ the requests it answered. */
  cpuMsPerRequest?: number;
}
export interface Measurements {
  scenarios: Record<
    string,
    {
      name: string;
      statements10?: number;
      statements50: number;
      p50: number;
      p99: number;
    } & Partial<Load>
  >;
  floor?: Load;
  /**
   * The page of (b) with nothing of the gateway's design, on the floor's statements: with a
   * type-graphql resolver per relation (`ceilingStack.ts`) and as one plain tree (`ceilingPlain.ts`).
   */
  ceilings?: { stack: Load; plain: Load };
  authorization?: { objects: number; guarded: Load; unguarded: Load };
  fanout?: {
    subscribers: number;
    outsiders: number;
    received: number;
    leaked: number;
    /** The first subscriber's latency (runs before issue 17's last stop did not record it). */
    first?: number;
    p50: number;
    p99: number;
    last: number;
    /** Latency of the same mutation with no subscriber. */
    mutationMs: number;
    extraStatements: number;
    /** Executions of the event's selection (the others shared a group's result, issue 17). */
    executions?: number;
    bytesPerSubscription: number;
    peakRssMb: number;
    /** The gateway's garbage-collector pauses from the mutation to the last arrival (+ 1 s). */
    gcPauses?: number;
    gcPauseMs?: number;
  }[];
}
export interface ScaleResult extends Measurements {
  date: string;
  commit: string;
  machine: string;
  users: number;
  memberships: number;
  seedSeconds: number;
  durationSeconds: number;
  connections: number;
  totalSeconds: number;
}

const DOCS = path.join(__dirname, '..', '..', '..', 'docs');
const RESULTS = path.join(DOCS, 'benchmarks.json');
const MARKDOWN = path.join(DOCS, 'benchmarks.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const n = (v: number, digits = 0) =>
  Number.isFinite(v)
    ? v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function scaleSection(r: ScaleResult): string[] {
  const lines = [
    `### ${n(r.users)} users, ${n(r.memberships)} memberships`,
    '',
    `Measured ${r.date}, commit \`${r.commit}\`, ${r.machine}; MariaDB on the same machine; each server one`,
    `process (NODE_ENV=production); autocannon ${r.connections} connections for ${r.durationSeconds} s per load; seeding ${n(r.seedSeconds)} s; whole run ${n(r.totalSeconds / 60, 1)} min.`,
    '',
    '| scenario | req/s | p50 ms | p99 ms | SQL statements (page of 10 / 50) | peak RSS MB |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const s of Object.values(r.scenarios)) {
    lines.push(
      `| ${s.name} | ${s.rps === undefined ? '—' : n(s.rps)} | ${n(s.p50, 1)} | ${n(s.p99, 1)} | ${s.statements10 === undefined ? n(s.statements50) : `${n(s.statements10)} / ${n(s.statements50)}`} | ${s.peakRssMb === undefined ? '—' : n(s.peakRssMb)} |`,
    );
  }
  if (r.floor) {
    lines.push(
      `| floor of (b): express + mysql2 + JSON.stringify | ${n(r.floor.rps)} | ${n(r.floor.p50, 1)} | ${n(r.floor.p99, 1)} | 3 | ${n(r.floor.peakRssMb)} |`,
    );
  }
  if (r.ceilings) {
    const { stack, plain } = r.ceilings;
    lines.push(
      `| ceiling of (b), the stack: type-graphql resolver per relation + DataLoader + shield + graphql-jit + JWT, the floor's SQL raw through TypeORM, no record checks | ${n(stack.rps)} | ${n(stack.p50, 1)} | ${n(stack.p99, 1)} | 3 | ${n(stack.peakRssMb)} |`,
      `| ceiling of (b), a plain tree: graphql-js schema, \`members\` builds the whole answer, graphql-jit + JWT, the floor's SQL, no record checks | ${n(plain.rps)} | ${n(plain.p50, 1)} | ${n(plain.p99, 1)} | 3 | ${n(plain.peakRssMb)} |`,
    );
  }
  if (r.authorization) {
    const { objects, guarded, unguarded } = r.authorization;
    lines.push(
      '',
      `Authorization on a query returning ${n(objects)} objects (members page of 100 with teams and groups, 10 connections):`,
      '',
      '| gateway | req/s | p50 ms | p99 ms |',
      '| --- | --- | --- | --- |',
      `| with the shield and record checks | ${n(guarded.rps)} | ${n(guarded.p50, 1)} | ${n(guarded.p99, 1)} |`,
      `| same schema without them | ${n(unguarded.rps)} | ${n(unguarded.p50, 1)} | ${n(unguarded.p99, 1)} |`,
    );
  }
  if (r.fanout?.length) {
    lines.push(
      '',
      "Fan-out of one access-request event, one socket per subscriber. Times run from sending the request to arrival at each authorized subscriber; the mutation alone (no subscriber) takes the time shown, since it records an outbox notification for each of the organization's Power Users (R-AR-1); fan-out = p99 − that. GC pauses: the gateway's garbage-collector pauses over the same window.",
      '',
      '| authorized subscribers | others (must not receive) | received | leaked | first ms | p50 ms | p99 ms | last ms | mutation alone ms | fan-out p99 ms | SQL statements beyond the mutation | executions of the selection | GC pauses | memory per idle subscription |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...r.fanout.map(
        (f) =>
          `| ${n(f.subscribers)} | ${n(f.outsiders)} | ${n(f.received)} | ${n(f.leaked)} | ${f.first === undefined ? '—' : n(f.first)} | ${n(f.p50)} | ${n(f.p99)} | ${n(f.last)} | ${n(f.mutationMs)} | ${n(f.p99 - f.mutationMs)} | ${n(f.extraStatements)} | ${f.executions === undefined ? '—' : n(f.executions)} | ${f.gcPauseMs === undefined ? '—' : `${n(f.gcPauses!)}: ${n(f.gcPauseMs)} ms`} | ${n(f.bytesPerSubscription / 1024, 1)} KB |`,
      ),
    );
  }
  return lines;
}

function budget(results: ScaleResult[]): string[] {
  const base = results.find((r) => r.users === 10_000) ?? results[0];
  const lines = ['| budget | measured | verdict |', '| --- | --- | --- |'];
  if (base.floor && base.scenarios.b?.rps) {
    const ratio = base.scenarios.b.rps / base.floor.rps;
    lines.push(
      `| (b) ≥ 0.5 × the floor's req/s at ${base.connections} connections | ${n(ratio, 2)} × | ${verdict(ratio >= 0.5)} |`,
    );
    if (base.ceilings) {
      const { stack, plain } = base.ceilings;
      lines.push(
        `| (b)'s ceilings ÷ the floor (reported: the same page with no record checks, logging or limits), the stack / a plain tree | ${n(stack.rps / base.floor.rps, 2)} × / ${n(plain.rps / base.floor.rps, 2)} × | — |`,
      );
    }
    for (const key of ['a', 'c']) {
      const s = base.scenarios[key];
      if (s?.rps) {
        lines.push(
          `| (${key}) req/s ÷ the floor of (b) (reported; the floor is of (b) only) | ${n(s.rps / base.floor.rps, 2)} × | — |`,
        );
      }
    }
  }
  if (base.authorization) {
    const cost = 1 - base.authorization.guarded.rps / base.authorization.unguarded.rps;
    lines.push(
      `| authorization ≤ 25 % on ${n(base.authorization.objects)} objects | ${n(cost * 100, 1)} % | ${verdict(cost <= 0.25)} |`,
    );
  }
  for (const key of ['a', 'b', 'c']) {
    const s = base.scenarios[key];
    if (s)
      lines.push(
        `| SQL statements constant in page size, ${s.name.slice(0, 3)} | ${s.statements10} / ${s.statements50} | ${verdict(s.statements10 === s.statements50)} |`,
      );
  }
  const big = base.fanout?.find((f) => f.subscribers === 10_000);
  if (big) {
    lines.push(
      `| (e) 10,000 subscribers: p99 ≤ 1 s | end to end ${n(big.p99)} ms, of which the mutation alone ${n(big.mutationMs)} ms; fan-out p99 ${n(big.p99 - big.mutationMs)} ms; ${n(big.received)} received, ${n(big.leaked)} leaked | end to end ${verdict(big.p99 <= 1000)}, fan-out ${verdict(big.p99 - big.mutationMs <= 1000 && big.received === big.subscribers && big.leaked === 0)} |`,
      `| (e) no database query per subscriber per event | ${n(big.extraStatements)} statements beyond the mutation for ${n(big.subscribers * 1.2)} subscribers | ${verdict(big.extraStatements < big.subscribers / 100)} |`,
      `| (e) ≤ 50 KB per idle subscription | ${n(big.bytesPerSubscription / 1024, 1)} KB | ${verdict(big.bytesPerSubscription <= 50 * 1024)} |`,
    );
  }
  const large = results.find((r) => r.users === 100_000);
  if (large?.scenarios.b && base.scenarios.b && large !== base) {
    const growth = large.scenarios.b.p50 / base.scenarios.b.p50;
    lines.push(
      `| (f) p50 of (b) at 100,000 ≤ 1.5 × at 10,000 | ${n(large.scenarios.b.p50, 1)} / ${n(base.scenarios.b.p50, 1)} ms = ${n(growth, 2)} × | ${verdict(growth <= 1.5)} |`,
    );
  } else {
    lines.push(
      '| (f) p50 of (b) at 100,000 ≤ 1.5 × at 10,000 | run `npm run bench -- --users 100000 --memberships 1000000` | not measured |',
    );
  }
  return lines;
}

/** Stores this scale's result next to the others and rewrites the section of docs/benchmarks.md. */
export function writeReport(result: ScaleResult): string {
  const stored: Record<string, ScaleResult> = fs.existsSync(RESULTS)
    ? JSON.parse(fs.readFileSync(RESULTS, 'utf8'))
    : {};
  stored[String(result.users)] = result;
  fs.writeFileSync(RESULTS, `${JSON.stringify(stored, null, 2)}\n`);
  const results = Object.values(stored).sort((a, b) => a.users - b.users);
  const section = [
    START,
    '## The performance budget (issue 7): `npm run bench`',
    '',
    'Generated by `npm run bench` (10,000 users) and `npm run bench -- --users 100000 --memberships 1000000`;',
    'raw numbers in `docs/benchmarks.json`. Every load targets 127.0.0.1 and stops by itself.',
    '',
    ...budget(results),
    '',
    ...results.flatMap((r) => [...scaleSection(r), '']),
    END,
  ].join('\n');
  const existing = fs.existsSync(MARKDOWN) ? fs.readFileSync(MARKDOWN, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`${START}[\\s\\S]*${END}`);
  const updated = pattern.test(existing)
    ? existing.replace(pattern, section)
    : existing.replace(/\n*$/, `\n\n${section}\n`);
  fs.writeFileSync(MARKDOWN, updated);
  return section;
}
