import { DataSource } from 'typeorm';
import { signInOptions } from '../auth/signIn';
import { createTokenVerifier } from '../auth/tokens';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { AccessFactory, AppDeps } from '../context';
import { createDataSource, SqlCounter } from '../db/dataSource';
import { DatabaseSetupError } from '../db/startupErrors';
import { applyPendingMigrations, refusePendingMigrations, withMigrationLock } from '../db/migrate';
import { seedDemoWorld } from '../db/seed';
import { createTransactor } from '../db/transaction';
import { createExportLinks } from '../http/exportLinks';
import { log } from '../log';
import { createMailer } from '../notifications/mailer';
import { createEventBus, EventBus } from '../pubsub/bus';

/**
 * Connects to the database, waiting for it with exponential backoff (0.5 s doubling up to 5 s)
 * until `timeoutMs`, and logging each wait: a gateway started before its database comes up
 * serves as soon as it does.
 */
async function connectWithBackoff(
  connect: () => Promise<DataSource>,
  timeoutMs: number,
): Promise<DataSource> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1, wait = 500; ; attempt++, wait = Math.min(wait * 2, 5000)) {
    try {
      const db = await connect();
      if (attempt > 1) log.info('database reachable', { attempt });
      return db;
    } catch (error) {
      if (error instanceof DatabaseSetupError) throw error; // waiting cannot fix it
      if (Date.now() + wait > deadline) throw error;
      log.warn('waiting for the database', {
        attempt,
        retryInMs: wait,
        error: (error as Error).message,
      });
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/**
 * Called once by `createApp`: connects the database (with backoff), opens the event bus, wires
 * the services every request uses, then applies (or refuses) pending migrations and seeds the
 * demo world under the migration lock. On any failure it closes what it opened and rethrows, so
 * a failed start leaves no connection behind.
 */
export async function openDeps(
  config: Config,
  clock: Clock,
  sqlCounter: SqlCounter,
  accessFor?: AccessFactory,
): Promise<AppDeps> {
  const db = await connectWithBackoff(async () => {
    const source = await createDataSource({
      databaseUrl: config.databaseUrl,
      replicaUrls: config.databaseReplicaUrls,
      sqlitePath: config.sqlitePath,
      counter: sqlCounter,
    });
    await source.initialize();
    return source;
  }, config.databaseStartupTimeoutMs);
  let events: EventBus | undefined;
  const transact = createTransactor(db, { clock, committed: () => events?.committed() });
  try {
    events = await createEventBus({
      db,
      transact,
      clock,
      redisUrl: config.redisUrl,
      channelPrefix: config.redisChannelPrefix,
      retentionHours: config.eventRetentionHours,
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const deps: AppDeps = {
    db,
    transact,
    clock,
    verifier: createTokenVerifier(config.jwt),
    signIn: signInOptions(config.jwt),
    events,
    publicUrl: config.publicUrl,
    maxRelationshipDays: config.maxRelationshipDays,
    membershipDays: config.membershipDays,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.smtpFrom }),
    exportLinks: createExportLinks(config.exportLinkSecret, clock),
    accessFor,
  };
  try {
    await withMigrationLock(db, async () => {
      if (config.migrationsOnStart) await applyPendingMigrations(db);
      else await refusePendingMigrations(db);
      if (config.seedDemo) await seedDemoWorld(deps);
    });
    await events.start();
  } catch (error) {
    await events.close();
    await db.destroy();
    throw error;
  }
  return deps;
}
