import { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  CancelAccessRequestDocument,
  RemoveEngagementMembersDocument,
  RequestEngagementAccessDocument,
} from './generated/graphql';
import { spawnGateway } from './helpers/gateway';
import { freePort, privateRedis, PrivateService } from './helpers/privateServices';
import { startTestServer, TEST_NOW, TestServer } from './helpers/server';
import { settle, subscribe, subscribed } from './helpers/subscriptions';
import { Engagement, EventRecord, User } from '../entities';
import { systemClock } from '../src/clock';
import { toGlobalId } from '../src/globalId';
import { runEventRetention } from '../jobs/eventRetention';

/**
 * Durable, resumable live events (issue 19): every event is recorded with its change and carries
 * a cursor; a subscriber resumes with `after` on any instance, authorized as of now, and a cursor
 * older than the retention window is CURSOR_EXPIRED. DESIGN §4; R-PU-1 (revocation).
 */
const RESUMABLE = `subscription ($after: String) {
  accessRequestEvents(after: $after) { cursor type accessRequestId }
}`;

interface Event {
  cursor: string;
  type: string;
  accessRequestId: string;
}

const mysqlAndRedis =
  /^mysql:|^mariadb:/.test(process.env.DATABASE_URL ?? '') && !!process.env.REDIS_URL;

async function until(
  check: () => boolean | Promise<boolean>,
  ms = 60_000,
  state: () => string = () => '',
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met in time ${state()}`);
    await settle(25);
  }
}

function fixture(start: () => Promise<TestServer>) {
  const ctx = {
    server: undefined as unknown as TestServer,
    tokens: {} as Record<string, string>,
    users: {} as Record<string, string>,
    pilot: '',
  };
  beforeAll(async () => {
    ctx.server = await start();
    const pilot = await ctx.server.app.deps.db
      .getRepository(Engagement)
      .findOneByOrFail({ name: 'Cloud Migration Pilot' });
    ctx.pilot = toGlobalId('Engagement', pilot.id);
    for (const u of await ctx.server.app.deps.db.getRepository(User).find()) {
      const name = u.email.split('@')[0];
      ctx.users[name] = toGlobalId('User', u.id);
      ctx.tokens[name] = await ctx.server.token(u.email);
    }
  }, 120_000);
  afterAll(() => ctx.server?.close());
  return ctx;
}

/** A request and its cancellation by `name`: two events (CREATED, CANCELLED). */
async function requestAndCancel(
  ctx: ReturnType<typeof fixture>,
  name: string,
  url?: string,
): Promise<string> {
  const post = async (doc: unknown, variables: unknown) => {
    if (!url) return ctx.server.request(doc as never, variables as never, ctx.tokens[name]);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.tokens[name]}` },
      body: JSON.stringify({ query: print(doc as never), variables }),
    });
    return (await response.json()) as { data?: unknown; errors?: unknown };
  };
  const created = (await post(RequestEngagementAccessDocument, {
    input: { engagementId: ctx.pilot, justification: `${name} needs it`, acceptTerms: true },
  })) as { data?: { requestEngagementAccess: { accessRequest: { id: string } } } };
  const id = created.data?.requestEngagementAccess.accessRequest.id;
  if (!id) throw new Error(`request failed: ${JSON.stringify(created)}`);
  const cancelled = (await post(CancelAccessRequestDocument, {
    input: { accessRequestId: id },
  })) as {
    errors?: unknown;
  };
  if (cancelled.errors) throw new Error(`cancel failed: ${JSON.stringify(cancelled.errors)}`);
  return id;
}

const expectOnce = (events: Event[]) =>
  expect(new Set(events.map((e) => e.cursor)).size).toBe(events.length);

