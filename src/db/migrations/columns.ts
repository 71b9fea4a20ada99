import { QueryRunner, TableColumnOptions, TableIndex } from 'typeorm';

/** Portable column builders for migrations (TypeORM's Table API runs on MySQL and SQLite). */
export const id: TableColumnOptions = {
  name: 'id',
  type: 'integer', // SQLite allows AUTOINCREMENT only on INTEGER; MySQL reads it as int
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
};

export const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
});

export const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});

export const date = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  isNullable: nullable,
});

export const text = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});

/** What TypeORM maps an entity boolean to on each driver, so the two never drift. */
export const bool = (q: QueryRunner, name: string): TableColumnOptions => ({
  name,
  type: q.connection.driver.options.type === 'better-sqlite3' ? 'boolean' : 'tinyint',
});

export const index = (name: string, columnNames: string[], isUnique = false) =>
  new TableIndex({ name, columnNames, isUnique });
