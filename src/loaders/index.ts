import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, Not, ObjectLiteral } from 'typeorm';
import {
  TeamJoinRequest,
  AccessLink,
  AccessReview,
  AccessReviewItem,
  AccessRequest,
  PermissionSet,
  AuditEvent,
  ContentPackage,
  EngagementAudience,
  Feedback,
  Notification,
  ScimToken,
  Engagement,
  GroupMembership,
  ManagedRelationship,
  Organization,
  OrganizationMember,
  Program,
  Team,
  TeamMember,
  User,
} from '../../entities';
import { RelationshipStatus } from '../../entities/enums';
import { createCountLoader, createPageLoader, MAX_BATCH, PageSource, ReadVia } from './pages';

function byId<T extends ObjectLiteral & { id: number }>(db: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(
    async (ids) => {
      const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

function groupedBy<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  extra: Record<string, unknown> = {},
) {
  return new DataLoader<number, T[]>(
    async (keys) => {
      const rows = await db
        .getRepository(entity)
        .findBy({ [column]: In([...keys]), ...extra } as never);
      const map = new Map<number, T[]>();
      for (const row of rows) {
        const key = row[column] as number;
        map.set(key, [...(map.get(key) ?? []), row]);
      }
      return keys.map((k) => map.get(k) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

const NOT_ENDED = { notIn: { status: [RelationshipStatus.ENDED] } };

export const PAGE_SOURCES = {
  organizationMembers: { entity: OrganizationMember, parentColumn: 'organizationId', order: 'ASC' },
  organizationTeams: { entity: Team, parentColumn: 'organizationId', order: 'ASC' },
  organizationClients: {
    entity: ManagedRelationship,
    parentColumn: 'managerOrganizationId',
    order: 'ASC',
    base: NOT_ENDED,
  },
  organizationManagers: {
    entity: ManagedRelationship,
    parentColumn: 'clientOrganizationId',
    order: 'ASC',
    base: NOT_ENDED,
  },
  organizationPrograms: { entity: Program, parentColumn: 'hostOrganizationId', order: 'ASC' },
  organizationAuditEvents: { entity: AuditEvent, parentColumn: 'organizationId', order: 'DESC' },
  programEngagements: { entity: Engagement, parentColumn: 'programId', order: 'ASC' },
  programMembers: { entity: GroupMembership, parentColumn: 'programId', order: 'ASC' },
  engagementMembers: { entity: GroupMembership, parentColumn: 'engagementId', order: 'ASC' },
  teamMembers: { entity: TeamMember, parentColumn: 'teamId', order: 'ASC' },
  engagementAccessRequests: { entity: AccessRequest, parentColumn: 'engagementId', order: 'DESC' },
  userAccessRequests: { entity: AccessRequest, parentColumn: 'requesterUserId', order: 'DESC' },
  engagementContent: { entity: ContentPackage, parentColumn: 'engagementId', order: 'DESC' },
  engagementFeedback: { entity: Feedback, parentColumn: 'engagementId', order: 'DESC' },
  teamJoinRequests: { entity: TeamJoinRequest, parentColumn: 'teamId', order: 'ASC' },
  clientAccessLinks: { entity: AccessLink, parentColumn: 'clientOrganizationId', order: 'DESC' },
  userNotifications: { entity: Notification, parentColumn: 'recipientUserId', order: 'DESC' },
  organizationScimTokens: { entity: ScimToken, parentColumn: 'organizationId', order: 'DESC' },
} as const satisfies Record<string, PageSource<never>>;

type Sources = typeof PAGE_SOURCES;
type EntityOf<S> = S extends { entity: new () => infer T } ? T : never;

/**
 * An object whose properties are made on first read and then kept: a request (or a long-lived
 * subscription) pays only for the loaders it uses (issue 7: ~65 eager DataLoaders made ~50 KB
 * per idle subscription and garbage on every request).
 */
function lazy<T extends Record<string, () => unknown>>(
  factories: T,
): { [K in keyof T]: ReturnType<T[K]> } {
  const made = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(factories)) {
    Object.defineProperty(made, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = factories[key]();
        Object.defineProperty(made, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return made;
}

function perSource<R>(make: (source: PageSource<never>) => R) {
  return Object.fromEntries(
    Object.entries(PAGE_SOURCES).map(([name, source]) => [
      name,
      () => make(source as PageSource<never>),
    ]),
  ) as { [K in keyof Sources]: () => R };
}

/**
 * Every loader a request uses; created per request so caches never cross viewers. List pages and
 * counts read through `via` (a request's `ReadRoute`: a replica when allowed); loads by id and the
 * relations permission checks use always read the primary.
 */
export function createLoaders(db: DataSource, via?: ReadVia) {
  const pages = lazy(perSource((source) => createPageLoader(db, source, via))) as {
    [K in keyof Sources]: ReturnType<typeof createPageLoader<EntityOf<Sources[K]>>>;
  };
  const counts = lazy(perSource((source) => createCountLoader(db, source, via))) as {
    [K in keyof Sources]: ReturnType<typeof createCountLoader<EntityOf<Sources[K]>>>;
  };
  return lazy({
    user: () => byId(db, User),
    organization: () => byId(db, Organization),
    organizationMember: () => byId(db, OrganizationMember),
    relationship: () => byId(db, ManagedRelationship),
    team: () => byId(db, Team),
    teamMember: () => byId(db, TeamMember),
    program: () => byId(db, Program),
    engagement: () => byId(db, Engagement),
    groupMembership: () => byId(db, GroupMembership),
    auditEvent: () => byId(db, AuditEvent),
    accessRequest: () => byId(db, AccessRequest),
    contentPackage: () => byId(db, ContentPackage),
    feedback: () => byId(db, Feedback),
    notification: () => byId(db, Notification),
    permissionSet: () => byId(db, PermissionSet),
    accessLink: () => byId(db, AccessLink),
    accessReview: () => byId(db, AccessReview),
    accessReviewItem: () => byId(db, AccessReviewItem),
    permissionSetsOfClient: () => groupedBy(db, PermissionSet, 'clientOrganizationId'),
    /** Number of teams of a member, keyed `<organizationId>:<userId>`. */
    teamCountOfMember: () =>
      new DataLoader<string, number>(
        async (keys) => {
          const pairs = keys.map((k) => k.split(':').map(Number));
          const orgIds = [...new Set(pairs.map(([o]) => o))];
          const userIds = [...new Set(pairs.map(([, u]) => u))];
          const rows = await db
            .getRepository(TeamMember)
            .createQueryBuilder('t')
            .select('t.organizationId', 'organizationId')
            .addSelect('t.userId', 'userId')
            .addSelect('COUNT(*)', 'count')
            .where('t.organizationId IN (:...orgIds) AND t.userId IN (:...userIds)', {
              orgIds,
              userIds,
            })
            .groupBy('t.organizationId')
            .addGroupBy('t.userId')
            .getRawMany<{ organizationId: number; userId: number; count: string | number }>();
          const counts = new Map(
            rows.map((r) => [`${Number(r.organizationId)}:${Number(r.userId)}`, Number(r.count)]),
          );
          return keys.map((k) => counts.get(k) ?? 0);
        },
        { maxBatchSize: MAX_BATCH },
      ),
    /** Organizations an engagement is offered to (R-EN-2). */
    audienceOfEngagement: () => groupedBy(db, EngagementAudience, 'engagementId'),
    /** Relationships that manage a client organization and have not ended. */
    managersOfClient: () =>
      groupedBy(db, ManagedRelationship, 'clientOrganizationId', {
        status: Not(RelationshipStatus.ENDED),
      }),
    membershipsOfUser: () => groupedBy(db, OrganizationMember, 'userId'),
    teamMembershipsOfUser: () => groupedBy(db, TeamMember, 'userId'),
    groupMembershipsOfUser: () => groupedBy(db, GroupMembership, 'userId'),
    accessRequestsOfUser: () => groupedBy(db, AccessRequest, 'requesterUserId'),
    pages: () => pages,
    counts: () => counts,
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
