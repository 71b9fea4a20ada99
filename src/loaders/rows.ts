import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Raw rows instead of TypeORM entities on the hot read paths (issue 17): SQL written once per
 * entity from its metadata, run through the query runner, and each column converted explicitly,
 * so that a row reads the same on MariaDB (mysql2) and SQLite (better-sqlite3):
 *
 * - integer: a number (mysql2 may hand back strings for computed values);
 * - boolean: `true`/`false` (MariaDB TINYINT and SQLite INTEGER both come as 0/1);
 * - datetime: a `Date` at the stored UTC instant (both hand back `YYYY-MM-DD HH:MM:SS[.ffffff]`
 *   text inside the row's JSON array, stored in UTC: the pool's `timezone: 'Z'` on MariaDB, and
 *   TypeORM's SQLite driver writes UTC), which is read as UTC;
 * - simple-json: the parsed value (text on both);
 * - varchar / text: the string.
 *
 * `test/raw-rows.test.ts` reads every table through this path and through TypeORM's entity
 * hydration on both databases and compares them.
 */
type Read = (value: unknown) => unknown;

const asNumber: Read = (v) => (typeof v === 'number' ? v : Number(v));
const asBoolean: Read = (v) => v === true || v === 1 || v === '1';
const asText: Read = (v) => (typeof v === 'string' ? v : String(v));
const asJson: Read = (v) => (typeof v === 'string' ? JSON.parse(v) : v);

/** `YYYY-MM-DD HH:MM:SS[.f…]` (or with `T`): the datetime text both databases hand back. */
const SQL_DATETIME = /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?$/;

/** The number written by `length` digits of `text` at `at`. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** Stored UTC datetime text as that instant (what TypeORM's drivers do too), else as ISO text. */
function asDate(v: unknown): unknown {
  if (v instanceof Date) return v;
  const text = String(v);
  if (SQL_DATETIME.test(text) && text.charCodeAt(0) !== 48) {
    // Milliseconds from the first three fraction digits, as the drivers keep them.
    const fraction = Math.min(text.length - 20, 3);
    const ms = fraction > 0 ? digits(text, 20, fraction) * 10 ** (3 - fraction) : 0;
    return new Date(
      Date.UTC(
        digits(text, 0, 4),
        digits(text, 5, 2) - 1,
        digits(text, 8, 2),
        digits(text, 11, 2),
        digits(text, 14, 2),
        digits(text, 17, 2),
        ms,
      ),
    );
  }
  let iso = text;
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d/.test(iso)) iso = iso.replace(' ', 'T');
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(iso)) iso += 'Z';
  return new Date(iso);
}

const READERS: Record<string, Read> = {
  integer: asNumber,
  number: asNumber,
  int: asNumber,
  boolean: asBoolean,
  datetime: asDate,
  'simple-json': asJson,
  varchar: asText,
  text: asText,
};

interface Field {
  property: string;
  column: string;
  read: Read;
}

/** How one entity reads from raw rows. */
export interface RowShape<T> {
  table: string;
  fields: Field[];
  create: () => T;
  /** Where the `id` column is among `fields` (-1: none). */
  idAt: number;
  /** The database column of a property (for filters). */
  columnOf(property: string): string;
}

const shapes = new WeakMap<DataSource, Map<unknown, RowShape<unknown>>>();

/** The shape of `entity` on `db`, built once from its metadata. */
export function shapeOf<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
): RowShape<T> {
  let perDb = shapes.get(db);
  if (!perDb) shapes.set(db, (perDb = new Map()));
  let shape = perDb.get(entity) as RowShape<T> | undefined;
  if (!shape) {
    const metadata = db.getMetadata(entity);
    const fields = metadata.columns.map((c): Field => {
      const type = typeof c.type === 'string' ? c.type : c.type.name.toLowerCase();
      const read = READERS[type];
      if (!read || c.transformer || c.embeddedMetadata || c.relationMetadata) {
        throw new Error(`No raw reader for ${metadata.name}.${c.propertyName} (${type})`);
      }
      return { property: c.propertyName, column: c.databaseName, read };
    });
    const byProperty = new Map(fields.map((f) => [f.property, f.column]));
    const target = metadata.target as new () => T;
    shape = {
      table: metadata.tableName,
      fields,
      create: () => new target(),
      idAt: fields.findIndex((f) => f.property === 'id'),
      columnOf(property) {
        const column = byProperty.get(property);
        if (!column) throw new Error(`No column ${metadata.name}.${property}`);
        return column;
      },
    };
    perDb.set(entity, shape as RowShape<unknown>);
  }
  return shape;
}

