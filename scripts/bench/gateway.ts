import 'reflect-metadata';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../../src/config';
import { Access, MatchedGrant } from '../../src/permissions/access';
import { createApp } from '../../src/server';

/**
 * The gateway as the benchmarks run it: a separate process, configured from the environment
 * like `npm start`. With `--without-authorization` it serves the same schema without the shield
 * and with every record check allowed, only to measure what authorization costs (issue 7); that
 * variant exists in this script alone.
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
  process.once(
    'SIGTERM',
    () => void allocations().then(() => gateway.dispose().then(() => process.exit(0))),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
