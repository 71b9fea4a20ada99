import { textLengthOutOfRange } from './errors';

/**
 * Trims `raw` and checks its length; BAD_USER_INPUT naming the field otherwise. `singleLine`
 * also collapses runs of whitespace (names and titles).
 */
export function boundedText(
  raw: string,
  field: string,
  bounds: { min?: number; max: number; singleLine?: boolean },
): string {
  const trimmed = raw.trim();
  const text = bounds.singleLine ? trimmed.replace(/\s+/g, ' ') : trimmed;
  const min = bounds.min ?? 1;
  if (text.length < min || text.length > bounds.max) {
    throw textLengthOutOfRange(field, min, bounds.max);
  }
  return text;
}

/**
 * The one LIKE escape character of the code base: `!` behaves the same on SQLite and MySQL
 * (a backslash is special in MySQL string literals and not in SQLite).
 */
const LIKE_ESCAPE = '!';

/** `expr LIKE :param` with the escape `likePattern` uses; every LIKE is built with this. */
export function like(expr: string, param = 'pattern'): string {
  return `${expr} LIKE :${param} ESCAPE '${LIKE_ESCAPE}'`;
}

/** A pattern matching values that contain `search` literally (`%` and `_` are not wildcards). */
export function likePattern(search: string): string {
  return `%${search.replace(/[!%_]/g, (c) => `${LIKE_ESCAPE}${c}`)}%`;
}
