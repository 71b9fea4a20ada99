import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import type { Loaders } from '../loaders';
import { MAX_PAGE_SIZE, PageFilter } from '../loaders/pages';
import { inIdOrder } from '../loaders/rows';
import { invalidPageCursor, pageDirectionsMixed, pageSizeOutOfRange } from './common/errors';

export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * A validated page request: `size` rows after the cursor (`first`/`after`), or, `backward`, the
 * `size` rows just before it (`last`/`before`; without a cursor the last ones), still served in
 * the list's order.
 */
export interface PageWindow {
  size: number;
  /** Exclusive id bound from the cursor. */
  cursorId?: number;
  backward: boolean;
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

function decodeCursor(cursor: string, field: string): number {
  const match = /^cursor:([1-9][0-9]{0,14})$/.exec(
    Buffer.from(cursor, 'base64url').toString('utf8'),
  );
  if (!match) throw invalidPageCursor(field);
  return Number(match[1]);
}

/** Which way a page goes and how many rows: BAD_USER_INPUT when both ways are asked. */
export function pageDirection(args: PageArgs): { size: number; backward: boolean } {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw pageDirectionsMixed(args.first != null ? 'first' : 'after');
  }
  const field = backward ? 'last' : 'first';
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw pageSizeOutOfRange(field, MAX_PAGE_SIZE);
  }
  return { size, backward };
}

/** Validates `first`/`after` or `last`/`before` of an id-ordered list. */
export function parsePage(args: PageArgs): PageWindow {
  const { size, backward } = pageDirection(args);
  const cursor = backward ? args.before : args.after;
  return {
    size,
    backward,
    cursorId: cursor ? decodeCursor(cursor, backward ? 'before' : 'after') : undefined,
  };
}

/**
 * The keyset query of a window on a list ordered `order` by `column`: rows beyond the cursor in
 * the direction of travel, one more than the page to learn whether more exist.
 */
export function keysetOf(
  order: SortDirection,
  window: PageWindow,
): { cmp: '>' | '<'; order: SortDirection; limit: number } {
  const travel = window.backward ? (order === 'ASC' ? 'DESC' : 'ASC') : order;
  return { cmp: travel === 'ASC' ? '>' : '<', order: travel, limit: window.size + 1 };
}

/** Restricts, orders and limits an id-ordered query to the window (see `keysetOf`). */
export function applyKeyset<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  order: SortDirection,
  window: PageWindow,
): SelectQueryBuilder<T> {
  const k = keysetOf(order, window);
  if (window.cursorId !== undefined) {
    qb.andWhere(`${column} ${k.cmp} :cursorId`, { cursorId: window.cursorId });
  }
  return qb.orderBy(column, k.order).limit(k.limit);
}

/** The page out of the rows a keyset query fetched (size + 1, in travel order). */
export function pageOfFetched<T>(
  fetched: T[],
  window: PageWindow,
): { rows: T[]; hasMore: boolean } {
  const rows = fetched.slice(0, window.size);
  return { rows: window.backward ? rows.reverse() : rows, hasMore: fetched.length > window.size };
}

/** Relay page info: `hasMore` is about the direction of travel; a cursor means rows behind it. */
export function pageInfoOf(
  window: { backward: boolean; cursor: boolean },
  hasMore: boolean,
  edges: Edge<unknown>[],
): Connection<unknown>['pageInfo'] {
  return new PageInfo(
    window.backward ? window.cursor : hasMore,
    window.backward ? hasMore : window.cursor,
    edges,
  );
}

/**
 * Page info whose cursors are encoded only when read, like `IdEdge`'s: most nested lists of a
 * page select neither (issue 17).
 */
class PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly edges: Edge<unknown>[],
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

/** An edge of an id-ordered list; its cursor is encoded only when a client selects it. */
class IdEdge<T> implements Edge<T> {
  constructor(
    readonly node: T,
    private readonly cursorId: number,
  ) {}

  get cursor(): string {
    return encodeCursor(this.cursorId);
  }
}

/** A connection of a page already in list order (`pageOfFetched`). */
export function toConnection<T extends { id: number }>(
  rows: T[],
  hasMore: boolean,
  window: PageWindow,
  totalCount: () => Promise<number>,
  cursorIds: number[] = rows.map((r) => r.id),
): Connection<T> {
  const edges = rows.map((node, i) => new IdEdge(node, cursorIds[i]));
  return {
    edges,
    pageInfo: pageInfoOf(
      { backward: window.backward, cursor: window.cursorId !== undefined },
      hasMore,
      edges,
    ),
    totalCount: new LazyCount(totalCount),
  };
}

/** Pages an in-memory list already filtered for the viewer (short per-user lists). */
export function connectionOfList<T extends { id: number }>(
  all: T[],
  args: PageArgs,
): Connection<T> {
  const window = parsePage(args);
  const { cursorId, backward } = window;
  const sorted = inIdOrder(all, backward);
  const rest =
    cursorId === undefined
      ? sorted
      : sorted.filter((r) => (backward ? r.id < cursorId : r.id > cursorId));
  const { rows, hasMore } = pageOfFetched(rest.slice(0, window.size + 1), window);
  return toConnection(rows, hasMore, window, async () => all.length);
}

/** One page of a parent's children through the request's batched page and count loaders. */
export async function loadPage<K extends keyof Loaders['pages']>(
  loaders: Loaders,
  source: K,
  parentId: number,
  args: PageArgs,
  filter?: PageFilter,
): Promise<Connection<PageRow<K>> & { rows: PageRow<K>[]; hasMore: boolean }> {
  const window = parsePage(args);
  const page = await loaders.pages[source].load({ parentId, ...window, filter });
  const rows = page.rows as PageRow<K>[];
  const count = () => loaders.counts[source].load({ parentId, filter });
  return { ...toConnection(rows, page.hasMore, window, count), rows, hasMore: page.hasMore };
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
  const window = parsePage(args);
  const fetched = await applyKeyset(query(), `${alias}.id`, 'ASC', window).getMany();
  const { rows, hasMore } = pageOfFetched(fetched, window);
  return toConnection(rows, hasMore, window, () => query().getCount());
}

export type SortDirection = 'ASC' | 'DESC';

/** Cursor of a list sorted by a column: the row's sort value and id (keyset pagination). */
function encodeSortCursor(value: string | number, id: number): string {
  return Buffer.from(`sort:${JSON.stringify([value, id])}`, 'utf8').toString('base64url');
}

function decodeSortCursor(cursor: string, field: string): [string | number, number] {
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
  throw invalidPageCursor(field);
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
  const { size, backward } = pageDirection(args);
  const raw = backward ? args.before : args.after;
  const cursor = raw ? decodeSortCursor(raw, backward ? 'before' : 'after') : undefined;
  const k = keysetOf(sort.direction, { size, backward });
  const qb = query()
    .orderBy(sort.expression, k.order)
    .addOrderBy(`${alias}.id`, k.order)
    .limit(k.limit);
  if (cursor) {
    qb.andWhere(
      `(${sort.expression} ${k.cmp} :sortValue OR (${sort.expression} = :sortValue AND ${alias}.id ${k.cmp} :sortId))`,
      { sortValue: cursor[0], sortId: cursor[1] },
    );
  }
  const { rows, hasMore } = pageOfFetched(await qb.getMany(), { size, backward });
  const edges = rows.map((node) => ({
    cursor: encodeSortCursor(sort.valueOf(node), node.id),
    node,
  }));
  return {
    edges,
    pageInfo: pageInfoOf({ backward, cursor: cursor !== undefined }, hasMore, edges),
    totalCount: new LazyCount(() => query().getCount()),
  };
}
