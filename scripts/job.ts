import 'reflect-metadata';
import { JOBS } from '../jobs';
import { loadConfig } from '../src/config';
import { createApp } from '../src/server';

/** `npm run job -- <name>`: runs one job once (for cron or operators) and prints its summary. */
async function main() {
  const name = process.argv[2];
  const job = name ? JOBS[name] : undefined;
  if (!job) {
    console.error(`usage: npm run job -- <${Object.keys(JOBS).join(' | ')}>`);
    process.exit(2);
  }
  const app = await createApp(loadConfig({ ...process.env, JOBS_ENABLED: 'false' }));
  try {
    const summary = await job.run(app.deps);
    console.log(JSON.stringify({ job: job.name, ...summary }));
  } finally {
    await app.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
