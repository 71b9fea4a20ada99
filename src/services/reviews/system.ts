import { createLoaders } from '../../loaders';
import { Access } from '../../permissions/access';
import { ReadRoute } from '../../db/readRoute';
import type { ServiceDeps } from '../context';
import { GroupMembershipService } from '../engagements/GroupMembershipService';
import { MemberService } from '../organizations/MemberService';
import { PartnerService } from '../partners/PartnerService';
import type { RemovalServices } from './applyReview';

export type SystemDeps = Pick<ServiceDeps, 'db' | 'transact' | 'clock' | 'events' | 'publicUrl'>;

/**
 * The removal services for the system actor (the due-date job): no viewer, fresh loaders on the
 * primary; nothing is checked against a viewer, the review itself was authorized when opened.
 */
export function systemRemovalServices(app: SystemDeps): {
  deps: ServiceDeps;
  services: RemovalServices;
} {
  const loaders = createLoaders(app.db);
  const deps: ServiceDeps = {
    ...app,
    reads: new ReadRoute(app.db),
    loaders,
    access: new Access(null, loaders),
    viewer: null,
  };
  const members = new MemberService(deps);
  return {
    deps,
    services: {
      memberships: new GroupMembershipService(deps),
      members,
      partners: new PartnerService(deps, members),
    },
  };
}
