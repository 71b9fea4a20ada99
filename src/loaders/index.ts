import DataLoader from 'dataloader';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
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
import {
  createCountLoader,
  createPageLoader,
  filterSql,
  MAX_BATCH,
  PageFilter,
  PageSource,
  ReadVia,
} from './pages';
import { readRelations, RelatedRows, RelationsRead, UserRelations } from './relations';
import { fromOf, Part, placeholders, readRows, RowShape, shapeOf } from './rows';

/** Rows by id, one statement per batch. */
function byId<T extends ObjectLiteral & { id: number }>(db: DataSource, entity: EntityTarget<T>) {
  return groupedBy(db, entity, 'id' as keyof T & string, undefined, (rows: T[]) => rows[0] ?? null);
}

/** Rows grouped by a column (`base` restricts them), one statement per batch. */
function groupedBy<T extends ObjectLiteral, R = T[]>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  base?: PageFilter,
  result: (rows: T[]) => R = (rows) => rows as R,
) {
  const part: Part<T> = { shape: shapeOf(db, entity), alias: 't' };
  const q = (name: string) => db.driver.escape(name);
  return new DataLoader<number, R>(
    async (keys) => {
      const f = filterSql(db, part.shape as RowShape<unknown>, 't', base);
      const rows = await readRows(db, db, [
        {
          kind: 'rows',
          parts: [part as Part],
          rest: `FROM ${fromOf(db, part as Part)} WHERE ${q('t')}.${q(part.shape.columnOf(column))} IN (${placeholders(keys.length)})${f.sql}`,
          params: [...keys, ...f.params],
        },
      ]);
      const map = new Map<number, T[]>();
      for (const [row] of rows.get('rows')! as [T][]) {
        const key = row[column] as number;
        const list = map.get(key);
        if (list) list.push(row);
        else map.set(key, [row]);
      }
      return keys.map((k) => result(map.get(k) ?? []));
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** A user's memberships of one kind, read through the shared `relationsOfUser` loader. */
export interface RelationView<T> {
  load(userId: number): Promise<T>;
  /** Forgets the user's memberships of every kind (after a command changed them). */
  clear(userId: number): RelationView<T>;
}

function relationView<K extends keyof UserRelations>(
  relations: () => DataLoader<number, UserRelations>,
  kind: K,
): RelationView<UserRelations[K]> {
  const view: RelationView<UserRelations[K]> = {
    load: async (userId: number): Promise<UserRelations[K]> =>
      (await relations().load(userId))[kind],
    clear: (userId: number) => {
      relations().clear(userId);
      return view;
    },
  };
  return view;
}

const NOT_ENDED: PageFilter = { notIn: { status: [RelationshipStatus.ENDED] } };

export const PAGE_SOURCES = {
  organizationMembers: {
    entity: OrganizationMember,
    parentColumn: 'organizationId',
    order: 'ASC',
    join: { entity: User, column: 'userId' },
  },
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
  // Rows a page reads joined to its own (the members' users) prime the loaders by id.
  const primeJoined = (rows: ObjectLiteral[]) => {
    for (const row of rows) primeRow(loaders, row);
  };
  const pages = lazy(perSource((source) => createPageLoader(db, source, via, primeJoined))) as {
    [K in keyof Sources]: ReturnType<typeof createPageLoader<EntityOf<Sources[K]>>>;
  };
  const counts = lazy(perSource((source) => createCountLoader(db, source, via))) as {
    [K in keyof Sources]: ReturnType<typeof createCountLoader<EntityOf<Sources[K]>>>;
  };
  let relations: DataLoader<number, UserRelations> | undefined;
  const relationsOfUser = (): DataLoader<number, UserRelations> =>
    (relations ??= new DataLoader<number, UserRelations>(
      async (userIds) => {
        const { byUser, related } = await readRelations(db, userIds);
        primeRelated(loaders, related);
        return userIds.map((id) => byUser.get(id)!);
      },
      { maxBatchSize: MAX_BATCH },
    ));
  const loaders = lazy({
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
    managersOfClient: () => groupedBy(db, ManagedRelationship, 'clientOrganizationId', NOT_ENDED),
    /** A user's organization, team and group memberships, with what they point to: one statement. */
    relationsOfUser,
    membershipsOfUser: () => relationView(relationsOfUser, 'memberships'),
    teamMembershipsOfUser: () => relationView(relationsOfUser, 'teams'),
    groupMembershipsOfUser: () => relationView(relationsOfUser, 'groups'),
    accessRequestsOfUser: () => groupedBy(db, AccessRequest, 'requesterUserId'),
    pages: () => pages,
    counts: () => counts,
  });
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Offers a row read elsewhere to its loader by id (a loader keeps what it already holds). */
function primeRow(loaders: Loaders, row: ObjectLiteral): void {
  if (row instanceof User) loaders.user.prime(row.id, row);
  else if (row instanceof Organization) loaders.organization.prime(row.id, row);
  else if (row instanceof Team) loaders.team.prime(row.id, row);
  else if (row instanceof Program) loaders.program.prime(row.id, row);
  else if (row instanceof Engagement) loaders.engagement.prime(row.id, row);
  else if (row instanceof PermissionSet) loaders.permissionSet.prime(row.id, row);
}

function primeRelated(loaders: Loaders, related: RelatedRows): void {
  for (const rows of Object.values(related)) for (const row of rows) primeRow(loaders, row);
}

/** Primes a request's loaders with the viewer and its memberships read at sign-in. */
export function primeViewer(loaders: Loaders, viewer: User, read: RelationsRead): void {
  loaders.user.prime(viewer.id, viewer);
  const relations = read.byUser.get(viewer.id);
  if (relations) loaders.relationsOfUser.prime(viewer.id, relations);
  primeRelated(loaders, read.related);
}