describe('cursors and replay on one instance', () => {
  const ctx = fixture(() => startTestServer());

  it('resumes after a cursor with exactly the missed events, then live ones', async () => {
    const { server } = ctx;
    const first = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE);
    await subscribed(server, 'ACCESS_REQUEST', 1);
    const seen = await requestAndCancel(ctx, 'peter');
    const last = await first.next((e) => e.accessRequestId === seen && e.type === 'CANCELLED');
    first.dispose();
    await until(() => server.app.deps.events.activeSubscriptions('ACCESS_REQUEST') === 0);

    const missed: string[] = [];
    for (let i = 0; i < 5; i++) missed.push(await requestAndCancel(ctx, 'peter'));
    const resumed = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE, {
      after: last.cursor,
    });
    await until(() => resumed.events.length >= 10);
    expect(resumed.events.map((e) => [e.accessRequestId, e.type])).toEqual(
      missed.flatMap((id) => [
        [id, 'CREATED'],
        [id, 'CANCELLED'],
      ]),
    );
    const live = await requestAndCancel(ctx, 'peter');
    await resumed.next((e) => e.accessRequestId === live && e.type === 'CANCELLED');
    await settle(300);
    expect(resumed.events).toHaveLength(12);
    expectOnce(resumed.events);
    expect(resumed.errors).toEqual([]);
    resumed.dispose();
  }, 120_000);

  it('replays nothing a subscriber may no longer see (authorized as of now, R-PU-1)', async () => {
    const { server } = ctx;
    await until(() => server.app.deps.events.activeSubscriptions('ACCESS_REQUEST') === 0);
    const pat = subscribe<Event>(server.ws({ token: ctx.tokens.pat }), RESUMABLE);
    await subscribed(server, 'ACCESS_REQUEST', 1);
    const before = await requestAndCancel(ctx, 'frank');
    const cursor = (await pat.next((e) => e.accessRequestId === before && e.type === 'CANCELLED'))
      .cursor;
    pat.dispose();

    // While Pat is away he stops being a Power User, then his organization requests again.
    const removed = await server.request(
      RemoveEngagementMembersDocument,
      { input: { engagementId: ctx.pilot, group: 'POWER_USER', userIds: [ctx.users.pat] } },
      ctx.tokens.oscar,
    );
    expect(removed.data?.removeEngagementMembers.results[0].outcome).toBe('CHANGED');
    const away = await requestAndCancel(ctx, 'peter');

    const owner = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE, {
      after: cursor,
    });
    const back = subscribe<Event>(server.ws({ token: ctx.tokens.pat }), RESUMABLE, {
      after: cursor,
    });
    // The owner's replay of the same cursor has the events: Pat's would have them if authorized.
    await owner.next((e) => e.accessRequestId === away && e.type === 'CANCELLED');
    await subscribed(server, 'ACCESS_REQUEST', 2);
    await settle(500);
    expect(back.events).toEqual([]);
    expect(back.errors).toEqual([]);
    owner.dispose();
    back.dispose();
  }, 120_000);

  it('answers a mutation only once the events it published are recorded, on HTTP and WebSocket', async () => {
    const { server } = ctx;
    const bus = server.app.deps.events;
    const publish = bus.publish.bind(bus);
    // A slow recorder, not a fake: the events are still recorded, 300 ms late.
    bus.publish = async (events) => {
      await settle(300);
      return publish(events);
    };
    const recorded = () =>
      server.app.deps.db.getRepository(EventRecord).countBy({ topic: 'ACCESS_CHANGED' });
    const remove = (name: string) => ({
      query: print(RemoveEngagementMembersDocument),
      variables: {
        input: { engagementId: ctx.pilot, group: 'PARTICIPANT', userIds: [ctx.users[name]] },
      },
    });
    try {
      const before = await recorded();
      const overHttp = await server.request(
        RemoveEngagementMembersDocument,
        remove('paula').variables as never,
        ctx.tokens.oscar,
      );
      expect(overHttp.data?.removeEngagementMembers.results[0].outcome).toBe('CHANGED');
      expect(await recorded()).toBe(before + 1);

      const client = server.ws({ token: ctx.tokens.oscar });
      const overWs = await new Promise<unknown>((resolve, reject) => {
        let result: unknown;
        client.subscribe(remove('ned'), {
          next: (r) => (result = r),
          error: reject,
          complete: () => resolve(result),
        });
      });
      expect(overWs).toMatchObject({
        data: { removeEngagementMembers: { results: [{ outcome: 'CHANGED' }] } },
      });
      expect(await recorded()).toBe(before + 2);
    } finally {
      bus.publish = publish;
    }
  }, 60_000);

  it('refuses a cursor older than the retention window (CURSOR_EXPIRED) and a made-up one', async () => {
    const { server } = ctx;
    await until(() => server.app.deps.events.activeSubscriptions('ACCESS_REQUEST') === 0);
    const live = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE);
    await subscribed(server, 'ACCESS_REQUEST', 1);
    const id = await requestAndCancel(ctx, 'peter');
    const { cursor } = await live.next((e) => e.accessRequestId === id);
    live.dispose();

    server.clock.set(new Date(TEST_NOW.getTime() + 25 * 3_600_000)); // default window: 24 h
    try {
      const expired = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE, {
        after: cursor,
      });
      const madeUp = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE, {
        after: 'not-a-cursor',
      });
      await until(() => expired.errors.length > 0 && madeUp.errors.length > 0, 30_000);
      expect(expired.errors).toMatchObject([{ extensions: { code: 'CURSOR_EXPIRED' } }]);
      expect(madeUp.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
      expect(expired.events).toEqual([]);
    } finally {
      server.clock.set(TEST_NOW);
    }
  }, 120_000);
});

