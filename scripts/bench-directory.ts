import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signDevelopmentToken } from '../src/auth/tokens';
import { FixedClock } from '../src/clock';
import { loadConfig } from '../src/config';
import { toGlobalId } from '../src/globalId';
import { createApp } from '../src/server';
import { User } from '../entities';
import { createBigCompany } from '../test/factories/directory';
import { createTestDatabase } from '../test/helpers/database';
import { currentCommit, percentile } from './bench/stats';

/**
 * Benchmark (not a test) of issue 5: a filtered directory page and a 50-user batch on a company of
 * SIZE members (default 100,000), against MariaDB when DATABASE_URL is set (else SQLite), on
 * 127.0.0.1 only, bounded in runs. Writes the numbers into docs/benchmarks.md.
 *
 *   DATABASE_URL=mysql://root@127.0.0.1:3306/test npm run bench:directory
 */
const SIZE = Number(process.env.SIZE ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 30);
const NOW = new Date('2026-11-01T09:00:00Z');

async function main() {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'benchmark-secret-for-accessgraph-0123456789',
    SEED_DEMO: 'false',
    SQLITE_PATH: database.sqlitePath,
    LOG_LEVEL: 'warn',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
  });
  const app = await createApp(config, { clock: new FixedClock(NOW) });
  try {
    const url = await app.listen(0, '127.0.0.1');
    const seedStart = Date.now();
    const { org, teams } = await createBigCompany(app.deps.db, SIZE, NOW);
    const seedSeconds = (Date.now() - seedStart) / 1000;
    const token = await signDevelopmentToken(config.jwt, 'admin@big.example');
    const post = async (query: string, variables: unknown) => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { errors?: unknown[] };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
      return performance.now() - started;
    };
    const orgId = toGlobalId('Organization', org.id);
    const page = `query ($id: ID!, $filter: DirectoryFilterInput) { organization(id: $id) {
      directory(filter: $filter, first: 50) { edges { node { role license status teamCount lastActivityAt user { email } } } } } }`;
    const counted = page
      .replace('first: 50)', 'first: 50) { totalCount')
      .replace('{ edges { node', 'edges { node');
    const filter = {
      roles: ['MEMBER'],
      licenses: ['FULL'],
      teamId: toGlobalId('Team', teams.B.id),
      activity: 'LAST_90_DAYS',
    };
    const pageTimes: number[] = [];
    const countTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      pageTimes.push(await post(page, { id: orgId, filter }));
      countTimes.push(await post(counted, { id: orgId, filter }));
    }
    const users = await app.deps.db.getRepository(User).find({ take: 51, order: { id: 'ASC' } });
    const batch = `mutation ($input: BatchUpdateMembersInput!) { batchUpdateMembers(input: $input) { applied failed } }`;
    const batchTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const userIds = users.slice(1, 51).map((u) => toGlobalId('User', u.id));
      const operation = i % 2 === 0 ? 'ADD_TO_TEAMS' : 'REMOVE_FROM_TEAM';
      batchTimes.push(
        await post(batch, {
          input: {
            organizationId: orgId,
            userIds,
            operation,
            teamIds: [toGlobalId('Team', teams.C.id)],
            teamId: toGlobalId('Team', teams.C.id),
            atomic: true,
          },
        }),
      );
    }
    const row = (name: string, t: number[]) =>
      `| ${name} | ${RUNS} | ${percentile(t, 50).toFixed(1)} | ${percentile(t, 95).toFixed(1)} |`;
    const commit = currentCommit();
    const section = [
      '<!-- directory-benchmark:start -->',
      '## Directory and batches (issue 5)',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), ` +
        `${Math.round(os.totalmem() / 2 ** 30)} GiB, commit \`${commit}\`, ` +
        `${database.databaseUrl ? 'MariaDB' : 'SQLite'}, ${SIZE.toLocaleString('en')} members ` +
        `(seeded in ${seedSeconds.toFixed(0)} s), one client, sequential requests over HTTP on 127.0.0.1.`,
      '',
      '| operation | runs | p50 ms | p95 ms |',
      '| --- | --- | --- | --- |',
      row('directory page of 50, filtered by role, license, team and 90-day activity', pageTimes),
      row('the same page with `totalCount`', countTimes),
      row('50-user atomic batch (add to a team / remove from it)', batchTimes),
      '',
      'Run it again with `DATABASE_URL=mysql://root@127.0.0.1:3306/test npm run bench:directory`',
      '(`SIZE` and `RUNS` change the scale).',
      '<!-- directory-benchmark:end -->',
    ].join('\n');
    const target = path.join(__dirname, '..', 'docs', 'benchmarks.md');
    const existing = fs.existsSync(target)
      ? fs.readFileSync(target, 'utf8')
      : "# Benchmarks\n\nNumbers measured on this project's machine; each section says how to reproduce it.\n";
    const updated =
      /<!-- directory-benchmark:start -->[\s\S]*<!-- directory-benchmark:end -->/.test(existing)
        ? existing.replace(
            /<!-- directory-benchmark:start -->[\s\S]*<!-- directory-benchmark:end -->/,
            section,
          )
        : `${existing.trimEnd()}\n\n${section}\n`;
    fs.writeFileSync(target, updated);
    console.log(section);
  } finally {
    await app.dispose();
    await database.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
