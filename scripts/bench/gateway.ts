import 'reflect-metadata';
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

async function main() {
  const unguarded = process.argv.includes('--without-authorization');
  const gateway = await createApp(loadConfig(), {
    ...(unguarded
      ? { benchmarkWithoutAuthorization: (viewer, loaders) => new AllowEverything(viewer, loaders) }
      : {}),
  });
  const url = await gateway.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  // The runner reads the URL from the first line.
  process.stdout.write(`${url}\n`);
  process.once('SIGTERM', () => void gateway.dispose().then(() => process.exit(0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
