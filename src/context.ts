import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { User } from '../entities';
import type { TokenVerifier } from './auth/tokens';
import type { Clock } from './clock';
import type { ExportLinks } from './http/exportLinks';
import type { Transactor } from './db/transaction';
import { UnauthenticatedError } from './errors';
import { createLoaders, Loaders } from './loaders';
import { Access } from './permissions/access';
import type { ServiceDeps } from './services/context';
import { UserService } from './services/directory/UserService';
import { BatchService } from './services/directory/BatchService';
import { DirectoryService } from './services/directory/DirectoryService';
import { TeamService } from './services/directory/TeamService';
import { AccessRequestService } from './services/engagements/AccessRequestService';
import { ContentService } from './services/engagements/ContentService';
import { EngagementService } from './services/engagements/EngagementService';
import { GroupMembershipService } from './services/engagements/GroupMembershipService';
import { JoinService } from './services/engagements/JoinService';
import { SubscriptionService } from './services/subscriptions/SubscriptionService';
import { AuditStreamService } from './services/subscriptions/AuditStreamService';
import type { EventBus } from './pubsub/bus';
import type { Mailer } from './notifications/mailer';
import { NodeService } from './services/NodeService';
import { ExplainService } from './services/permissions/ExplainService';
import { ViewerCanService } from './services/permissions/ViewerCanService';
import { NotificationService } from './services/notifications/NotificationService';
import { MemberService } from './services/organizations/MemberService';
import { PartnerService } from './services/partners/PartnerService';
import { OrganizationService } from './services/organizations/OrganizationService';

/** What lives for the whole process and every request shares. */
export interface AppDeps {
  db: DataSource;
  transact: Transactor;
  clock: Clock;
  verifier: TokenVerifier;
  events: EventBus;
  publicUrl: string;
  mailer: Mailer;
  /** Signs and checks export links (`createExportLink`). */
  exportLinks: ExportLinks;
  /** Benchmarks only: replaces the access checks (see `AppOptions`). */
  accessFor?: AccessFactory;
}

export type AccessFactory = (viewer: User | null, loaders: Loaders) => Access;

function createServices(deps: ServiceDeps) {
  const memberships = new GroupMembershipService(deps);
  const members = new MemberService(deps);
  const directory = new DirectoryService(deps);
  const joins = new JoinService(deps, memberships);
  return {
    organizations: new OrganizationService(deps),
    members,
    directory,
    batches: new BatchService(deps, directory, members),
    partners: new PartnerService(deps, members),
    users: new UserService(deps),
    teams: new TeamService(deps, members),
    engagements: new EngagementService(deps, memberships),
    memberships,
    joins,
    accessRequests: new AccessRequestService(deps, memberships, joins),
    content: new ContentService(deps),
    subscriptions: new SubscriptionService(deps),
    auditStream: new AuditStreamService(deps),
    notifications: new NotificationService(deps),
    viewerCan: new ViewerCanService(deps),
    explain: new ExplainService(deps),
    nodes: new NodeService(deps),
  };
}

export interface Context {
  requestId: string;
  viewer: User | null;
  loaders: Loaders;
  access: Access;
  services: ReturnType<typeof createServices>;
  exportLinks: ExportLinks;
  /** The gateway's base URL as an HTTP client reached it (for links it returns). */
  gatewayUrl?: string;
}

/** Resolves the viewer from a bearer token; a present but bad token is UNAUTHENTICATED. */
async function resolveViewer(app: AppDeps, token: string | undefined): Promise<User | null> {
  if (!token) return null;
  const claims = await app.verifier.verify(token);
  const user = await app.db.getRepository(User).findOneBy({ subject: claims.sub });
  if (!user) throw new UnauthenticatedError('The token does not belong to a known user.');
  return user;
}

/** Builds the per-request context; the same function serves HTTP and WebSocket operations. */
export async function buildContext(
  app: AppDeps,
  token: string | undefined,
  requestId = randomUUID(),
): Promise<Context> {
  const viewer = await resolveViewer(app, token);
  const loaders = createLoaders(app.db);
  if (viewer) loaders.user.prime(viewer.id, viewer);
  const access = app.accessFor?.(viewer, loaders) ?? new Access(viewer, loaders);
  const deps: ServiceDeps = {
    db: app.db,
    transact: app.transact,
    clock: app.clock,
    loaders,
    access,
    viewer,
    events: app.events,
    publicUrl: app.publicUrl,
  };
  return {
    requestId,
    viewer,
    loaders,
    access,
    services: createServices(deps),
    exportLinks: app.exportLinks,
  };
}
