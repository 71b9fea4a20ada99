import DataLoader from 'dataloader';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { bindable, Branch, fromOf, Part, placeholders, readRows, RowShape, shapeOf } from './rows';

/** How a loader runs its read: on the primary, or through a request's `ReadRoute.stale`. */
export type ReadVia = <R>(work: (em: EntityManager) => Promise<R>) => Promise<R>;

const onPrimary =
  (db: DataSource): ReadVia =>
  (work) =>
    work(db.manager);

/** One page of a parent's children, ordered by id; `hasMore` comes from fetching one more. */
export interface PageRequest {
  parentId: number;
  size: number;
  /** Exclusive id bound from the cursor. */
  cursorId?: number;
  /** The rows before the cursor (or the last ones) instead of after it. */
  backward: boolean;
  /** Extra restriction, part of the batching key (e.g. visible member organizations). */
  filter?: PageFilter;
}

export interface PageFilter {
  /** column → allowed values */
  in?: Record<string, (string | number)[]>;
  /** column → equal value */
  eq?: Record<string, string | number>;
  /** column → values excluded */
  notIn?: Record<string, (string | number)[]>;
  /** column → inclusive lower / exclusive upper bound (dates) */
  since?: Record<string, Date>;
  until?: Record<string, Date>;
}

export interface PageResult<T> {
  /** In the list's order, whichever way the page went. */
  rows: T[];
  /** More rows exist beyond the page in the direction of travel. */
  hasMore: boolean;
}

export interface PageSource<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  parentColumn: keyof T & string;
  order: 'ASC' | 'DESC';
  /** A restriction every query of this source has (e.g. relationships not ended). */
  base?: PageFilter;
  /** A row the page's nodes always show, read in the same statement (`column` holds its id). */
  join?: { entity: EntityTarget<ObjectLiteral>; column: keyof T & string };
}

/** Largest page any connection serves; also bounds one loader batch. */
export const MAX_PAGE_SIZE = 100;
export const MAX_BATCH = 500;

