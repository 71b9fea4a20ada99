import { randomBytes } from 'node:crypto';
import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { signDevelopmentToken } from '../../src/auth/tokens';
import { Clock, FixedClock } from '../../src/clock';
import { loadConfig, Config } from '../../src/config';
import { SqlCounter } from '../../src/db/dataSource';
import { App, createApp } from '../../src/server';
import { Organization, User } from '../../entities';
import { toGlobalId } from '../../src/globalId';
import { createTestDatabase } from './database';

export const TEST_JWT_SECRET = 'test-secret-for-accessgraph-tests-0123456789';
export const TEST_NOW = new Date('2026-11-01T09:00:00Z');

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  url: string;
  app: App;
  config: Config;
  clock: FixedClock;
  sql: SqlCounter;
  /** A bearer token for a seeded (or created) user. */
  token(email: string): Promise<string>;
  /** POST a typed operation over HTTP. */
  request<R, V>(
    doc: TypedDocumentNode<R, V>,
    variables?: V,
    token?: string,
  ): Promise<GraphQLResponse<R>>;
  /** POST raw GraphQL text. */
  raw<R = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<R>>;
  /** A graphql-ws client; closed by `close()`. */
  ws(connectionParams?: Record<string, unknown>): Client;
  /** Runs one operation over a WebSocket and returns its single result. */
  wsRequest<R>(
    client: Client,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<R>>;
  close(): Promise<void>;
}

/** Starts the real gateway on a random port, on a private database, with the demo world. */
export async function startTestServer(
  options: { seed?: boolean; clock?: Clock; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    SEED_DEMO: options.seed === false ? 'false' : 'true',
    SQLITE_PATH: database.sqlitePath,
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    // With REDIS_URL set (the MariaDB run of CI), events, rate-limit counters and BullMQ go
    // through the real Redis, under a key prefix of this server alone: parallel jest workers
    // (and servers within one file) never see each other's counters or channels.
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    // CI runs the suite with each executor (.ci/run): compiled on Node 20, graphql-js on Node 24.
    ...(process.env.GRAPHQL_EXECUTOR ? { GRAPHQL_EXECUTOR: process.env.GRAPHQL_EXECUTOR } : {}),
    REDIS_CHANNEL_PREFIX: `ag-test-${process.pid}-${randomBytes(6).toString('hex')}:`,
    // The suite sends thousands of requests from one IP; rate limits get their own test.
    RATE_LIMIT_PER_IP: '1000000',
    RATE_LIMIT_PER_VIEWER: '1000000',
    ...options.env,
  });
  const clock = new FixedClock(TEST_NOW);
  const sql = new SqlCounter();
  let app: App;
  try {
    app = await createApp(config, { clock: options.clock ?? clock, sqlCounter: sql });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const url = await app.listen(0);
  const clients: Client[] = [];

  async function post(body: unknown, token?: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Omit<GraphQLResponse<never>, 'status'>;
    return { status: response.status, ...json };
  }

  return {
    url,
    app,
    config,
    clock,
    sql,
    async token(email) {
      const user = await app.deps.db.getRepository(User).findOneByOrFail({ email });
      return signDevelopmentToken(config.jwt, user.subject);
    },
    request: (doc, variables, token) => post({ query: print(doc), variables }, token) as never,
    raw: (query, variables, token, headers) => post({ query, variables }, token, headers) as never,
    ws(connectionParams) {
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: true,
      });
      clients.push(client);
      return client;
    },
    wsRequest(client, query, variables) {
      return new Promise((resolve, reject) => {
        let result: GraphQLResponse<never> | undefined;
        client.subscribe(
          { query, variables },
          {
            next: (value) => {
              result = { status: 200, ...(value as object) } as GraphQLResponse<never>;
            },
            error: reject,
            complete: () => resolve(result as never),
          },
        );
      });
    },
    async close() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.dispose();
      await database.drop();
    },
  };
}

/** The global id of a seeded organization by name. */
export async function organizationIdByName(server: TestServer, name: string): Promise<string> {
  const org = await server.app.deps.db.getRepository(Organization).findOneByOrFail({ name });
  return toGlobalId('Organization', org.id);
}

/** The first error's machine code. */
export function codeOf(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}

/**
 * Sends a viewer's first request, whose access record is written after the answer, and waits
 * until no SQL statement has come for 300 ms, so that write is never counted in a measurement
 * that follows, however loaded the machine is.
 */
export async function warmUpViewer(server: TestServer, token: string): Promise<void> {
  await server.raw('{ viewer { id } }', {}, token);
  let seen = -1;
  while (seen !== server.sql.count) {
    seen = server.sql.count;
    await new Promise((r) => setTimeout(r, 300));
  }
}
