import 'reflect-metadata';
import { signDevelopmentToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/dataSource';
import { User } from '../entities';

/** `npm run token -- <email>`: prints a development token for a seeded user. */
async function main() {
  const email = process.argv[2];
  if (!email) {
    console.error('usage: npm run token -- <email>   (e.g. alice@acme-provider.example)');
    process.exit(2);
  }
  const config = loadConfig();
  if (config.nodeEnv === 'production') {
    console.error('Development tokens are not issued in production.');
    process.exit(2);
  }
  const db = await createDataSource({
    databaseUrl: config.databaseUrl,
    sqlitePath: config.sqlitePath,
  });
  await db.initialize();
  try {
    const user = await db.getRepository(User).findOneBy({ email: email.toLowerCase() });
    if (!user) {
      console.error(
        `No user with email ${email}. Start the gateway once (npm start) to seed the demo world.`,
      );
      process.exit(1);
    }
    console.log(await signDevelopmentToken(config.jwt, user.subject));
  } finally {
    await db.destroy();
  }
}

void main();
