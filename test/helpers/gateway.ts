import { ChildProcess, spawn, StdioOptions } from 'node:child_process';
import path from 'node:path';
import { TEST_JWT_SECRET } from './server';

const root = path.join(__dirname, '..', '..');

/**
 * Starts the gateway as its own process (`src/main.ts` through ts-node) on 127.0.0.1:`port`, in
 * test mode with the test signing secret; `env` adds or overrides variables. The caller stops it
 * by its pid (`child.kill`).
 */
export function spawnGateway(
  port: number,
  env: Record<string, string | undefined>,
  stdio: StdioOptions = ['ignore', 'pipe', 'inherit'],
): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', path.join(root, 'src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        JWT_SECRET: TEST_JWT_SECRET,
        ...env,
      },
      stdio,
    },
  );
}
