import { BadUserInputError } from '../../errors';

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
    throw new BadUserInputError(`${field} must have ${min} to ${bounds.max} characters.`, field);
  }
  return text;
}

/** Escapes LIKE wildcards so a search matches its text literally (used with ESCAPE '\\'). */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
