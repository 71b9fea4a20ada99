import 'reflect-metadata';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/dataSource';
import {
  applyPendingMigrations,
  migrationStatus,
  revertLastMigration,
  withMigrationLock,
} from '../src/db/migrate';

const USAGE =
  'usage: npm run migrate -- show | run | revert   (built: node dist/scripts/migrate.js …)';

/**
 * `npm run migrate -- show|run|revert`: lists the migrations and whether each is applied, applies
 * the pending ones, or reverts the last applied one, on the database of `DATABASE_URL` (or the
 * embedded SQLite file). Runs under the same lock as a starting gateway.
 */
async function main() {
  const command = process.argv[2];
  if (!['show', 'run', 'revert'].includes(command)) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const db = await createDataSource({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
  });
  await db.initialize();
  try {
    if (command === 'show') {
      for (const m of await migrationStatus(db)) {
        console.log(`${m.applied ? '[x]' : '[ ]'} ${m.name}`);
      }
    } else if (command === 'run') {
      const applied = await withMigrationLock(db, () => applyPendingMigrations(db));
      console.log(applied.length ? `applied ${applied.join(', ')}` : 'nothing to apply');
    } else {
      const reverted = await withMigrationLock(db, () => revertLastMigration(db));
      console.log(reverted ? `reverted ${reverted}` : 'nothing to revert');
    }
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