describe('retention', () => {
  const ctx = fixture(() => startTestServer());

  it('prunes events past the window, bounded per run; their cursors become CURSOR_EXPIRED', async () => {
    const { server } = ctx;
    const live = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE);
    await subscribed(server, 'ACCESS_REQUEST', 1);
    const id = await requestAndCancel(ctx, 'peter');
    const { cursor } = await live.next((e) => e.accessRequestId === id);
    live.dispose();
    const records = server.app.deps.db.getRepository(EventRecord);
    const before = await records.count();

    expect(await runEventRetention(server.app.deps)).toEqual({ eventsPruned: 0 }); // within 24 h
    server.clock.set(new Date(TEST_NOW.getTime() + 25 * 3_600_000));
    try {
      expect(await runEventRetention(server.app.deps, 2)).toEqual({ eventsPruned: 2 });
      expect(await records.count()).toBe(before - 2);
      let total = 2;
      for (let run = await runEventRetention(server.app.deps, 2); run.eventsPruned;) {
        total += run.eventsPruned;
        run = await runEventRetention(server.app.deps, 2);
      }
      expect(total).toBe(before);
    } finally {
      server.clock.set(TEST_NOW);
    }
    // Back within the window by the clock, the cursor is still refused: its events are gone.
    const resumed = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE, {
      after: cursor,
    });
    await until(() => resumed.errors.length > 0, 30_000);
    expect(resumed.errors).toMatchObject([{ extensions: { code: 'CURSOR_EXPIRED' } }]);
  }, 120_000);
});

