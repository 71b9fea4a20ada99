import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { User } from '../entities';
import { SignInOptions, userForClaims } from './auth/signIn';
import type { TokenVerifier } from './auth/tokens';
import type { Clock } from './clock';
import type { ExportLinks } from './http/exportLinks';
import type { Transactor } from './db/transaction';
import { createLoaders, Loaders, primeViewer } from './loaders';
import { readViewer, RelationsRead } from './loaders/relations';
import { ReadRoute } from './db/readRoute';
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
import { requestEvents } from './pubsub/requestPublishes';
import type { Mailer } from './notifications/mailer';
import { NodeService } from './services/NodeService';
import { DryRun } from './services/dryRun';
import { ExplainService } from './services/permissions/ExplainService';
import { ViewerCanService } from './services/permissions/ViewerCanService';
import { NotificationService } from './services/notifications/NotificationService';
import { MemberService } from './services/organizations/MemberService';
import { PartnerService } from './services/partners/PartnerService';
import { OrganizationService } from './services/organizations/OrganizationService';
import { AccessReviewService } from './services/reviews/AccessReviewService';
import { ScimTokenService } from './services/scim/ScimTokenService';
import { tokenUserUnknown } from './auth/errors';
import { DEFAULT_MEMBERSHIP_DAYS, MembershipDays } from './services/common/expiry';
import { lazyClass } from './lazyClass';

/** What lives for the whole process and every request shares. */
export interface AppDeps {
  db: DataSource;
  transact: Transactor;
  clock: Clock;
  verifier: TokenVerifier;
  /** How a verified token finds its user, and first sign-in linking. */
  signIn: SignInOptions;
  events: EventBus;
  publicUrl: string;
  /** Longest relationship duration at approval or renewal (`MAX_RELATIONSHIP_DAYS`). */
  maxRelationshipDays?: number;
  /** Longest and guest membership durations (`MAX_MEMBERSHIP_DAYS`, `GUEST_MEMBERSHIP_DAYS`). */
  membershipDays?: MembershipDays;
  mailer: Mailer;
  /** Signs and checks export links (`createExportLink`). */
  exportLinks: ExportLinks;
  /** Benchmarks only: replaces the access checks (see `AppOptions`). */
  accessFor?: AccessFactory;
}

export type AccessFactory = (viewer: User | null, loaders: Loaders) => Access;

/** A request's services, each made on first use (most requests use one or two). */
const Services = lazyClass<ServiceDeps, ServiceSet>({
  organizations: (deps) => new OrganizationService(deps),
  members: (deps) => new MemberService(deps),
  directory: (deps) => new DirectoryService(deps),
  batches: (deps) => new BatchService(deps),
  partners: (deps, self) => new PartnerService(deps, self.members),
  reviews: (deps) => new AccessReviewService(deps),
  users: (deps) => new UserService(deps),
  teams: (deps) => new TeamService(deps),
  engagements: (deps) => new EngagementService(deps),
  memberships: (deps) => new GroupMembershipService(deps),
  joins: (deps) => new JoinService(deps),
  accessRequests: (deps) => new AccessRequestService(deps),
  content: (deps) => new ContentService(deps),
  subscriptions: (deps) => new SubscriptionService(deps),
  auditStream: (deps) => new AuditStreamService(deps),
  notifications: (deps) => new NotificationService(deps),
  viewerCan: (deps) => new ViewerCanService(deps),
  explain: (deps) => new ExplainService(deps),
  nodes: (deps) => new NodeService(deps),
  scimTokens: (deps) => new ScimTokenService(deps),
});

export interface ServiceSet {
  organizations: OrganizationService;
  members: MemberService;
  directory: DirectoryService;
  batches: BatchService;
  partners: PartnerService;
  reviews: AccessReviewService;
  users: UserService;
  teams: TeamService;
  engagements: EngagementService;
  memberships: GroupMembershipService;
  joins: JoinService;
  accessRequests: AccessRequestService;
  content: ContentService;
  subscriptions: SubscriptionService;
  auditStream: AuditStreamService;
  notifications: NotificationService;
  viewerCan: ViewerCanService;
  explain: ExplainService;
  nodes: NodeService;
  scimTokens: ScimTokenService;
}

