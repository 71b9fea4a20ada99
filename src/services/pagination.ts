import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors';
import type { Loaders } from '../loaders';
import { MAX_PAGE_SIZE, PageFilter } from '../loaders/pages';

export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * A count that runs only when awaited: GraphQL awaits `totalCount` only when a client selects
 * it, so a page that does not ask for it costs no COUNT statement.
 */
export class LazyCount implements PromiseLike<number> {
  private promise?: Promise<number>;
  constructor(private readonly count: () => Promise<number>) {}
  then<A = number, B = never>(
    onFulfilled?: ((value: number) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    this.promise ??= this.count();
    return this.promise.then(onFulfilled, onRejected);
  }
}

/** A Relay connection as plain data. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: LazyCount;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`cursor:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^cursor:([1-9][0-9]{0,14})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match) throw new BadUserInputError('Invalid cursor.', 'after');
  return Number(match[1]);
}

/** Validates `first`/`after`. */
export function parsePage(args: PageArgs): { first: number; afterId?: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return { first, afterId: args.after ? decodeCursor(args.after) : undefined };
}

export function toConnection<T extends { id: number }>(
  rows: T[],
  hasNextPage: boolean,
  afterId: number | undefined,
  totalCount: () => Promise<number>,
  cursorIds: number[] = rows.map((r) => r.id),
): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(cursorIds[i]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: afterId !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: new LazyCount(totalCount),
  };
}

/** Pages an in-memory list already filtered for the viewer (short per-user lists). */
export function connectionOfList<T extends { id: number }>(
  all: T[],
  args: PageArgs,
): Connection<T> {
  const { first, afterId } = parsePage(args);
  const sorted = [...all].sort((a, b) => a.id - b.id);
  const rest = afterId === undefined ? sorted : sorted.filter((r) => r.id > afterId);
  return toConnection(rest.slice(0, first), rest.length > first, afterId, async () => all.length);
}

/** One page of a parent's children through the request's batched page and count loaders. */
export async function loadPage<K extends keyof Loaders['pages']>(
  loaders: Loaders,
  source: K,
  parentId: number,
  args: PageArgs,
  filter?: PageFilter,
): Promise<Connection<PageRow<K>> & { rows: PageRow<K>[] }> {
  const { first, afterId } = parsePage(args);
  const page = await loaders.pages[source].load({ parentId, first, afterId, filter });
  const rows = page.rows as PageRow<K>[];
  const count = () => loaders.counts[source].load({ parentId, filter });
  return { ...toConnection(rows, page.hasNextPage, afterId, count), rows };
}

type PageRow<K extends keyof Loaders['pages']> = Awaited<
  ReturnType<Loaders['pages'][K]['load']>
>['rows'][number] & {
  id: number;
};

/**
 * One page of an arbitrary query, by id cursor: `query` builds the filtered query afresh (once
 * for the page, once more for `totalCount` when selected).
 */
export async function pageOfQuery<T extends { id: number } & ObjectLiteral>(
  query: () => SelectQueryBuilder<T>,
  alias: string,
  args: PageArgs,
): Promise<Connection<T>> {
  const { first, afterId } = parsePage(args);
  const qb = query()
    .orderBy(`${alias}.id`, 'ASC')
    .limit(first + 1);
  if (afterId !== undefined) qb.andWhere(`${alias}.id > :afterId`, { afterId });
  const rows = await qb.getMany();
  return toConnection(rows.slice(0, first), rows.length > first, afterId, () => query().getCount());
}

export type SortDirection = 'ASC' | 'DESC';

/** Cursor of a list sorted by a column: the row's sort value and id (keyset pagination). */
function encodeSortCursor(value: string | number, id: number): string {
  return Buffer.from(`sort:${JSON.stringify([value, id])}`, 'utf8').toString('base64url');
}

function decodeSortCursor(cursor: string): [string | number, number] {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  try {
    if (!text.startsWith('sort:')) throw new Error('not a sort cursor');
    const [value, id] = JSON.parse(text.slice(5)) as unknown[];
    if ((typeof value === 'string' || typeof value === 'number') && Number.isInteger(id)) {
      return [value, id as number];
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError('Invalid cursor.', 'after');
}

/**
 * One page of a query sorted by `expression` then id, by keyset: the cursor carries the last
 * row's sort value and id, so a deep page costs what the first does (with an index on the
 * sort column).
 */
export async function sortedPageOfQuery<T extends { id: number } & ObjectLiteral>(
  query: () => SelectQueryBuilder<T>,
  alias: string,
  sort: { expression: string; valueOf: (row: T) => string | number; direction: SortDirection },
  args: PageArgs,
): Promise<Connection<T>> {
  const first = parsePage({ first: args.first }).first;
  const after = args.after ? decodeSortCursor(args.after) : undefined;
  const qb = query()
    .orderBy(sort.expression, sort.direction)
    .addOrderBy(`${alias}.id`, sort.direction)
    .limit(first + 1);
  if (after) {
    const op = sort.direction === 'ASC' ? '>' : '<';
    qb.andWhere(
      `(${sort.expression} ${op} :sortValue OR (${sort.expression} = :sortValue AND ${alias}.id ${op} :sortId))`,
      { sortValue: after[0], sortId: after[1] },
    );
  }
  const rows = await qb.getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({
    cursor: encodeSortCursor(sort.valueOf(node), node.id),
    node,
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: new LazyCount(() => query().getCount()),
  };
}
