/**
 * Database errors that waiting cannot fix (issue 18): an unknown database, refused credentials,
 * an SQLite path that cannot be created or opened. Start-up stops at once with what to do, while
 * an unreachable server (a real outage) keeps the backoff.
 */
const FILE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'EISDIR']);

export class DatabaseSetupError extends Error {
  override readonly name = 'DatabaseSetupError';
}

function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
}

/** The error to stop with, or `undefined` when the failure may pass (retry with backoff). */
export function permanentDatabaseError(
  error: unknown,
  target: { databaseUrl?: string; sqlitePath: string },
): DatabaseSetupError | undefined {
  const code = (error as { code?: string }).code ?? '';
  const reason = (error as Error).message;
  if (target.databaseUrl) {
    const url = new URL(target.databaseUrl);
    const name = databaseName(target.databaseUrl);
    if (code === 'ER_BAD_DB_ERROR') {
      return new DatabaseSetupError(
        `The database "${name}" does not exist on ${url.host}. Create it once, then start ` +
          `again: CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; ` +
          '(or correct the name in DATABASE_URL).',
      );
    }
    if (code === 'ER_ACCESS_DENIED_ERROR' || code === 'ER_DBACCESS_DENIED_ERROR') {
      return new DatabaseSetupError(
        `${url.host} refused the credentials of DATABASE_URL for "${name}" (${reason}): ` +
          'correct the user and password, or grant the user access to the database.',
      );
    }
    return undefined;
  }
  if (FILE_ERRORS.has(code) || code === 'SQLITE_CANTOPEN') {
    return new DatabaseSetupError(
      `Cannot create or open the SQLite database at ${target.sqlitePath} (${reason}): set ` +
        'SQLITE_PATH to a file in a writable directory, or set DATABASE_URL for MySQL/MariaDB.',
    );
  }
  return undefined;
}

/** The oldest servers with JSON_TABLE, which the outbox's INSERT … SELECT reads ids from. */
const OLDEST = { mariadb: [10, 6, 0], mysql: [8, 0, 4] } as const;

/**
 * Which server `version` (`SELECT VERSION()`) is, for TypeORM: MariaDB and MySQL speak one
 * protocol but report column defaults differently. An older server than OLDEST is refused with
 * DatabaseSetupError rather than failing on the first access request.
 */
export function serverFlavorOf(version: string): 'mysql' | 'mariadb' {
  const flavor = /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  const parts = (/^(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  const oldest = OLDEST[flavor];
  const older = parts.length === 3 && compareVersions(parts, oldest) < 0;
  if (older) {
    const name = flavor === 'mariadb' ? 'MariaDB' : 'MySQL';
    throw new DatabaseSetupError(
      `The database server is ${name} ${version}; AccessGraph needs ${name} ` +
        `${oldest.join('.')} or later (JSON_TABLE). Upgrade the server.`,
    );
  }
  return flavor;
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