export interface Context {
  requestId: string;
  viewer: User | null;
  loaders: Loaders;
  access: Access;
  /** Where this request's stale-tolerant reads go (primary, or a replica for read-only work). */
  reads: ReadRoute;
  services: ServiceSet;
  exportLinks: ExportLinks;
  /** Turned on by a mutation called with `dryRun: true` (src/schema.ts). */
  dryRun: DryRun;
  /** The gateway's base URL as an HTTP client reached it (for links it returns). */
  gatewayUrl?: string;
  /**
   * Subscriptions only: resolve the next event with the loaders its subscribers share and the
   * subscriber's access bound to them (SubscriptionService). graphql-js executes every event of
   * one subscription with one context, one event after the other, so rebinding is safe.
   */
  bindEvent(loaders: Loaders, access: Access): void;
  /**
   * Subscriptions only: once subscribed, drops the loaders (and their caches) and decisions of
   * the subscribe's own work, keeping the viewer's grants; each event binds its own loaders.
   */
  releaseLoaders(): void;
  /** Resolves once the events this request published are recorded; responses wait for it. */
  settled(): Promise<void>;
}

/**
 * Resolves the viewer from a bearer token; a present but bad token is UNAUTHENTICATED. The
 * viewer's memberships (its grants) come in the same statement as the user (`readViewer`).
 */
async function resolveViewer(
  app: AppDeps,
  token: string | undefined,
): Promise<{ viewer: User | null; relations?: RelationsRead }> {
  if (!token) return { viewer: null };
  const claims = await app.verifier.verify(token);
  let relations: RelationsRead | undefined;
  const user = await userForClaims(app, claims, async (subject) => {
    const read = await readViewer(app.db, subject);
    relations = read.relations;
    return read.user;
  });
  if (!user) throw tokenUserUnknown();
  // A first sign-in links another user than the subject named: its memberships load later.
  return { viewer: user, relations: relations?.byUser.has(user.id) ? relations : undefined };
}

/** Builds the per-request context; the same function serves HTTP and WebSocket operations. */
export async function buildContext(
  app: AppDeps,
  token: string | undefined,
  requestId = randomUUID(),
): Promise<Context> {
  const { viewer, relations } = await resolveViewer(app, token);
  const reads = new ReadRoute(app.db);
  const loaders = createLoaders(app.db, (work) => reads.stale(work));
  if (viewer && relations) primeViewer(loaders, viewer, relations);
  else if (viewer) loaders.user.prime(viewer.id, viewer);
  const access = app.accessFor?.(viewer, loaders) ?? new Access(viewer, loaders);
  const dryRun = new DryRun();
  const published = requestEvents(app.events);
  const deps: ServiceDeps = {
    db: app.db,
    // Once the request writes, its reads stay on the primary (read-your-writes).
    transact: dryRun.transactor((work) => {
      reads.noteWrite();
      return app.transact(work);
    }),
    reads,
    dryRun,
    clock: app.clock,
    loaders,
    access,
    viewer,
    events: published.events,
    publicUrl: app.publicUrl,
    maxRelationshipDays: app.maxRelationshipDays ?? 730,
    membershipDays: app.membershipDays ?? DEFAULT_MEMBERSHIP_DAYS,
  };
  const context: Context = {
    requestId,
    viewer,
    loaders,
    access,
    reads,
    services: new Services(deps),
    exportLinks: app.exportLinks,
    bindEvent(eventLoaders, eventAccess) {
      context.loaders = eventLoaders;
      context.access = eventAccess;
      context.services = new Services({ ...deps, loaders: eventLoaders, access: eventAccess });
    },
    releaseLoaders() {
      deps.loaders = createLoaders(app.db, (work) => reads.stale(work));
      deps.access = context.access.rebound(deps.loaders);
      context.bindEvent(deps.loaders, deps.access);
    },
    dryRun,
    settled: published.settled,
  };
  return context;
}
