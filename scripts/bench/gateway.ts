import 'reflect-metadata';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { PerformanceEntry, PerformanceObserver } from 'node:perf_hooks';
import readline from 'node:readline';
import { loadConfig } from '../../src/config';
import { Access, MatchedGrant } from '../../src/permissions/access';
import { createApp } from '../../src/server';

/**
 * The gateway as the benchmarks run it: a separate process, configured from the environment
 * like `npm start`. With `--without-authorization` it serves the same schema without the shield
 * and with every record check allowed, only to measure what authorization costs (issue 7); that
 * variant exists in this script alone.
 *
 * Commands on stdin, one per line, each answered by one line on stdout: `memory` (a full GC when
 * started with --expose-gc, then `heapUsed + external` in bytes), `profile start` and
 * `profile stop <file>` (a CPU profile of this process written to <file>), `heap <file>` (a heap
 * snapshot written to <file>), `gc start` and `gc stop` (the garbage collector's pauses in
 * between, as JSON `{ count, ms, maxMs }`).
 */
class AllowEverything extends Access {
  override matched(): Promise<MatchedGrant[]> {
    return Promise.resolve([{ grant: { scope: 'self' }, via: {} }]);
  }
  override can(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

/**
 * With `BENCH_ALLOCATIONS=<file>` (scripts/bench/profile.ts --allocations): V8's sampling heap
 * profiler, counting objects the garbage collector already took too (what a request allocates,
 * not what stays), written to the file when the gateway stops.
 */
async function sampleAllocations(file: string | undefined): Promise<() => Promise<void>> {
  if (!file) return () => Promise.resolve();
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16_384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    fs.writeFileSync(file, JSON.stringify(profile));
  };
}

async function main() {
  const unguarded = process.argv.includes('--without-authorization');
  const gateway = await createApp(loadConfig(), {
    ...(unguarded
      ? { benchmarkWithoutAuthorization: (viewer, loaders) => new AllowEverything(viewer, loaders) }
      : {}),
  });
  const url = await gateway.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  const allocations = await sampleAllocations(process.env.BENCH_ALLOCATIONS);
  // The runner reads the URL from the first line.
  process.stdout.write(`${url}\n`);
  answerCommands();
  process.once(
    'SIGTERM',
    () => void allocations().then(() => gateway.dispose().then(() => process.exit(0))),
  );
}

function answerCommands() {
  const session = new Session();
  session.connect();
  readline.createInterface({ input: process.stdin }).on('line', (line) => {
    void answer(session, line.trim().split(' ')).then(
      (reply) => process.stdout.write(`${reply}\n`),
      (error: Error) => process.stdout.write(`error ${error.message}\n`),
    );
  });
}

const pauses: PerformanceEntry[] = [];
const gcObserver = new PerformanceObserver((list) => pauses.push(...list.getEntries()));

function gcPauses() {
  const ms = pauses.map((p) => p.duration);
  return { count: ms.length, ms: ms.reduce((a, b) => a + b, 0), maxMs: Math.max(0, ...ms) };
}

async function answer(session: Session, [command, argument, file]: string[]): Promise<string> {
  if (command === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, external } = process.memoryUsage();
    return String(heapUsed + external);
  }
  if (command === 'profile' && argument === 'start') {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    return 'started';
  }
  if (command === 'profile' && argument === 'stop') {
    const { profile } = await session.post('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    return file;
  }
  if (command === 'gc' && argument === 'start') {
    pauses.length = 0;
    gcObserver.observe({ entryTypes: ['gc'] });
    return 'started';
  }
  if (command === 'gc' && argument === 'stop') {
    gcObserver.disconnect();
    return JSON.stringify(gcPauses());
  }
  if (command === 'heap') {
    const out = fs.createWriteStream(argument);
    session.on('HeapProfiler.addHeapSnapshotChunk', (m) => out.write(m.params.chunk));
    await session.post('HeapProfiler.takeHeapSnapshot');
    session.removeAllListeners('HeapProfiler.addHeapSnapshotChunk');
    await new Promise((resolve) => out.end(resolve));
    return argument;
  }
  throw new Error(`unknown command ${command}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
