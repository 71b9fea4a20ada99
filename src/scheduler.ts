import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import type { JobDefinition, JobDeps } from '../jobs/types';
import { log } from './log';

export interface Scheduler {
  readonly kind: 'in-process' | 'bullmq';
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  jobs: JobDefinition[];
  /** With Redis: BullMQ repeatable jobs, so several gateway instances run each period once. */
  redisUrl?: string;
  /** BullMQ key prefix (deployments sharing one Redis stay apart). */
  prefix: string;
  /** Overrides every job's period (tests). */
  everyMs?: number;
  /** Told of every run's outcome (metrics). */
  onRun?: (job: string, outcome: 'ok' | 'error') => void;
}

async function runLogged(job: JobDefinition, deps: JobDeps, options: SchedulerOptions) {
  const started = Date.now();
  try {
    const summary = await job.run(deps);
    // A run that found nothing to do logs at debug (the notifications job runs every 10 s).
    const idle = Object.values(summary).every((count) => count === 0);
    (idle ? log.debug : log.info)('job finished', {
      job: job.name,
      ms: Date.now() - started,
      ...summary,
    });
    options.onRun?.(job.name, 'ok');
    return summary;
  } catch (error) {
    options.onRun?.(job.name, 'error');
    throw error;
  }
}

/**
 * Runs the jobs on their periods: in this process by default, or through BullMQ when Redis is
 * configured, where each period's run goes to exactly one of the instances' workers.
 */
export async function startScheduler(deps: JobDeps, options: SchedulerOptions): Promise<Scheduler> {
  if (!options.redisUrl) {
    const running = new Set<string>();
    const timers = options.jobs.map((job) =>
      setInterval(() => {
        if (running.has(job.name)) return; // a slow run is never overlapped by the next
        running.add(job.name);
        runLogged(job, deps, options)
          .catch((error) => log.error('job failed', { job: job.name, error }))
          .finally(() => running.delete(job.name));
      }, options.everyMs ?? job.everyMs),
    );
    return {
      kind: 'in-process',
      async stop() {
        timers.forEach(clearInterval);
      },
    };
  }
  const connection = () => new Redis(options.redisUrl!, { maxRetriesPerRequest: null });
  const queueConnection = connection();
  const workerConnection = connection();
  const queue = new Queue('jobs', { connection: queueConnection, prefix: options.prefix });
  const byName = new Map(options.jobs.map((j) => [j.name, j]));
  for (const job of options.jobs) {
    await queue.upsertJobScheduler(
      job.name,
      { every: options.everyMs ?? job.everyMs },
      { name: job.name, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }
  const worker = new Worker(
    'jobs',
    async (bullJob) => {
      const job = byName.get(bullJob.name);
      if (!job) throw new Error(`Unknown job ${bullJob.name}`);
      return runLogged(job, deps, options);
    },
    { connection: workerConnection, prefix: options.prefix, concurrency: 1 },
  );
  worker.on('failed', (bullJob, error) => log.error('job failed', { job: bullJob?.name, error }));
  return {
    kind: 'bullmq',
    async stop() {
      await worker.close();
      await queue.close();
      queueConnection.disconnect();
      workerConnection.disconnect();
    },
  };
}
