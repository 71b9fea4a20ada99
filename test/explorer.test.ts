import { getIntrospectionQuery } from 'graphql';
import { startTestServer, TestServer } from './helpers/server';

/**
 * The development explorer (issue 16): ruru's GraphiQL from the installed package, nothing from
 * another host. The real-browser run (offline) is in browser.test.ts.
 */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** Every src/href/url(...) and `new URL("...")` target of a page or stylesheet. */
function references(text: string): string[] {
  const attrs = [...text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  const urls = [...text.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]);
  return [...attrs, ...urls].filter((r) => !r.startsWith('data:') && !r.startsWith('#'));
}

describe('explorer in development', () => {
  let server: TestServer;
  let page: string;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    page = await response.text();
  });
  afterAll(() => server.close());

  it('serves GraphiQL (ruru) with no external URL in the page', () => {
    expect(page).toContain('ruru-root');
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toMatch(/Apollo Sandbox|embeddable/i);
    const refs = references(page);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref.startsWith('/explorer-assets/')).toBe(true);
  });

  it('enables the headers editor and points subscriptions at graphql-ws on this host', () => {
    expect(page).toMatch(/"isHeadersEditorEnabled":\s*true/);
    const host = new URL(server.url).host;
    expect(page).toContain(`"subscriptionEndpoint": "ws://${host}/graphql"`);
  });

  it('serves every referenced asset, and the stylesheet refers to nothing remote', async () => {
    for (const ref of references(page)) {
      const response = await fetch(`${server.url}${ref}`);
      expect([ref, response.status]).toEqual([ref, 200]);
      if (ref.endsWith('.css')) {
        for (const inner of references(await response.text())) {
          expect(inner).not.toMatch(/^(https?:)?\/\//);
        }
      }
    }
    for (const worker of ['editorWorker.js', 'graphqlWorker.js', 'jsonWorker.js']) {
      expect((await fetch(`${server.url}/explorer-assets/${worker}`)).status).toBe(200);
    }
  });

  it('leaves GraphQL GET and POST requests to the API', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await server.raw('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

describe('explorer in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false, env: { NODE_ENV: 'production' } });
  });
  afterAll(() => server.close());

  it('is off: no page and no assets', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(await response.text()).not.toContain('ruru');
    expect((await fetch(`${server.url}/explorer-assets/ruru.js`)).status).toBe(404);
  });
});

describe('the explorer loads the schema within the limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: false });
  });
  afterAll(() => server.close());

  it('answers the standard introspection query (ofType chains add no depth)', async () => {
    const response = await server.raw<{ __schema: { types: unknown[] } }>(
      getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.__schema.types.length).toBeGreaterThan(50);
  });

  it('still refuses deep nesting inside introspection', async () => {
    const deep = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } } } }`;
    const response = await server.raw(deep);
    // graphql's MaxIntrospectionDepthRule refuses the multiplying nesting.
    expect(response.errors?.[0]).toMatchObject({
      message: 'Maximum introspection depth exceeded',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});
