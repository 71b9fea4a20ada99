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
import { lazyClass } from '../lazyClass';
import { SettledLoader } from './settled';
import { fromOf, Part, placeholders, readRows, RowShape, shapeOf } from './rows';

/** Rows by id, one statement per batch; `loadNow` answers rows it holds without a promise. */
function byId<T extends ObjectLiteral & { id: number }>(db: DataSource, entity: EntityTarget<T>) {
  return new SettledLoader<number, T | null>(
    readGroupedBy(db, entity, 'id' as keyof T & string, undefined, (rows: T[]) => rows[0] ?? null),
    { maxBatchSize: MAX_BATCH },
  );
}

/** Rows grouped by a column (`base` restricts them), one statement per batch. */
function groupedBy<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  base?: PageFilter,
) {
  const batch = readGroupedBy(db, entity, column, base, (rows: T[]) => rows);
  return new DataLoader<number, T[]>(batch, { maxBatchSize: MAX_BATCH });
}

/** The batch function of `groupedBy`: each key's rows, made into its result by `result`. */
function readGroupedBy<T extends ObjectLiteral, R>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  base: PageFilter | undefined,
  result: (rows: T[]) => R,
): DataLoader.BatchLoadFn<number, R> {
  const part: Part<T> = { shape: shapeOf(db, entity), alias: 't' };
  const q = (name: string) => db.driver.escape(name);
  return async (keys) => {
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
  };
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

/** What a request's loaders read with. */
interface LoaderDeps {
  db: DataSource;
  via?: ReadVia;
  /** Offers rows a page read joined to its own (the members' users) to the loaders by id. */
  primeJoined: (rows: ObjectLiteral[]) => void;
  /** Offers the rows memberships point to (read with them) to the loaders by id. */
  primeRelated: (related: RelatedRows) => void;
}

/** What the membership views read through: the one statement of `relationsOfUser`. */
type WithRelations = { relationsOfUser: DataLoader<number, UserRelations> };

type PageLoaders = {
  [K in keyof Sources]: ReturnType<typeof createPageLoader<EntityOf<Sources[K]>>>;
};
type CountLoaders = {
  [K in keyof Sources]: ReturnType<typeof createCountLoader<EntityOf<Sources[K]>>>;
};

function perSource<R>(make: (deps: LoaderDeps, source: PageSource<never>) => R) {
  return Object.fromEntries(
    Object.entries(PAGE_SOURCES).map(([name, source]) => [
      name,
      (deps: LoaderDeps) => make(deps, source as PageSource<never>),
    ]),
  ) as { [K in keyof Sources]: (deps: LoaderDeps) => R };
}

const Pages = lazyClass<LoaderDeps, PageLoaders>(
  perSource(({ db, via, primeJoined }, source) => createPageLoader(db, source, via, primeJoined)),
);
const Counts = lazyClass<LoaderDeps, CountLoaders>(
  perSource(({ db, via }, source) => createCountLoader(db, source, via)),
);

/** Number of teams of each member, keyed `<organizationId>:<userId>`. */
function teamCountOfMember(db: DataSource) {
  return new DataLoader<string, number>(
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
  );
}

/** A user's organization, team and group memberships, with what they point to: one statement. */
function relationsOfUser({ db, primeRelated }: LoaderDeps) {
  return new DataLoader<number, UserRelations>(
    async (userIds) => {
      const { byUser, related } = await readRelations(db, userIds);
      primeRelated(related);
      return userIds.map((id) => byUser.get(id)!);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/**
 * Every loader a request uses, each made on first use (issue 7: ~65 eager DataLoaders made
 * ~50 KB per idle subscription and garbage on every request).
 */
const LoaderSet = lazyClass({
  user: ({ db }: LoaderDeps) => byId(db, User),
  organization: ({ db }: LoaderDeps) => byId(db, Organization),
  organizationMember: ({ db }: LoaderDeps) => byId(db, OrganizationMember),
  relationship: ({ db }: LoaderDeps) => byId(db, ManagedRelationship),
  team: ({ db }: LoaderDeps) => byId(db, Team),
  teamMember: ({ db }: LoaderDeps) => byId(db, TeamMember),
  program: ({ db }: LoaderDeps) => byId(db, Program),
  engagement: ({ db }: LoaderDeps) => byId(db, Engagement),
  groupMembership: ({ db }: LoaderDeps) => byId(db, GroupMembership),
  auditEvent: ({ db }: LoaderDeps) => byId(db, AuditEvent),
  accessRequest: ({ db }: LoaderDeps) => byId(db, AccessRequest),
  contentPackage: ({ db }: LoaderDeps) => byId(db, ContentPackage),
  feedback: ({ db }: LoaderDeps) => byId(db, Feedback),
  notification: ({ db }: LoaderDeps) => byId(db, Notification),
  permissionSet: ({ db }: LoaderDeps) => byId(db, PermissionSet),
  accessLink: ({ db }: LoaderDeps) => byId(db, AccessLink),
  accessReview: ({ db }: LoaderDeps) => byId(db, AccessReview),
  accessReviewItem: ({ db }: LoaderDeps) => byId(db, AccessReviewItem),
  permissionSetsOfClient: ({ db }: LoaderDeps) =>
    groupedBy(db, PermissionSet, 'clientOrganizationId'),
  teamCountOfMember: ({ db }: LoaderDeps) => teamCountOfMember(db),
  /** Organizations an engagement is offered to (R-EN-2). */
  audienceOfEngagement: ({ db }: LoaderDeps) => groupedBy(db, EngagementAudience, 'engagementId'),
  /** Relationships that manage a client organization and have not ended. */
  managersOfClient: ({ db }: LoaderDeps) =>
    groupedBy(db, ManagedRelationship, 'clientOrganizationId', NOT_ENDED),
  relationsOfUser: (deps: LoaderDeps) => relationsOfUser(deps),
  membershipsOfUser: (_: LoaderDeps, self: WithRelations) =>
    relationView(() => self.relationsOfUser, 'memberships'),
  teamMembershipsOfUser: (_: LoaderDeps, self: WithRelations) =>
    relationView(() => self.relationsOfUser, 'teams'),
  groupMembershipsOfUser: (_: LoaderDeps, self: WithRelations) =>
    relationView(() => self.relationsOfUser, 'groups'),
  accessRequestsOfUser: ({ db }: LoaderDeps) => groupedBy(db, AccessRequest, 'requesterUserId'),
  pages: (deps: LoaderDeps) => new Pages(deps),
  counts: (deps: LoaderDeps) => new Counts(deps),
});

/**
 * Every loader a request uses; created per request so caches never cross viewers. List pages and
 * counts read through `via` (a request's `ReadRoute`: a replica when allowed); loads by id and the
 * relations permission checks use always read the primary.
 */
export function createLoaders(db: DataSource, via?: ReadVia) {
  const deps: LoaderDeps = {
    db,
    via,
    primeJoined: (rows) => {
      for (const row of rows) primeRow(loaders, row);
    },
    primeRelated: (related) => primeRelated(loaders, related),
  };
  const loaders = new LoaderSet(deps);
  return loaders;
}

export type Loaders = InstanceType<typeof LoaderSet>;

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
