import { DataSource } from 'typeorm';
import { User } from '../../entities';
import type { Clock } from '../clock';
import type { ReadRoute } from '../db/readRoute';
import type { Transactor } from '../db/transaction';
import type { Loaders } from '../loaders';
import type { Access } from '../permissions/access';
import type { EventBus } from '../pubsub/bus';

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
}

export function requireViewer(deps: ServiceDeps): User {
  if (!deps.viewer) throw new Error('Service called without a viewer; shield should have refused.');
  return deps.viewer;
}
