import type { DataSource } from 'typeorm';
import type { Clock } from '../src/clock';
import type { Transactor } from '../src/db/transaction';
import type { Mailer } from '../src/notifications/mailer';
import type { EventBus } from '../src/pubsub/bus';

/** What a job works with; the clock is injected so tests walk through time. */
export interface JobDeps {
  db: DataSource;
  transact: Transactor;
  clock: Clock;
  events: EventBus;
  mailer: Mailer;
  publicUrl: string;
}

/** Counts of what a run did, printed by `npm run job` and logged by the scheduler. */
export type JobSummary = Record<string, number>;

export interface JobDefinition {
  name: string;
  description: string;
  /** How often the scheduler runs it. */
  everyMs: number;
  /** Safe to run twice: a second run finds nothing left to do. */
  run(deps: JobDeps): Promise<JobSummary>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
