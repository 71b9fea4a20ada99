import DataLoader from 'dataloader';
import {
  Brackets,
  DataSource,
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';

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
}

/** Largest page any connection serves; also bounds one loader batch. */
export const MAX_PAGE_SIZE = 100;
export const MAX_BATCH = 500;

function applyFilter<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  filter: PageFilter | undefined,
  prefix: string,
) {
  if (!filter) return;
  let n = 0;
  const param = () => `${prefix}${n++}`;
  for (const [column, values] of Object.entries(filter.in ?? {})) {
    if (values.length === 0) {
      qb.andWhere('1 = 0');
      continue;
    }
    const p = param();
    qb.andWhere(`${alias}.${column} IN (:...${p})`, { [p]: values });
  }
  for (const [column, value] of Object.entries(filter.eq ?? {})) {
    const p = param();
    qb.andWhere(`${alias}.${column} = :${p}`, { [p]: value });
  }
  for (const [column, values] of Object.entries(filter.notIn ?? {})) {
    if (values.length === 0) continue;
    const p = param();
    qb.andWhere(`${alias}.${column} NOT IN (:...${p})`, { [p]: values });
  }
  for (const [column, value] of Object.entries(filter.since ?? {})) {
    const p = param();
    qb.andWhere(`${alias}.${column} >= :${p}`, { [p]: value });
  }
  for (const [column, value] of Object.entries(filter.until ?? {})) {
    const p = param();
    qb.andWhere(`${alias}.${column} < :${p}`, { [p]: value });
  }
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
) {
  const { parentColumn: col } = source;

  function loadGroup(requests: readonly PageRequest[]): Promise<Map<number, T[]>> {
    return via((em) => queryGroup(em, requests));
  }

  async function queryGroup(
    em: EntityManager,
    requests: readonly PageRequest[],
  ): Promise<Map<number, T[]>> {
    const repo = em.getRepository(source.entity);
    const { size, cursorId: afterId, backward, filter } = requests[0];
    // Backward pages read the list reversed from the cursor, then turn the rows around.
    const order = backward ? (source.order === 'ASC' ? 'DESC' : 'ASC') : source.order;
    const cmp = order === 'ASC' ? '>' : '<';
    const parentIds = [...new Set(requests.map((r) => r.parentId))];
    const limit = size + 1;
    const qb = repo.createQueryBuilder('t');
    if (parentIds.length === 1) {
      qb.where(`t.${col} = :parentId`, { parentId: parentIds[0] });
      if (afterId !== undefined) qb.andWhere(`t.id ${cmp} :afterId`, { afterId });
      applyFilter(qb, 't', source.base, 'b');
      applyFilter(qb, 't', filter, 'f');
      qb.orderBy('t.id', order).limit(limit);
    } else {
      const inner = repo
        .createQueryBuilder('i')
        .select('i.id', 'id')
        .addSelect(`ROW_NUMBER() OVER (PARTITION BY i.${col} ORDER BY i.id ${order})`, 'rn')
        .where(`i.${col} IN (:...parentIds)`);
      if (afterId !== undefined) inner.andWhere(`i.id ${cmp} :afterId`);
      applyFilter(inner, 'i', source.base, 'b');
      applyFilter(inner, 'i', filter, 'f');
      qb.where(
        new Brackets((w) =>
          w.where(
            `t.id IN (SELECT ranked.id FROM (${inner.getQuery()}) ranked WHERE ranked.rn <= :limit)`,
          ),
        ),
      )
        .setParameters({ ...inner.getParameters(), parentIds, afterId, limit })
        .orderBy('t.id', order);
    }
    const rows = await qb.getMany();
    const byParent = new Map<number, T[]>();
    for (const row of rows) {
      const key = row[col] as number;
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
      for (const [fKey, { filter, parentIds }] of groups) {
        const rows = await via((em) => {
          const qb = em
            .getRepository(source.entity)
            .createQueryBuilder('t')
            .select(`t.${source.parentColumn}`, 'parentId')
            .addSelect('COUNT(*)', 'n')
            .where(`t.${source.parentColumn} IN (:...parentIds)`, { parentIds })
            .groupBy(`t.${source.parentColumn}`);
          applyFilter(qb, 't', source.base, 'b');
          applyFilter(qb, 't', filter, 'f');
          return qb.getRawMany<{ parentId: number; n: string | number }>();
        });
        for (const row of rows) {
          counts.set(`${Number(row.parentId)}|${fKey}`, Number(row.n));
        }
      }
      return requests.map((r) => counts.get(`${r.parentId}|${filterKey(r.filter)}`) ?? 0);
    },
    { cacheKeyFn: (r) => `${r.parentId}|${filterKey(r.filter)}`, maxBatchSize: MAX_BATCH },
  );
}
