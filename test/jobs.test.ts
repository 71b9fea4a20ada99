import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { SMTPServer } from 'smtp-server';
import { runDelivery, MAX_ATTEMPTS } from '../jobs/deliverNotifications';
import { runInactivity } from '../jobs/inactivity';
import { runInvitationExpiry } from '../jobs/invitationExpiry';
import { runRelationshipEnd } from '../jobs/relationshipEnd';
import type { JobDefinition, JobDeps } from '../jobs/types';
import { startScheduler } from '../src/scheduler';
import { startTestServer, TEST_NOW, TestServer } from './helpers/server';
import {
  GroupMembership,
  ManagedRelationship,
  Notification,
  OrganizationMember,
  Program,
  User,
} from '../entities';
import {
  GroupKind,
  GroupMembershipStatus,
  MemberStatus,
  NotificationKind,
  NotificationStatus,
  RelationshipStatus,
} from '../entities/enums';
import { scopeOfGroup } from '../entities/GroupMembership';
import {
  MEMBERSHIP_EVENTS,
  MembershipEventData,
  subscribe,
  subscribed,
} from './helpers/subscriptions';

const DAY = 24 * 60 * 60 * 1000;

/** A real SMTP listener on a spare loopback port; `failing` makes it refuse every message. */
async function startSmtp() {
  const received: { to: string[]; raw: string }[] = [];
  const state = { failing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        if (state.failing) {
          const error = new Error('mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 451;
          callback(error);
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let server: TestServer;
let deps: JobDeps;

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({
    env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://app.accessgraph.example' },
  });
  deps = server.app.deps;
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const notificationsOf = async (email: string) => {
  const user = await deps.db.getRepository(User).findOneByOrFail({ email });
  return deps.db
    .getRepository(Notification)
    .find({ where: { recipientUserId: user.id }, order: { id: 'ASC' } });
};

async function participant(email: string, lastAccessAt: Date) {
  const db = deps.db;
  const user = await db
    .getRepository(User)
    .save({ subject: email, email, name: email, photoUrl: null, createdAt: TEST_NOW });
  const program = await db.getRepository(Program).findOneByOrFail({});
  const host = program.hostOrganizationId;
  await db.getRepository(OrganizationMember).insert({
    organizationId: host,
    userId: user.id,
    role: 'MEMBER' as never,
    license: 'FULL' as never,
    status: MemberStatus.ACTIVE,
    lastActivityAt: lastAccessAt,
    createdAt: TEST_NOW,
  });
  await db.getRepository(GroupMembership).insert({
    scopeKey: scopeOfGroup(program.id, null),
    group: GroupKind.PACKAGE_PUBLISHER,
    programId: program.id,
    engagementId: null,
    userId: user.id,
    memberOrganizationId: host,
    status: GroupMembershipStatus.ACTIVE,
    lastAccessAt,
    createdAt: TEST_NOW,
  });
  return user;
}

describe('the inactivity job (R-IN-1)', () => {
  it('on the seeded world: deactivates the long-inactive user and queues the due warning', async () => {
    const summary = await runInactivity(deps);
    expect(summary).toMatchObject({ usersDeactivated: 1, warningsQueued: 1 });
    expect((await notificationsOf('lars@wingtip.example')).map((n) => n.kind)).toEqual([
      NotificationKind.INACTIVITY_DEACTIVATED,
    ]);
    expect((await notificationsOf('wendy@wingtip.example')).map((n) => n.data.daysLeft)).toEqual([
      30,
    ]);
    expect(await runInactivity(deps)).toMatchObject({ usersDeactivated: 0, warningsQueued: 0 });
  });

  it('walks through day 150, 166, 179 and 181: three warnings and one deactivation, however often it runs', async () => {
    const walker = await participant('walker@contoso.example', TEST_NOW);
    await participant('runner@contoso.example', TEST_NOW);
    const olivia = await server.token('olivia@contoso.example');
    const open = server.app.deps.events.activeSubscriptions('MEMBERSHIP');
    const live = subscribe<MembershipEventData>(server.ws({ token: olivia }), MEMBERSHIP_EVENTS);
    await subscribed(server, 'MEMBERSHIP', open + 1);

    const at = async (day: number, runs = 1) => {
      server.clock.set(new Date(TEST_NOW.getTime() + day * DAY));
      for (let i = 0; i < runs; i++) await runInactivity(deps);
    };
    await at(149);
    await at(150, 3);
    // The runner uses the portal on day 155: a new period starts.
    server.clock.set(new Date(TEST_NOW.getTime() + 155 * DAY));
    await server.raw('{ viewer { id } }', {}, await server.token('runner@contoso.example'));
    await new Promise((r) => setTimeout(r, 100));
    await at(151);
    await at(166, 2);
    await at(179); // 167..178 skipped
    await at(181, 3);
    await at(200);

    const walked = await notificationsOf('walker@contoso.example');
    expect(walked.map((n) => [n.kind, n.data.daysLeft ?? null])).toEqual([
      [NotificationKind.INACTIVITY_WARNING, 30],
      [NotificationKind.INACTIVITY_WARNING, 14],
      [NotificationKind.INACTIVITY_WARNING, 1],
      [NotificationKind.INACTIVITY_DEACTIVATED, null],
    ]);
    const memberships = await deps.db.getRepository(GroupMembership).findBy({ userId: walker.id });
    expect(memberships.every((m) => m.status === GroupMembershipStatus.DEACTIVATED)).toBe(true);
    await live.next((e) => e.type === 'DEACTIVATED' && e.user.email === 'walker@contoso.example');
    // The runner's new period started on day 155: only its first warning so far (day 150).
    expect((await notificationsOf('runner@contoso.example')).map((n) => n.data.daysLeft)).toEqual([
      30,
    ]);

    // Reactivation restores what was deactivated.
    const restored = await server.raw<{
      reactivateMyAccess: { memberships: { status: string }[] };
    }>(
      'mutation { reactivateMyAccess { memberships { status } } }',
      {},
      await server.token('walker@contoso.example'),
    );
    expect(restored.data?.reactivateMyAccess.memberships).toEqual([{ status: 'ACTIVE' }]);
    await at(201);
    expect(await notificationsOf('walker@contoso.example')).toHaveLength(4);
  });
});

describe('notification delivery (outbox → SMTP)', () => {
  it('sends through SMTP with the right recipients, links and a stable Message-ID', async () => {
    server.clock.set(new Date(TEST_NOW.getTime() + 300 * DAY));
    const summary = await runDelivery(deps);
    expect(summary.sent).toBeGreaterThan(0);
    const toLars = smtp.received.find((m) => m.to.includes('lars@wingtip.example'))!;
    expect(toLars.raw).toContain('Subject: Your program access was deactivated');
    expect(toLars.raw).toContain('https://app.accessgraph.example/access/reactivate');
    const [larsNote] = await notificationsOf('lars@wingtip.example');
    expect(larsNote.status).toBe(NotificationStatus.SENT);
    expect(toLars.raw).toContain(`Message-ID: ${larsNote.messageId}`);
    expect(await runDelivery(deps)).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('retries a failing server with backoff, keeps the Message-ID, and gives up after the last attempt', async () => {
    const user = await deps.db
      .getRepository(User)
      .findOneByOrFail({ email: 'oscar@contoso.example' });
    const [note] = await deps.db.getRepository(Notification).save([
      {
        recipientUserId: user.id,
        kind: NotificationKind.ACCESS_GRANTED,
        data: { engagementName: 'Pilot', decidedBy: 'Olivia', link: 'https://x/y' },
        status: NotificationStatus.PENDING,
        attempts: 0,
        nextAttemptAt: server.clock.now(),
        messageId: null,
        lastError: null,
        sentAt: null,
        createdAt: server.clock.now(),
      },
    ]);
    smtp.state.failing = true;
    const messageIds = new Set<string | null>();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await runDelivery(deps);
      expect(result).toEqual(
        attempt < MAX_ATTEMPTS
          ? { sent: 0, retried: 1, failed: 0 }
          : { sent: 0, retried: 0, failed: 1 },
      );
      const current = await deps.db.getRepository(Notification).findOneByOrFail({ id: note.id });
      messageIds.add(current.messageId);
      expect(current.attempts).toBe(attempt);
      // Not due again before its backoff.
      expect(await runDelivery(deps)).toEqual({ sent: 0, retried: 0, failed: 0 });
      server.clock.set(new Date(current.nextAttemptAt.getTime() + 1000));
    }
    const final = await deps.db.getRepository(Notification).findOneByOrFail({ id: note.id });
    expect(final.status).toBe(NotificationStatus.FAILED);
    expect(final.lastError).toContain('mailbox unavailable');
    expect(messageIds.size).toBe(1);
    smtp.state.failing = false;
  });

  it('never sends one notification twice when two deliverers race', async () => {
    const users = await deps.db.getRepository(User).find({ take: 20, order: { id: 'ASC' } });
    await deps.db.getRepository(Notification).save(
      users.map((u) => ({
        recipientUserId: u.id,
        kind: NotificationKind.ENGAGEMENT_INVITATION,
        data: { engagementName: 'Race', invitedBy: 'Job test', link: `https://x/${u.id}` },
        status: NotificationStatus.PENDING,
        attempts: 0,
        nextAttemptAt: server.clock.now(),
        messageId: null,
        lastError: null,
        sentAt: null,
        createdAt: server.clock.now(),
      })),
    );
    const before = smtp.received.length;
    const [a, b] = await Promise.all([runDelivery(deps), runDelivery(deps)]);
    expect(a.sent + b.sent).toBe(20);
    expect(smtp.received.length - before).toBe(20);
    const recipients = smtp.received.slice(before).map((m) => m.to[0]);
    expect(new Set(recipients).size).toBe(20);
  });
});

describe('invitation and relationship jobs', () => {
  it('expires 30-day-old invitations and ends relationships at their end date, once', async () => {
    const db = deps.db;
    server.clock.set(TEST_NOW);
    const ida = await db
      .getRepository(OrganizationMember)
      .findOneByOrFail({ status: MemberStatus.INVITED });
    server.clock.set(new Date(TEST_NOW.getTime() + 31 * DAY));
    expect(await runInvitationExpiry(deps)).toEqual({ invitationsExpired: 1 });
    expect(await runInvitationExpiry(deps)).toEqual({ invitationsExpired: 0 });
    expect(await db.getRepository(OrganizationMember).countBy({ id: ida.id })).toBe(0);

    const relationship = await db.getRepository(ManagedRelationship).findOneByOrFail({});
    await db
      .getRepository(ManagedRelationship)
      .update(
        { id: relationship.id },
        { status: RelationshipStatus.ENDING, endsAt: new Date(server.clock.now().getTime() + DAY) },
      );
    expect(await runRelationshipEnd(deps)).toEqual({
      relationshipsEnded: 0,
      expiryWarnings: 0,
      membershipsExpired: 0,
      membershipExpiryKept: 0,
      membershipExpiryWarnings: 0,
    });
    server.clock.set(new Date(server.clock.now().getTime() + 2 * DAY));
    expect(await runRelationshipEnd(deps)).toEqual({
      relationshipsEnded: 1,
      expiryWarnings: 0,
      membershipsExpired: 0,
      membershipExpiryKept: 0,
      membershipExpiryWarnings: 0,
    });
    expect(await runRelationshipEnd(deps)).toEqual({
      relationshipsEnded: 0,
      expiryWarnings: 0,
      membershipsExpired: 0,
      membershipExpiryKept: 0,
      membershipExpiryWarnings: 0,
    });
    expect(
      (await db.getRepository(ManagedRelationship).findOneByOrFail({ id: relationship.id })).status,
    ).toBe(RelationshipStatus.ENDED);
  });
});

describe('npm run job -- inactivity', () => {
  it('runs one job once on the seeded world and prints its summary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-job-'));
    try {
      const root = path.join(__dirname, '..');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', path.join(root, 'scripts/job.ts'), 'inactivity'],
        {
          cwd: root,
          env: {
            ...process.env,
            SQLITE_PATH: path.join(dir, 'db.sqlite'),
            DATABASE_URL: '',
            REDIS_URL: '',
            LOG_LEVEL: 'warn',
          },
          // A child process that compiles the app with ts-node: minutes on a loaded machine.
          timeout: 180_000,
        },
      );
      expect(JSON.parse(stdout.trim().split('\n').pop()!)).toMatchObject({
        job: 'inactivity',
        usersDeactivated: 1,
        warningsQueued: 1,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});

(process.env.REDIS_URL ? describe : describe.skip)('two schedulers on one Redis', () => {
  it('run each period of a job once', async () => {
    const runs: number[] = [];
    const job: JobDefinition = {
      name: 'probe',
      description: 'counts its runs',
      everyMs: 400,
      async run() {
        runs.push(Date.now());
        return { runs: runs.length };
      },
    };
    const prefix = `ag-test-sched-${randomBytes(4).toString('hex')}`;
    const a = await startScheduler(deps, { jobs: [job], redisUrl: process.env.REDIS_URL, prefix });
    const b = await startScheduler(deps, { jobs: [job], redisUrl: process.env.REDIS_URL, prefix });
    try {
      await new Promise((r) => setTimeout(r, 2200));
    } finally {
      await a.stop();
      await b.stop();
      const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
      const queue = new Queue('jobs', { connection, prefix });
      await queue.obliterate({ force: true });
      await queue.close();
      connection.disconnect();
    }
    // 2.2 s at one run per 400 ms: about 5 runs in all; every period run by both would give ~10.
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(runs.length).toBeLessThanOrEqual(7);
  });
});
