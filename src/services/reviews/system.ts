import { createLoaders } from '../../loaders';
import { Access } from '../../permissions/access';
import { ReadRoute } from '../../db/readRoute';
import type { ServiceDeps } from '../context';

export type SystemDeps = Pick<ServiceDeps, 'db' | 'transact' | 'clock' | 'events' | 'publicUrl'>;

/**
 * The service deps of the system actor (the due-date job): no viewer, fresh loaders on the
 * primary; nothing is checked against a viewer, the review itself was authorized when opened.
 */
export function systemDeps(app: SystemDeps): ServiceDeps {
  const loaders = createLoaders(app.db);
  return {
    ...app,
    reads: new ReadRoute(app.db),
    loaders,
    access: new Access(null, loaders),
    viewer: null,
  };
}
