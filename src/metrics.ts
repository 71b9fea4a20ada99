import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { SqlCounter } from './db/dataSource';
import type { EventBus } from './pubsub/bus';
import { TOPICS, Topic } from './pubsub/events';

/** The names of the operations committed in `schema/operations` (from `src` or `dist/src`). */
export function committedOperationNames(): string[] {
  const directory = [
    path.join(__dirname, '..', 'schema', 'operations'),
    path.join(__dirname, '..', '..', 'schema', 'operations'),
  ].find((d) => fs.existsSync(d));
  if (!directory) return [];
  return fs
    .readdirSync(directory)
    .filter((f) => f.endsWith('.graphql'))
    .flatMap((f) => operationNamesOf(fs.readFileSync(path.join(directory, f), 'utf8')));
}

/** The names of the operations defined in a GraphQL document. */
export function operationNamesOf(text: string): string[] {
  return parse(text).definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
  );
}

/**
 * Prometheus metrics of one gateway instance (`GET /metrics`): requests and latency by
 * operation, errors by code, open subscriptions, database pool use and job runs. The
 * `operation` label takes only `knownOperations` (the committed and persisted operations),
 * `anonymous`, or `other`, so clients cannot grow the label set.
 */
export function createMetrics(deps: {
  db: DataSource;
  events: EventBus;
  sqlCounter: SqlCounter;
  knownOperations: ReadonlySet<string>;
}) {
  const registry = new Registry();
  const requests = new Counter({
    name: 'accessgraph_graphql_requests_total',
    help: 'GraphQL operations by operation name and outcome.',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'accessgraph_graphql_request_duration_seconds',
    help: 'GraphQL operation latency.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'accessgraph_graphql_errors_total',
    help: 'Errors returned, by machine code.',
    labelNames: ['code'],
    registers: [registry],
  });
  const compilations = new Counter({
    name: 'accessgraph_graphql_compilations_total',
    help: 'Documents compiled by the jit executor, by result (compiled, or interpreted by graphql-js).',
    labelNames: ['result'],
    registers: [registry],
  });
  const subscriptionResults = new Counter({
    name: 'accessgraph_subscription_results_total',
    help: 'Results of subscription events: executed for a subscriber, or shared with its group (same selection and authorization outcome).',
    labelNames: ['path'],
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'accessgraph_job_runs_total',
    help: 'Scheduled job runs by job and outcome.',
    labelNames: ['job', 'outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'accessgraph_subscriptions_active',
    help: 'Open subscriptions on this instance, by topic.',
    labelNames: ['topic'],
    registers: [registry],
    collect() {
      for (const topic of Object.values(TOPICS) as Topic[]) {
        this.set({ topic }, deps.events.activeSubscriptions(topic));
      }
    },
  });
  let statementsSeen = 0;
  new Counter({
    name: 'accessgraph_db_statements_total',
    help: 'SQL statements sent to the database.',
    registers: [registry],
    collect() {
      this.inc(deps.sqlCounter.total - statementsSeen);
      statementsSeen = deps.sqlCounter.total;
    },
  });
  new Gauge({
    name: 'accessgraph_db_pool_connections',
    help: 'Database pool connections by state (MySQL); SQLite has one connection.',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = (
        deps.db.driver as { pool?: { _allConnections?: unknown[]; _freeConnections?: unknown[] } }
      ).pool;
      const all = pool?._allConnections?.length ?? 1;
      const free = pool?._freeConnections?.length ?? 0;
      this.set({ state: 'total' }, all);
      this.set({ state: 'free' }, free);
      this.set({ state: 'in_use' }, all - free);
    },
  });
  return {
    registry,
    request(operation: string | null | undefined, outcome: 'ok' | 'error', seconds: number) {
      const name = !operation
        ? 'anonymous'
        : deps.knownOperations.has(operation)
          ? operation
          : 'other';
      requests.inc({ operation: name, outcome });
      latency.observe({ operation: name }, seconds);
    },
    error(code: string) {
      errors.inc({ code });
    },
    compilation(result: 'compiled' | 'interpreted') {
      compilations.inc({ result });
    },
    subscriptionResult(path: 'executed' | 'shared') {
      subscriptionResults.inc({ path });
    },
    job(job: string, outcome: 'ok' | 'error') {
      jobs.inc({ job, outcome });
    },
  };
}
