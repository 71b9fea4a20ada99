import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Engagement } from '../entities';
import { toGlobalId } from '../src/globalId';
import { blockNonLoopback, Browser, chromiumAvailable, launchBrowser } from './helpers/browser';
import { serveFiles } from './helpers/staticServer';
import { ACCESS_REQUEST_EVENTS, subscribed } from './helpers/subscriptions';
import { startTestServer, TestServer } from './helpers/server';

/**
 * Real-browser tests (issue 16) in Debian's Chromium via playwright-core: a page on another,
 * allowed origin queries, subscribes and downloads a CSV through an export link; a page on a
 * disallowed origin can do none of it; the explorer works with the network closed.
 */
const available = chromiumAvailable();
const describeBrowser = available ? describe : describe.skip;

const page = readFileSync(path.join(__dirname, 'browser', 'page.html'), 'utf8');
const graphqlWs = readFileSync(
  path.join(__dirname, '..', 'node_modules', 'graphql-ws', 'umd', 'graphql-ws.min.js'),
);

describeBrowser('a page on another origin', () => {
  let server: TestServer;
  let browser: Browser;
  let allowed: Awaited<ReturnType<typeof serveFiles>>;
  let disallowed: Awaited<ReturnType<typeof serveFiles>>;
  let pilot: string;

  beforeAll(async () => {
    const files = {
      '/': { type: 'text/html', body: page },
      '/graphql-ws.js': { type: 'text/javascript', body: graphqlWs },
    };
    allowed = await serveFiles(files);
    disallowed = await serveFiles(files);
    server = await startTestServer({ env: { CORS_ORIGINS: allowed.origin } });
    const engagement = await server.app.deps.db
      .getRepository(Engagement)
      .findOneByOrFail({ name: 'Cloud Migration Pilot' });
    pilot = toGlobalId('Engagement', engagement.id);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await allowed?.close();
    await disallowed?.close();
  });

  it('queries, subscribes over graphql-ws and downloads the CSV through an export link', async () => {
    const tab = await browser.page();
    await tab.goto(allowed.origin);
    const oscar = await server.token('oscar@contoso.example');
    const viewer = await tab.evaluate(
      ([gateway, token]) =>
        (globalThis as unknown as PageApi).gql(gateway, token, '{ viewer { email } }'),
      [server.url, oscar],
    );
    expect(viewer.body).toEqual({ data: { viewer: { email: 'oscar@contoso.example' } } });
    expect(viewer.requestId).toMatch(/^[0-9a-f-]{36}$/); // exposed to the page

    const connected = await tab.evaluate(
      ([gateway, token, query, engagementId]) =>
        (globalThis as unknown as PageApi).subscribe(gateway, token, query, { engagementId }),
      [server.url, oscar, ACCESS_REQUEST_EVENTS, pilot],
    );
    expect(connected).toBe('connected');
    await subscribed(server, 'ACCESS_REQUEST', 1);
    const peter = await server.token('peter@fabrikam.example');
    const requested = await server.raw(
      `mutation ($id: ID!) { requestEngagementAccess(input: { engagementId: $id, justification: "From the browser test", acceptTerms: true }) { accessRequest { id } } }`,
      { id: pilot },
      peter,
    );
    expect(requested.errors).toBeUndefined();
    await tab.waitForFunction(() => (globalThis as unknown as PageApi).events.length > 0);
    const events = await tab.evaluate(() => (globalThis as unknown as PageApi).events);
    expect(events[0]).toMatchObject({
      data: {
        accessRequestEvents: {
          type: 'CREATED',
          accessRequest: {
            justification: 'From the browser test',
            requester: { email: 'peter@fabrikam.example' },
          },
        },
      },
    });

    const link = await tab.evaluate(
      ([gateway, token, engagementId]) =>
        (globalThis as unknown as PageApi).gql(
          gateway,
          token,
          'mutation ($id: ID!) { createExportLink(input: { kind: ENGAGEMENT_PARTICIPANTS, engagementId: $id }) { url } }',
          { id: engagementId },
        ),
      [server.url, oscar, pilot],
    );
    const url = (link.body as { data: { createExportLink: { url: string } } }).data.createExportLink
      .url;
    await tab.evaluate((href) => (globalThis as unknown as PageApi).setDownload(href), url);
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#download')]);
    expect(download.suggestedFilename()).toBe('participants.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('name,email,organization,status,lastAccessAt,addedAt');
    expect(csv).toContain('paula@fabrikam.example');
    await browser.screenshot(tab, 'cross-origin-page');
  });

  it('on a disallowed origin can neither query nor open a WebSocket', async () => {
    const tab = await browser.page();
    await tab.goto(disallowed.origin);
    const oscar = await server.token('oscar@contoso.example');
    const outcome = await tab.evaluate(
      ([gateway, token]) =>
        (globalThis as unknown as PageApi).gql(gateway, token, '{ viewer { email } }').then(
          () => 'answered',
          (error: Error) => `refused: ${error.name}`,
        ),
      [server.url, oscar],
    );
    expect(outcome).toBe('refused: TypeError'); // "Failed to fetch": blocked by CORS policy
    const socket = await tab.evaluate(
      ([gateway, token, query, engagementId]) =>
        (globalThis as unknown as PageApi).subscribe(gateway, token, query, { engagementId }),
      [server.url, oscar, ACCESS_REQUEST_EVENTS, pilot],
    );
    expect(socket).toMatch(/^closed/);
  });
});

describeBrowser('the explorer with the network closed', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads from the gateway alone and runs a query with the token in the headers editor', async () => {
    const tab = await browser.page();
    const blocked = await blockNonLoopback(tab);
    await tab.goto(`${server.url}/graphql`);
    await tab.locator('.graphiql-execute-button').waitFor();
    const token = await server.token('alice@acme-provider.example');
    await tab.getByText('Headers', { exact: true }).click();
    const headers = tab.locator('.graphiql-editor-tool .monaco-editor').last();
    await headers.click();
    await tab.keyboard.press('ControlOrMeta+A');
    await tab.keyboard.press('Delete');
    await tab.keyboard.insertText(`{"Authorization": "Bearer ${token}"}`);
    await tab.locator('.graphiql-execute-button').click();
    await tab.locator('.result-window').getByText('alice@acme-provider.example').waitFor();
    await browser.screenshot(tab, 'explorer-offline');
    expect(blocked).toEqual([]);
  });
});

/** What test/browser/page.html defines on `window`. */
interface PageApi {
  gql(
    gateway: string,
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ body: unknown; requestId: string | null }>;
  subscribe(
    gateway: string,
    token: string,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<string>;
  events: unknown[];
  setDownload(url: string): void;
}