async function waitForHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000; // ts-node compiles the gateway at start
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`second instance exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await settle(200);
  }
  throw new Error('second instance did not become healthy');
}

(mysqlAndRedis ? describe : describe.skip)('two gateways, a private Redis killed', () => {
  let redis: PrivateService;
  let child: ChildProcess | undefined;
  const ctx = fixture(async () => {
    redis = await privateRedis();
    // The other gateway runs on the system clock: so does this one (cursors carry their time).
    return startTestServer({ env: { REDIS_URL: redis.url }, clock: systemClock });
  });

  afterAll(async () => {
    // A process killed by a signal has a null exitCode and a signalCode.
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    await redis?.destroy();
  }, 120_000);

  it('delivers every event once, in commit order, on both instances, through an outage and a crash', async () => {
    const { server } = ctx;
    const port = await freePort();
    child = spawnGateway(
      port,
      {
        DATABASE_URL: server.config.databaseUrl,
        REDIS_URL: redis.url,
        REDIS_CHANNEL_PREFIX: server.config.redisChannelPrefix,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'error',
      },
      ['ignore', 'ignore', 'inherit'],
    );
    const other = `http://127.0.0.1:${port}`;
    await waitForHealthy(other, child);
    const remoteClient = (token: string) =>
      createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { token },
        retryAttempts: 0,
      });

    // A starting cursor, so subscribers on the other instance need no readiness probe.
    const start = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE);
    await subscribed(server, 'ACCESS_REQUEST', 1);
    const probe = await requestAndCancel(ctx, 'peter');
    const origin = (await start.next((e) => e.accessRequestId === probe && e.type === 'CANCELLED'))
      .cursor;

    const local = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE, {
      after: origin,
    });
    const remote = subscribe<Event>(remoteClient(ctx.tokens.oscar), RESUMABLE, { after: origin });
    const outsiders = [
      subscribe<Event>(server.ws({ token: ctx.tokens.grace }), RESUMABLE, { after: origin }),
      subscribe<Event>(remoteClient(ctx.tokens.grace), RESUMABLE, { after: origin }),
    ];
    // Both subscriptions are open (each has seen a second probe) before Redis goes down.
    const second = await requestAndCancel(ctx, 'peter');
    for (const sub of [local, remote]) {
      await sub.next((e) => e.accessRequestId === second && e.type === 'CANCELLED', 60_000);
    }
    const burst = (sub: { events: Event[] }) => sub.events.slice(2);

    // 200 events (100 request + cancel pairs) from both instances while Redis is down.
    await redis.kill();
    await Promise.all([
      (async () => {
        for (let i = 0; i < 50; i++) await requestAndCancel(ctx, 'peter');
      })(),
      (async () => {
        for (let i = 0; i < 50; i++) await requestAndCancel(ctx, 'frank', other);
      })(),
    ]);
    // Local subscribers do not wait for Redis.
    await until(
      () => burst(local).length >= 200,
      120_000,
      () => `local ${burst(local).length}`,
    );
    await redis.start();
    await until(
      () => burst(remote).length >= 200,
      120_000,
      () => `remote ${burst(remote).length} ${JSON.stringify(remote.errors)}`,
    );
    await settle(500);

    const committed = (
      await server.app.deps.db
        .getRepository(EventRecord)
        .find({ where: { topic: 'ACCESS_REQUEST' }, order: { position: 'ASC' } })
    ).slice(-200);
    const inCommitOrder = committed.map((r) => [
      toGlobalId('AccessRequest', r.payload.accessRequestId as number),
      r.payload.type,
    ]);
    for (const sub of [local, remote]) {
      expect(burst(sub).map((e) => [e.accessRequestId, e.type])).toEqual(inCommitOrder);
      expectOnce(sub.events);
    }
    for (const outsider of outsiders) expect(outsider.events).toEqual([]);

    // A subscriber leaves, 50 events happen, it resumes on the other instance with `after`.
    const lastLocal = local.events[local.events.length - 1].cursor;
    local.dispose();
    const missed: string[] = [];
    for (let i = 0; i < 25; i++) missed.push(await requestAndCancel(ctx, 'peter'));
    const resumed = subscribe<Event>(remoteClient(ctx.tokens.oscar), RESUMABLE, {
      after: lastLocal,
    });
    await until(() => resumed.events.length >= 50);
    expect(resumed.events.map((e) => [e.accessRequestId, e.type])).toEqual(
      missed.flatMap((id) => [
        [id, 'CREATED'],
        [id, 'CANCELLED'],
      ]),
    );
    resumed.dispose();

    // The other gateway dies (SIGKILL) right after a mutation it committed: the event survives.
    const survivor = subscribe<Event>(server.ws({ token: ctx.tokens.oscar }), RESUMABLE);
    await subscribed(server, 'ACCESS_REQUEST', 2);
    const last = await requestAndCancel(ctx, 'frank', other);
    child.kill('SIGKILL');
    await once(child, 'exit');
    await survivor.next((e) => e.accessRequestId === last && e.type === 'CANCELLED', 30_000);
    expectOnce(survivor.events);
  }, 600_000);
});
