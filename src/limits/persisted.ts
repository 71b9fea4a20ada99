import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { GraphQLError } from 'graphql';

/**
 * The allow-list of persisted operations for first-party clients: a JSON file mapping each
 * operation's SHA-256 to its text. Clients send `extensions.persistedQuery.sha256Hash` instead of
 * the text; with `only`, any other document is refused.
 */
export interface PersistedOperations {
  /** The text to run: the stored one for a hash; the given text when allowed; else an error. */
  resolve(query: unknown, extensions: unknown): string | undefined;
  /** The allow-listed texts. */
  texts(): string[];
}

export function loadPersistedOperations(
  file: string | undefined,
  only: boolean,
): PersistedOperations | null {
  if (!file) return null;
  const byHash = new Map(
    Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>),
  );
  const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
  return {
    texts: () => [...byHash.values()],
    resolve(query, extensions) {
      const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
        ?.persistedQuery?.sha256Hash;
      if (typeof hash === 'string') {
        const text = byHash.get(hash);
        if (!text) {
          throw new GraphQLError('Unknown persisted operation.', {
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
          });
        }
        return text;
      }
      if (typeof query === 'string' && only && !byHash.has(hashOf(query))) {
        throw new GraphQLError('Only persisted operations are accepted here.', {
          extensions: { code: 'FORBIDDEN' },
        });
      }
      return typeof query === 'string' ? query : undefined;
    },
  };
}
