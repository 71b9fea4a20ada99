import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

/** A server process the benchmark started (gateway or floor), stopped by its pid. */
export interface Started {
  url: string;
  pid: number;
  /** Resident memory now, in bytes. */
  rss(): number;
  /** CPU time (user + system) the process has used so far, in milliseconds. */
  cpuMs(): number;
  /** Largest resident memory sampled while `during` ran. */
  peakDuring<T>(during: () => Promise<T>): Promise<{ result: T; peak: number }>;
  /** Sends one command line on stdin and returns the line it answers (the gateway's commands). */
  command(line: string): Promise<string>;
  stop(): Promise<void>;
}

function residentBytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** utime + stime of /proc/<pid>/stat (fields 14 and 15, after the parenthesised name). */
function cpuMilliseconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Clock ticks of 10 ms (USER_HZ is 100 on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Node flags of every benchmarked process, gateway and floor alike (as `npm run start:prod`):
 * a young generation large enough for a request's garbage to die in it (issue 17).
 */
export const NODE_FLAGS = ['--max-semi-space-size=64'];

/** Starts a compiled script of `dist/scripts/bench` and waits for the URL it prints. */
export async function startProcess(
  script: string,
  args: string[],
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<Started> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...NODE_FLAGS, ...nodeOptions, path.join(__dirname, script), ...args],
    {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout! });
  const replies: ((line: string) => void)[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // started here, so stopped here: it never said it was ready
      reject(new Error(`${script} did not start in 60 s`));
    }, 60_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
      lines.on('line', (reply) => replies.shift()?.(reply.trim()));
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rss: () => residentBytes(pid),
    cpuMs: () => cpuMilliseconds(pid),
    async peakDuring(during) {
      let peak = residentBytes(pid);
      const timer = setInterval(() => (peak = Math.max(peak, residentBytes(pid))), 100);
      try {
        return { result: await during(), peak };
      } finally {
        clearInterval(timer);
      }
    },
    command: (line) =>
      new Promise<string>((resolve) => {
        replies.push(resolve);
        child.stdin!.write(`${line}\n`);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

export const BENCH_JWT_SECRET = 'benchmark-secret-for-accessgraph-0123456789';

/** The gateway's environment in the benchmarks, on `databaseUrl`. */
export function gatewayEnv(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: BENCH_JWT_SECRET,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    PORT: '0',
    // Load from one IP: the abuse limits are not what is measured.
    RATE_LIMIT_PER_IP: '1000000000',
    RATE_LIMIT_PER_VIEWER: '1000000000',
    WS_MAX_SOCKETS_PER_IP: '1000000',
    MAX_COST: '100000',
    // Scheduled jobs would add their statements and CPU to what is measured.
    JOBS_ENABLED: 'false',
  };
}
