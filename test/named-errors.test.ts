import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { signDevelopmentToken } from '../src/auth/tokens';
import {
  ERROR_TABLES,
  loadNamedErrors,
  markedTableRows,
  namedErrorRows,
  statusRows,
} from '../src/errorDocs';
import { DomainError, formatError, httpStatusOf, toGraphQLError } from '../src/errors';
import { startTestServer, TestServer } from './helpers/server';

/** Issue 24 part 3: every failure is named (code, reason, description) and documented. */
describe('named errors', () => {
  const named = loadNamedErrors();

  it('loads the errors of every area file', () => {
    expect(named.length).toBeGreaterThanOrEqual(20);
    expect(named.map((e) => e.reason)).toEqual(
      expect.arrayContaining(['TOKEN_INVALID', 'PAGE_DIRECTIONS_MIXED', 'SCIM_GROUP_NAME_TAKEN']),
    );
  });

  it('gives each a unique SCREAMING_SNAKE reason and a description', () => {
    const reasons = named.map((e) => e.reason);
    expect(reasons.filter((r, i) => reasons.indexOf(r) !== i)).toEqual([]);
    for (const e of named) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
      expect(e.description.length).toBeGreaterThan(10);
      expect(e.description).toMatch(/[.)]$/);
    }
  });

  // Those whose builder takes arguments are built with real ones by their area's unit test
  // (test/unit/*-errors.test.ts) and through the API.
  it.each(named.filter((e) => !e.takesArguments).map((e) => [e.reason, e]))(
    '%s builds a DomainError whose extensions carry its code and reason',
    (_reason, factory) => {
      const error = (factory as unknown as () => DomainError)();
      expect(error).toBeInstanceOf(DomainError);
      expect(error.code).toBe(factory.code);
      expect(error.message.length).toBeGreaterThan(5);
      const graphql = toGraphQLError(error, { requestId: 'r', http: true });
      expect(graphql.extensions).toMatchObject({
        code: factory.code,
        reason: factory.reason,
        requestId: 'r',
        http: { status: httpStatusOf(factory.code) },
      });
      const located = new GraphQLError(error.message, { originalError: error, path: ['x'] });
      const formatted = formatError(located.toJSON(), located, { production: true, log: () => {} });
      expect(formatted.extensions).toMatchObject({ code: factory.code, reason: factory.reason });
    },
  );

  it("matches the README's error tables (npm run docs:errors)", () => {
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const unescape = (rows: string[][]) => rows.map((r) => r.map((c) => c.replace(/\\\|/g, '|')));
    expect(unescape(markedTableRows(readme, 'named-errors'))).toEqual(unescape(namedErrorRows()));
    expect(markedTableRows(readme, 'error-status')).toEqual(statusRows());
    expect(Object.keys(ERROR_TABLES)).toEqual(['error-status', 'named-errors']);
  });
});

describe('a named error over HTTP and over WebSocket', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const reasonOf = (errors: { extensions?: Record<string, unknown> }[] | undefined) => {
    const { code, reason } = errors?.[0]?.extensions ?? {};
    return { code, reason };
  };

  it('carries the same code and reason while the operation runs (PAGE_DIRECTIONS_MIXED)', async () => {
    const token = await server.token('alice@acme-provider.example');
    const query = '{ organizations(first: 1, last: 1) { edges { node { id } } } }';
    const http = await server.raw(query, {}, token);
    const ws = await server.wsRequest(server.ws({ authorization: `Bearer ${token}` }), query);
    const expected = { code: 'BAD_USER_INPUT', reason: 'PAGE_DIRECTIONS_MIXED' };
    expect(reasonOf(http.errors)).toEqual(expected);
    expect(reasonOf(ws.errors)).toEqual(expected);
    expect(http.errors?.[0].extensions?.field).toBe('first');
    expect(ws.errors?.[0].extensions?.field).toBe('first');
  });

  it('carries the same code and reason when the context refuses (TOKEN_USER_UNKNOWN)', async () => {
    const token = await signDevelopmentToken(server.config.jwt, 'nobody-has-this-subject');
    const query = '{ viewer { id } }';
    const http = await server.raw(query, {}, token);
    // graphql-ws answers a refused subscribe with an `error` message: the client rejects with it.
    const refusal = await server
      .wsRequest(server.ws({ authorization: `Bearer ${token}` }), query)
      .then(
        () => undefined,
        (errors: { extensions?: Record<string, unknown> }[]) => errors,
      );
    const expected = { code: 'UNAUTHENTICATED', reason: 'TOKEN_USER_UNKNOWN' };
    expect(http.status).toBe(401);
    expect(reasonOf(http.errors)).toEqual(expected);
    expect(reasonOf(refusal)).toEqual(expected);
    expect(refusal?.[0].extensions?.requestId).toEqual(expect.any(String));
  });
});
