import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import mysql from 'mysql2/promise';

/**
 * Private MariaDB and Redis servers for fault tests: started on spare loopback ports with
 * throwaway data directories, killed and restarted by pid. The machine's shared services are
 * never touched.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} did not open within ${ms} ms`);
}

export interface PrivateService {
  port: number;
  url: string;
  start(): Promise<void>;
  /** SIGKILL: a crash, no clean shutdown. */
  kill(): Promise<void>;
  /** Stops the server and deletes its data directory. */
  destroy(): Promise<void>;
}

function managed(
  port: number,
  url: string,
  dir: string,
  command: string,
  args: string[],
  startupMs: number,
): PrivateService {
  let child: ChildProcess | undefined;
  const service: PrivateService = {
    port,
    url,
    async start() {
      child = spawn(command, args, { stdio: 'ignore' });
      await waitForPort(port, child, startupMs);
    },
    async kill() {
      // A process ended by a signal keeps `exitCode` null: check both, or a second kill waits forever.
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
    async destroy() {
      await service.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return service;
}

/**
 * A private mariadbd with an empty `faults` database; root without a password on 127.0.0.1.
 * `extraArgs` add server options (`--server-id`, `--log-bin` for replication tests).
 */
export async function privateMariaDb(extraArgs: string[] = []): Promise<PrivateService> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-mariadb-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  await promisify(execFile)(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...asRoot,
    ],
    { timeout: 120_000 },
  );
  const port = await freePort();
  const service = managed(
    port,
    `mysql://root@127.0.0.1:${port}/faults`,
    dir,
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${path.join(dir, 'mysqld.sock')}`,
      `--pid-file=${path.join(dir, 'mysqld.pid')}`,
      '--skip-grant-tables',
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=32M',
      ...asRoot,
      ...extraArgs.map((arg) => arg.replace('{dir}', dir)),
    ],
    60_000,
  );
  try {
    await service.start();
    const conn = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
    await conn.query('CREATE DATABASE IF NOT EXISTS faults CHARACTER SET utf8mb4');
    await conn.end();
    return service;
  } catch (error) {
    await service.destroy();
    throw error;
  }
}

/** A private redis-server without persistence. */
export async function privateRedis(): Promise<PrivateService> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-redis-'));
  const port = await freePort();
  const service = managed(
    port,
    `redis://127.0.0.1:${port}`,
    dir,
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    10_000,
  );
  await service.start();
  return service;
}

/** Connection options of a private server's root account. */
function rootOf(service: PrivateService) {
  return { host: '127.0.0.1', port: service.port, user: 'root', multipleStatements: true };
}

/**
 * A private primary (binary log, server id 1) and a replica (server id 2) replicating from it by
 * GTID; both hold the `faults` database. `catchUp()` waits until the replica applied everything
 * the primary logged so far.
 */
export async function privateReplicatedMariaDb(): Promise<{
  primary: PrivateService;
  replica: PrivateService;
  catchUp(timeoutSeconds?: number): Promise<void>;
}> {
  const primary = await privateMariaDb([
    '--server-id=1',
    '--log-bin={dir}/binlog',
    '--binlog-format=ROW',
  ]);
  let replica: PrivateService;
  try {
    replica = await privateMariaDb(['--server-id=2', '--relay-log={dir}/relay']);
  } catch (error) {
    await primary.destroy();
    throw error;
  }
  const conn = await mysql.createConnection(rootOf(replica));
  try {
    await conn.query(
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primary.port}, MASTER_USER='root', ` +
        `MASTER_PASSWORD='', MASTER_CONNECT_RETRY=1, MASTER_USE_GTID=slave_pos; START SLAVE;`,
    );
  } finally {
    await conn.end();
  }
  return {
    primary,
    replica,
    async catchUp(timeoutSeconds = 60) {
      const p = await mysql.createConnection(rootOf(primary));
      const [[{ pos }]] = (await p.query('SELECT @@gtid_binlog_pos AS pos')) as unknown as [
        { pos: string }[],
      ];
      await p.end();
      const r = await mysql.createConnection(rootOf(replica));
      try {
        const [[{ done }]] = (await r.query('SELECT MASTER_GTID_WAIT(?, ?) AS done', [
          pos,
          timeoutSeconds,
        ])) as unknown as [{ done: number }[]];
        if (Number(done) !== 0)
          throw new Error(`replica did not reach ${pos} in ${timeoutSeconds} s`);
      } finally {
        await r.end();
      }
    },
  };
}