/** A filter as SQL on `alias` (property names mapped to columns), with its parameters. */
export function filterSql(
  db: DataSource,
  shape: RowShape<unknown>,
  alias: string,
  filter: PageFilter | undefined,
): { sql: string; params: unknown[] } {
  if (!filter) return { sql: '', params: [] };
  const q = (name: string) => db.driver.escape(name);
  const col = (property: string) => `${q(alias)}.${q(shape.columnOf(property))}`;
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [column, values] of Object.entries(filter.in ?? {})) {
    if (values.length === 0) {
      parts.push('1 = 0');
      continue;
    }
    parts.push(`${col(column)} IN (${placeholders(values.length)})`);
    params.push(...values);
  }
  for (const [column, value] of Object.entries(filter.eq ?? {})) {
    parts.push(`${col(column)} = ?`);
    params.push(value);
  }
  for (const [column, values] of Object.entries(filter.notIn ?? {})) {
    if (values.length === 0) continue;
    parts.push(`${col(column)} NOT IN (${placeholders(values.length)})`);
    params.push(...values);
  }
  for (const [column, value] of Object.entries(filter.since ?? {})) {
    parts.push(`${col(column)} >= ?`);
    params.push(value);
  }
  for (const [column, value] of Object.entries(filter.until ?? {})) {
    parts.push(`${col(column)} < ?`);
    params.push(value);
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** Both filters of a query (the source's base and the request's) on `alias`. */
function filtersOf<T extends ObjectLiteral>(
  db: DataSource,
  source: PageSource<T>,
  alias: string,
  filter: PageFilter | undefined,
): { sql: string; params: unknown[] } {
  const shape = shapeOf(db, source.entity) as RowShape<unknown>;
  const base = filterSql(db, shape, alias, source.base);
  const own = filterSql(db, shape, alias, filter);
  return { sql: base.sql + own.sql, params: [...base.params, ...own.params] };
}

function filterKey(filter?: PageFilter): string {
  return filter ? JSON.stringify(filter) : '';
}

/**
 * Pages of children for many parents in one statement: a single parent pages with LIMIT on its
 * index; several parents (a nested connection under a list) use ROW_NUMBER() per parent, which
 * both MariaDB ≥ 10.2 and SQLite ≥ 3.25 support.
 */
export function createPageLoader<T extends ObjectLiteral>(
  db: DataSource,
  source: PageSource<T>,
  via: ReadVia = onPrimary(db),
  onJoined?: (rows: ObjectLiteral[]) => void,
) {
  const q = (name: string) => db.driver.escape(name);
  const shape = shapeOf(db, source.entity);
  const col = q(shape.columnOf(source.parentColumn));
  const main: Part<T> = { shape, alias: 't' };
  const joined: Part<ObjectLiteral> | undefined = source.join && {
    shape: shapeOf(db, source.join.entity),
    alias: 'j',
  };
  const joinSql = source.join
    ? ` JOIN ${fromOf(db, joined!)} ON ${q('j')}.${q('id')} = ${q('t')}.${q(shape.columnOf(source.join.column))}`
    : '';

  function loadGroup(requests: readonly PageRequest[]): Promise<Map<number, T[]>> {
    return via((em) => queryGroup(em, requests));
  }

  /** The rows of one group of requests (same size, cursor, direction and filter). */
  function statementOf(requests: readonly PageRequest[]): Branch {
    const { size, cursorId: afterId, backward, filter } = requests[0];
    // Backward pages read the list reversed from the cursor, then turn the rows around.
    const order = backward ? (source.order === 'ASC' ? 'DESC' : 'ASC') : source.order;
    const cmp = order === 'ASC' ? '>' : '<';
    const parentIds = [...new Set(requests.map((r) => r.parentId))];
    const parts: Part[] = joined ? [main, joined] : [main];
    const id = q('id');
    if (parentIds.length === 1) {
      const f = filtersOf(db, source, 't', filter);
      return {
        kind: 'page',
        parts,
        rest:
          `FROM ${fromOf(db, main)}${joinSql} WHERE ${q('t')}.${col} = ?` +
          (afterId !== undefined ? ` AND ${q('t')}.${id} ${cmp} ?` : '') +
          `${f.sql} ORDER BY ${q('t')}.${id} ${order} LIMIT ${size + 1}`,
        params: [parentIds[0], ...(afterId !== undefined ? [afterId] : []), ...f.params],
      };
    }
    const f = filtersOf(db, source, 'i', filter);
    const inner =
      `SELECT ${q('i')}.${id} AS ${id}, ROW_NUMBER() OVER (PARTITION BY ${q('i')}.${col} ORDER BY ${q('i')}.${id} ${order}) AS ${q('rn')}` +
      ` FROM ${q(shape.table)} ${q('i')} WHERE ${q('i')}.${col} IN (${placeholders(parentIds.length)})` +
      (afterId !== undefined ? ` AND ${q('i')}.${id} ${cmp} ?` : '') +
      f.sql;
    return {
      kind: 'page',
      parts,
      rest:
        `FROM ${fromOf(db, main)}${joinSql} WHERE ${q('t')}.${id} IN (SELECT ${q('ranked')}.${id} FROM (${inner}) ${q('ranked')} WHERE ${q('ranked')}.${q('rn')} <= ${size + 1})` +
        ` ORDER BY ${q('t')}.${id} ${order}`,
      params: [...parentIds, ...(afterId !== undefined ? [afterId] : []), ...f.params],
    };
  }

  async function queryGroup(
    em: EntityManager,
    requests: readonly PageRequest[],
  ): Promise<Map<number, T[]>> {
    const rows = (await readRows(em, db, [statementOf(requests)])).get('page')!;
    if (onJoined) onJoined(rows.map((r) => r[1] as ObjectLiteral));
    const byParent = new Map<number, T[]>();
    for (const [row] of rows as [T][]) {
      const key = row[source.parentColumn] as number;
      const list = byParent.get(key) ?? [];
      list.push(row);
      byParent.set(key, list);
    }
    return byParent;
  }

  return new DataLoader<PageRequest, PageResult<T>, string>(
    async (requests) => {
      const groups = new Map<string, PageRequest[]>();
      for (const r of requests) {
        const key = `${r.size}|${r.cursorId ?? ''}|${r.backward}|${filterKey(r.filter)}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
      }
      const results = new Map<string, PageResult<T>>();
      for (const group of groups.values()) {
        const byParent = await loadGroup(group);
        for (const r of group) {
          const rows = (byParent.get(r.parentId) ?? []).slice(0, r.size);
          results.set(pageKey(r), {
            rows: r.backward ? rows.reverse() : rows,
            hasMore: (byParent.get(r.parentId)?.length ?? 0) > r.size,
          });
        }
      }
      return requests.map((r) => results.get(pageKey(r))!);
    },
    { cacheKeyFn: pageKey, maxBatchSize: MAX_BATCH },
  );
}

function pageKey(r: PageRequest): string {
  return `${r.parentId}|${r.size}|${r.cursorId ?? ''}|${r.backward}|${filterKey(r.filter)}`;
}

/** Counts children per parent in one GROUP BY statement. */
export function createCountLoader<T extends ObjectLiteral>(
  db: DataSource,
  source: PageSource<T>,
  via: ReadVia = onPrimary(db),
) {
  const q = (name: string) => db.driver.escape(name);
  return new DataLoader<{ parentId: number; filter?: PageFilter }, number, string>(
    async (requests) => {
      const groups = new Map<string, { filter?: PageFilter; parentIds: number[] }>();
      for (const r of requests) {
        const key = filterKey(r.filter);
        const group = groups.get(key) ?? { filter: r.filter, parentIds: [] };
        group.parentIds.push(r.parentId);
        groups.set(key, group);
      }
      const counts = new Map<string, number>();
      const shape = shapeOf(db, source.entity);
      const parent = q(shape.columnOf(source.parentColumn));
      for (const [fKey, { filter, parentIds }] of groups) {
        const f = filtersOf(db, source, 't', filter);
        const rows = await via(
          (em) =>
            em.query(
              `SELECT ${q('t')}.${parent} AS ${q('parentId')}, COUNT(*) AS ${q('n')} FROM ${q(shape.table)} ${q('t')}` +
                ` WHERE ${q('t')}.${parent} IN (${placeholders(parentIds.length)})${f.sql} GROUP BY ${q('t')}.${parent}`,
              [...parentIds, ...f.params].map((v) => bindable(db, v)),
            ) as Promise<{ parentId: number; n: string | number }[]>,
        );
        for (const row of rows) {
          counts.set(`${Number(row.parentId)}|${fKey}`, Number(row.n));
        }
      }
      return requests.map((r) => counts.get(`${r.parentId}|${filterKey(r.filter)}`) ?? 0);
    },
    { cacheKeyFn: (r) => `${r.parentId}|${filterKey(r.filter)}`, maxBatchSize: MAX_BATCH },
  );
}