/** Converts a value bound to `?` the way TypeORM's driver would (SQLite has no Date or boolean). */
export function bindable(db: DataSource, value: unknown): unknown {
  if (db.options.type !== 'better-sqlite3') return value;
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** `?, ?, ?` for a list bound with `IN (…)`. */
export const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** One entity in a SELECT: its shape and table alias. */
export interface Part<T = unknown> {
  shape: RowShape<T>;
  alias: string;
  /** A LEFT JOINed part may be absent: read as null when its first column is null. */
  optional?: boolean;
}

/** One SELECT of a (possibly UNION ALL) statement: `FROM …` and the rest, with its parameters. */
export interface Branch {
  kind: string;
  parts: Part[];
  /** `FROM … JOIN … WHERE … [ORDER BY … LIMIT …]`, placeholders `?`. */
  rest: string;
  params: unknown[];
}

/**
 * One statement for several kinds of rows: each branch selects its kind and its columns as one
 * JSON array (`JSON_ARRAY`, on MariaDB/MySQL and SQLite alike), so a row is two values whatever
 * the branches' widths, every value keeps its own type across UNION ALL, and each converts as
 * its entity says. (Columns side by side, padded with NULL for the other branches, made the
 * driver build a sixty-property object per row: the largest allocation of a members page,
 * issue 17.)
 */
export function unionStatement(
  db: DataSource,
  branches: Branch[],
): { sql: string; params: unknown[]; read: (rows: Record<string, unknown>[]) => ReadRows } {
  const q = (name: string) => db.driver.escape(name);
  const layout = branches.map((b) => {
    let width = 0;
    return b.parts.map((part) => {
      const offset = width;
      width += part.shape.fields.length;
      return offset;
    });
  });
  const sql = branches
    .map((b) => {
      const columns = b.parts.flatMap((part) =>
        part.shape.fields.map((f) => `${q(part.alias)}.${q(f.column)}`),
      );
      return `SELECT '${b.kind}' AS k, JSON_ARRAY(${columns.join(', ')}) AS r ${b.rest}`;
    })
    .join(' UNION ALL ');
  const params = branches.flatMap((b) => b.params.map((v) => bindable(db, v)));
  const kinds = new Map(branches.map((b, i) => [b.kind, i]));
  return {
    sql,
    params,
    read(rows) {
      const out: ReadRows = new Map(branches.map((b) => [b.kind, []]));
      const seen: Seen = new Map();
      for (const row of rows) {
        const i = kinds.get(String(row.k))!;
        // MySQL hands a JSON value back parsed; MariaDB and SQLite as its text.
        const values = (typeof row.r === 'string' ? JSON.parse(row.r) : row.r) as unknown[];
        out
          .get(branches[i].kind)!
          .push(branches[i].parts.map((part, p) => readAt(part, values, layout[i][p], seen)));
      }
      return out;
    },
  };
}

/** Per branch kind, each row's parts in the branch's order (null: an absent optional part). */
export type ReadRows = Map<string, unknown[][]>;

/** The entities a statement's rows read so far, by shape and id. */
type Seen = Map<RowShape<unknown>, Map<unknown, unknown>>;

/**
 * One part of a row as its entity. A row that joins one the statement already read (the same
 * team or engagement on many memberships) hands back that entity rather than reading it again.
 */
function readAt<T>(part: Part<T>, values: unknown[], offset: number, seen: Seen): T | null {
  const { fields, create, idAt } = part.shape;
  if (part.optional && values[offset] == null) return null;
  const id = idAt < 0 ? undefined : values[offset + idAt];
  let ofShape = seen.get(part.shape as RowShape<unknown>);
  if (id !== undefined && ofShape?.has(id)) return ofShape.get(id) as T;
  const entity = create() as Record<string, unknown>;
  for (let n = 0; n < fields.length; n++) {
    const value = values[offset + n];
    entity[fields[n].property] =
      value === null || value === undefined ? null : fields[n].read(value);
  }
  if (id !== undefined) {
    if (!ofShape) seen.set(part.shape as RowShape<unknown>, (ofShape = new Map()));
    ofShape.set(id, entity);
  }
  return entity as T;
}

/** Runs a statement through the manager's query runner (counted like every other statement). */
export async function readRows(
  em: EntityManager | DataSource,
  db: DataSource,
  branches: Branch[],
): Promise<ReadRows> {
  const statement = unionStatement(db, branches);
  const rows = (await em.query(statement.sql, statement.params)) as Record<string, unknown>[];
  return statement.read(rows);
}

/** `FROM <table> <alias>` for a shape. */
export function fromOf(db: DataSource, part: Part): string {
  return `${db.driver.escape(part.shape.table)} ${db.driver.escape(part.alias)}`;
}

/**
 * `rows` in id order (descending when asked): the list itself when it already is, which rows
 * read by index mostly are, else a sorted copy (`Array#sort` allocates even on sorted input).
 */
export function inIdOrder<T extends { id: number }>(rows: readonly T[], descending = false): T[] {
  for (let i = 1; i < rows.length; i++) {
    if (descending ? rows[i - 1].id < rows[i].id : rows[i - 1].id > rows[i].id) {
      return [...rows].sort((a, b) => (descending ? b.id - a.id : a.id - b.id));
    }
  }
  return rows as T[];
}
