import 'reflect-metadata';
import { loadConfig, ConfigError } from './config';
import { DatabaseSetupError } from './db/startupErrors';
import { log } from './log';
import { createApp } from './server';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      log.error(error.message, { variables: error.variables });
      process.exit(2);
    }
    throw error;
  }
  const gateway = await createApp(config);
  const url = await gateway.listen(config.port, process.env.HOST || '0.0.0.0');
  const shown = url.replace('0.0.0.0', 'localhost');
  log.info(`AccessGraph listening on ${shown}/graphql`, {
    database: config.databaseUrl ? 'mysql' : `sqlite:${config.sqlitePath}`,
    env: config.nodeEnv,
  });
  if (config.nodeEnv !== 'production') {
    log.info(
      'Get a development token with `npm run token -- alice@acme-provider.example` and send it as `Authorization: Bearer <token>`.',
    );
  }
  const stop = async (signal: string) => {
    log.info(`received ${signal}, shutting down`);
    await gateway.dispose();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof DatabaseSetupError) log.error(`failed to start: ${error.message}`);
  else log.error('failed to start', { error });
  process.exit(1);
});
