import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Rows per INSERT: one statement per chunk keeps 10,000 rows within packet and variable limits. */
export const ROWS_PER_INSERT = 500;

/**
 * Inserts `rows` as multi-row statements of at most ROWS_PER_INSERT rows and returns each row's
 * identifiers, in order. TypeORM gives every row of a multi-row insert its generated id on both
 * drivers: MariaDB ≥ 10.5 through RETURNING (older servers: the first insert id counted up,
 * consecutive for a simple insert), SQLite from the last rowid counted down (one writer).
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: object[],
): Promise<ObjectLiteral[]> {
  const identifiers: ObjectLiteral[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    identifiers.push(...(await em.insert(entity, chunk as never)).identifiers);
  }
  return identifiers;
}

interface StagedRows {
  entity: EntityTarget<ObjectLiteral>;
  rows: object[];
  inserted: (identifiers: ObjectLiteral[]) => void;
}

/** Rows the transactor's transactions insert just before they commit, by transaction. */
const staged = new WeakMap<EntityManager, StagedRows[]>();

/** Called by the transactor for each transaction it runs: `insertAtCommit` may defer there. */
export function openStaging(em: EntityManager): void {
  staged.set(em, []);
}

/**
 * Inserts `rows` with the commit of the transactor's transaction `em`, together with every other
 * row of `entity` the transaction staged (a batch auditing 50 users writes one statement, not
 * 50), then calls `inserted` with their identifiers. Outside such a transaction it inserts now.
 * Nothing in the transaction may read these rows back before it commits.
 */
export async function insertAtCommit(
  em: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  rows: object[],
  inserted: (identifiers: ObjectLiteral[]) => void,
): Promise<void> {
  const list = staged.get(em);
  if (list) list.push({ entity, rows, inserted });
  else inserted(await insertRows(em, entity, rows));
}

/** Writes what `insertAtCommit` staged in `em`: one multi-row insert per entity, in order. */
export async function writeStagedRows(em: EntityManager): Promise<void> {
  const list = staged.get(em) ?? [];
  staged.delete(em);
  const byEntity = new Map<EntityTarget<ObjectLiteral>, StagedRows[]>();
  for (const s of list) byEntity.set(s.entity, [...(byEntity.get(s.entity) ?? []), s]);
  for (const [entity, parts] of byEntity) {
    const identifiers = await insertRows(
      em,
      entity,
      parts.flatMap((p) => p.rows),
    );
    let start = 0;
    for (const part of parts) {
      part.inserted(identifiers.slice(start, start + part.rows.length));
      start += part.rows.length;
    }
  }
}

/** Ids per statement of `insertPerId`: a JSON array of 10,000 ids is about 60 KB. */
export const IDS_PER_INSERT = 10_000;

/**
 * The ids of a JSON array parameter as a table `r` with one column, `r.id`: JSON_TABLE on
 * MySQL 8 and MariaDB 10.6 and later, json_each on SQLite. A read of no table, so it takes no
 * row lock (an INSERT … SELECT from a table share-locks the rows it reads on InnoDB).
 */
function idsTable(em: EntityManager): string {
  return em.connection.options.type === 'better-sqlite3'
    ? '(SELECT value AS id FROM json_each(?)) AS r'
    : "JSON_TABLE(?, '$[*]' COLUMNS (id BIGINT PATH '$')) AS r";
}

/**
 * Inserts one row per id of `ids`: `idProperty` set to the id, and the same `values` in every
 * row (converted once, as TypeORM persists them: dates, JSON). One INSERT … SELECT per
 * IDS_PER_INSERT ids, over the ids passed as one JSON array: 10,000 outbox notifications of one
 * access request are one small statement, not 3 MB of VALUES the server parses (issue 17).
 * Returns nothing: for rows whose generated ids nobody reads back.
 */
export async function insertPerId<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  idProperty: keyof T & string,
  ids: readonly number[],
  values: Partial<T>,
): Promise<void> {
  const metadata = em.connection.getMetadata(entity);
  const { driver } = em.connection;
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${metadata.name} has no column ${property}`);
    return found;
  };
  const constants = Object.keys(values).map(column);
  const names = [column(idProperty), ...constants].map((c) => driver.escape(c.databaseName));
  const parameters = constants.map((c) =>
    driver.preparePersistentValue(values[c.propertyName as keyof T], c),
  );
  const sql =
    `INSERT INTO ${driver.escape(metadata.tableName)} (${names.join(', ')}) ` +
    `SELECT r.id${', ?'.repeat(constants.length)} FROM ${idsTable(em)}`;
  for (let start = 0; start < ids.length; start += IDS_PER_INSERT) {
    const chunk = ids.slice(start, start + IDS_PER_INSERT);
    await em.query(sql, [...parameters, JSON.stringify(chunk)]);
  }
}

/**
 * Inserts `rows` (objects keyed by the entity's property names, every row with the same
 * `properties`) as raw multi-row statements of at most ROWS_PER_INSERT rows, without TypeORM's
 * per-row insert planning: values are converted as TypeORM persists them (dates, JSON) by the
 * driver, so the rows read back identically on SQLite and MariaDB. Returns nothing: for rows
 * whose generated ids nobody reads back (outbox notifications).
 */
export async function insertValues<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  properties: readonly (keyof T & string)[],
  rows: readonly Partial<T>[],
): Promise<void> {
  const metadata = em.connection.getMetadata(entity);
  const { driver } = em.connection;
  const columns = properties.map((p) => {
    const column = metadata.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${metadata.name} has no column ${p}`);
    return column;
  });
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns
    .map((c) => driver.escape(c.databaseName))
    .join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const c of columns)
        parameters.push(driver.preparePersistentValue(row[c.propertyName], c));
    }
    await em.query(head + chunk.map(() => tuple).join(', '), parameters);
  }
}
