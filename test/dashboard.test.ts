import { readFileSync } from 'node:fs';
import { startDashboard } from '../examples/dashboard/serve';
import { Browser, chromiumAvailable, launchBrowser } from './helpers/browser';
import { subscribed } from './helpers/subscriptions';
import { startTestServer, TestServer } from './helpers/server';

/**
 * The reference dashboard (examples/dashboard) in Chromium, on its own origin against the
 * gateway (issue 16): an Engagement Owner sees a request made by another user appear live,
 * approves it (R-AR-1), sees the participant added and downloads the CSV (R-MB-3).
 */
const describeBrowser = chromiumAvailable() ? describe : describe.skip;

describeBrowser('reference dashboard', () => {
  let server: TestServer;
  let dashboard: Awaited<ReturnType<typeof startDashboard>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    dashboard = await startDashboard({ gateway: server.url });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await dashboard?.close();
    await server?.close();
  });

  it('signs in, shows a request live, approves it and exports the participants', async () => {
    expect(new URL(dashboard.url).port).not.toBe(new URL(server.url).port);
    const tab = await browser.page();
    await tab.goto(dashboard.url);
    await tab.fill('#token', await server.token('oscar@contoso.example'));
    await tab.click('#signin button[type=submit]');
    await tab.getByText('Signed in as Oscar Engagement-Owner').waitFor();
    const pilot = tab.getByRole('button', { name: 'Cloud Migration Pilot' });
    await pilot.click();
    await tab.locator('#engagement-name', { hasText: 'Cloud Migration Pilot' }).waitFor();
    await tab.locator('#requests', { hasText: 'No pending requests.' }).waitFor();
    await subscribed(server, 'ACCESS_REQUEST', 1);

    const peter = await server.token('peter@fabrikam.example');
    const requested = await server.raw(
      `mutation ($id: ID!) { requestEngagementAccess(input: { engagementId: $id, justification: "Need the migration runbooks", acceptTerms: true }) { accessRequest { id } } }`,
      { id: await pilot.getAttribute('data-engagement') },
      peter,
    );
    expect(requested.errors).toBeUndefined();
    const request = tab.locator('#requests li', { hasText: 'peter@fabrikam.example' });
    await request.waitFor(); // arrived through accessRequestEvents, without a reload
    await browser.screenshot(tab, 'dashboard-live-request');

    await request.getByRole('button', { name: 'Approve' }).click();
    await tab.locator('#participants', { hasText: 'peter@fabrikam.example' }).waitFor();
    await tab.locator('#requests', { hasText: 'No pending requests.' }).waitFor();
    await browser.screenshot(tab, 'dashboard-approved');

    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('#export')]);
    expect(download.suggestedFilename()).toBe('participants.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('peter@fabrikam.example');
    expect(csv.split('\r\n')[0]).toBe('name,email,organization,status,lastAccessAt,addedAt');
  });
});
