import { DataSource } from 'typeorm';
import { User } from '../../entities';
import type { Clock } from '../clock';
import type { ReadRoute } from '../db/readRoute';
import type { Transactor } from '../db/transaction';
import type { Loaders } from '../loaders';
import type { Access } from '../permissions/access';
import type { EventBus } from '../pubsub/bus';
import type { DryRun } from './dryRun';
import type { MembershipDays } from './common/expiry';

/** What every service of a request works with. Services know nothing of GraphQL. */
export interface ServiceDeps {
  db: DataSource;
  transact: Transactor;
  /** The request's read routing: `reads.stale(em => …)` for list pages and exports. */
  reads: ReadRoute;
  clock: Clock;
  loaders: Loaders;
  access: Access;
  viewer: User | null;
  events: EventBus;
  /** Base URL of the web app, for links in notifications. */
  publicUrl: string;
  /** Longest relationship duration at approval or renewal, in days (issue 21). */
  maxRelationshipDays?: number;
  /** Longest and guest membership durations, in days (issue 21). */
  membershipDays?: MembershipDays;
  /** The request's dry-run switch: transactions roll back and no event leaves (issue 21). */
  dryRun?: DryRun;
}

/** True while the current mutation is a dry run: skip every effect outside a transaction. */
export function isDryRun(deps: Pick<ServiceDeps, 'dryRun'>): boolean {
  return deps.dryRun?.active ?? false;
}

export function requireViewer(deps: ServiceDeps): User {
  if (!deps.viewer) throw new Error('Service called without a viewer; shield should have refused.');
  return deps.viewer;
}
