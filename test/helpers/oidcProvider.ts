import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { exportJWK, generateKeyPair, JWK } from 'jose';

/** An account of the test provider: a client whose id becomes the token's `sub`. */
export interface OidcAccount {
  id: string;
  email?: string;
  emailVerified?: boolean;
}

export interface OidcProvider {
  issuer: string;
  port: number;
  /**
   * A JWT access token for `account` and `resource` (its `aud`) from the token endpoint,
   * living `ttlSeconds` (default 600).
   */
  token(account: string, resource: string, ttlSeconds?: number): Promise<string>;
  /** Restarts the provider on the same port with `keys` (new accounts may be added). */
  restart(options: { keys?: JWK[]; accounts?: OidcAccount[] }): Promise<void>;
  stop(): Promise<void>;
  keys: JWK[];
}

/** A fresh RS256 signing key (private JWK) with key id `kid`. */
export async function signingKey(kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

const SCRIPT = path.join(__dirname, 'oidcProviderProcess.mjs');
const secretOf = (id: string) => `secret-of-${id}-0123456789abcdef0123456789`;

/**
 * Starts the real OpenID provider (test/helpers/oidcProviderProcess.mjs, oidc-provider from npm) on a
 * loopback `port` in a child process, and stops it by its pid.
 */
export async function startOidcProvider(options: {
  port: number;
  keys: JWK[];
  accounts: OidcAccount[];
}): Promise<OidcProvider> {
  let child: ChildProcess | undefined;
  let accounts = options.accounts;
  const issuer = `http://127.0.0.1:${options.port}`;

  const launch = async () => {
    const config = {
      port: options.port,
      jwks: provider.keys,
      clients: accounts.map((a) => ({ ...a, secret: secretOf(a.id) })),
    };
    const started = spawn(process.execPath, [SCRIPT], {
      env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const lines = readline.createInterface({ input: started.stdout! });
    const stderr: string[] = [];
    started.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('oidc-provider did not start')), 60_000);
      lines.on('line', (line) => {
        if (line.startsWith('ready ')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`oidc-provider exited with ${code}: ${stderr.join('')}`));
      });
    });
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    running.kill('SIGTERM');
    await once(running, 'exit');
  };

  const provider: OidcProvider = {
    issuer,
    port: options.port,
    keys: options.keys,
    async token(account, resource, ttlSeconds = 600) {
      const res = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: account,
          client_secret: secretOf(account),
          resource,
          scope: 'api',
          ttl: String(ttlSeconds),
        }),
      });
      const body = (await res.json()) as { access_token?: string };
      if (!res.ok || !body.access_token) {
        throw new Error(`token endpoint answered ${res.status}: ${JSON.stringify(body)}`);
      }
      return body.access_token;
    },
    async restart(change) {
      await stop();
      if (change.keys) provider.keys = change.keys;
      if (change.accounts) accounts = change.accounts;
      await launch();
    },
    stop,
  };
  await launch();
  return provider;
}
