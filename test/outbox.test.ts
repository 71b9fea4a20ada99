import type { EntityManager } from 'typeorm';
import { Notification, User } from '../entities';
import { NotificationKind, NotificationStatus } from '../entities/enums';
import { recordNotificationFor, recordNotifications } from '../src/services/notifications/outbox';
import { startTestServer, TestServer } from './helpers/server';

/**
 * The notification outbox writes a large event's notifications (an access request seen by
 * thousands of Power Users, R-AR-1, issue 17) in the command's transaction: per-recipient content
 * as bounded multi-row inserts, one content for many recipients as one INSERT … SELECT over their
 * ids.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Runs `record` in a transaction that then fails: nothing recorded remains. */
async function expectRolledBack(record: (em: EntityManager) => Promise<void>) {
  const db = server.app.deps.db;
  const before = await db.getRepository(Notification).count();
  await expect(
    db.transaction(async (em) => {
      await record(em);
      throw new Error('the command failed after recording');
    }),
  ).rejects.toThrow('the command failed');
  expect(await db.getRepository(Notification).count()).toBe(before);
}

/** The INSERT statements `record` sends, run in a committed transaction. */
async function insertsOf(record: (em: EntityManager) => Promise<void>): Promise<string[]> {
  const statements: string[] = [];
  const count = server.sql.logQuery.bind(server.sql);
  const logger = server.sql as unknown as { logQuery: (query: string) => void };
  logger.logQuery = (query) => {
    statements.push(query);
    count(query);
  };
  try {
    await server.app.deps.db.transaction(record);
  } finally {
    logger.logQuery = count;
  }
  return statements.filter((q) => /^INSERT INTO\b/i.test(q));
}

/** A new outbox row as the entity reads it back: pending, due now, dates and JSON intact. */
function expectPending(row: Notification, data: Record<string, unknown>) {
  expect(row).toMatchObject({
    kind: NotificationKind.ACCESS_REQUESTED,
    data,
    status: NotificationStatus.PENDING,
    attempts: 0,
    messageId: null,
    lastError: null,
    sentAt: null,
  });
  // MariaDB's DATETIME keeps whole seconds; the instant is the clock's, in UTC on both drivers.
  expect(Math.abs(row.createdAt.getTime() - server.clock.now().getTime())).toBeLessThan(1000);
  expect(row.nextAttemptAt.getTime()).toBe(row.createdAt.getTime());
}

it('records 1,201 notifications in three statements, all or nothing', async () => {
  const db = server.app.deps.db;
  const recipient = await db.getRepository(User).findOneByOrFail({ email: 'grace@globex.example' });
  const drafts = Array.from({ length: 1201 }, (_, i) => ({
    recipientUserId: recipient.id,
    kind: NotificationKind.ACCESS_REQUESTED,
    data: { n: i },
  }));
  const record = (em: EntityManager) => recordNotifications(em, server.clock, drafts);
  await expectRolledBack(record);
  const before = await db.getRepository(Notification).count();
  expect(await insertsOf(record)).toHaveLength(3);
  expect(await db.getRepository(Notification).count()).toBe(before + 1201);
});

it('reads a raw-inserted notification back as the entity it is, dates and JSON included', async () => {
  const db = server.app.deps.db;
  const recipient = await db.getRepository(User).findOneByOrFail({ email: 'grace@globex.example' });
  const data = { engagement: 'Apollo', link: '/requests/1', nested: { ok: true } };
  await db.transaction((em) =>
    recordNotifications(em, server.clock, [
      { recipientUserId: recipient.id, kind: NotificationKind.ACCESS_REQUESTED, data },
    ]),
  );
  const [row] = await db
    .getRepository(Notification)
    .find({ where: { recipientUserId: recipient.id }, order: { id: 'DESC' }, take: 1 });
  expectPending(row, data);
});

it('records one content for 10,001 recipients in two statements, all or nothing', async () => {
  const db = server.app.deps.db;
  const users = await db.getRepository(User).find({ take: 3, order: { id: 'ASC' } });
  // 10,001 recipients: more than one statement's IDS_PER_INSERT, repeats included.
  const recipients = Array.from({ length: 10_001 }, (_, i) => users[i % users.length].id);
  const data = { engagement: 'Apollo', quote: 'it\'s "quoted" \\ and ünïcode', nested: [1, true] };
  const content = { kind: NotificationKind.ACCESS_REQUESTED, data };
  const record = (em: EntityManager) =>
    recordNotificationFor(em, server.clock, recipients, content);
  await expectRolledBack(record);
  expect(await insertsOf(record)).toHaveLength(2);
  const rows = await db.getRepository(Notification).find({
    where: { kind: NotificationKind.ACCESS_REQUESTED },
    order: { id: 'DESC' },
    take: 10_001,
  });
  // One row per recipient, in the order given; each row reads back as the entity it is.
  expect(rows.map((r) => r.recipientUserId).reverse()).toEqual(recipients);
  expectPending(rows[0], data);
  expectPending(rows[10_000], data);
});

it('records nothing for no recipient', async () => {
  const record = (em: EntityManager) =>
    recordNotificationFor(em, server.clock, [], {
      kind: NotificationKind.ACCESS_REQUESTED,
      data: {},
    });
  expect(await insertsOf(record)).toHaveLength(0);
});
