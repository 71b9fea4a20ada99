import { Filter, parse } from 'scim2-parse-filter';
import { ScimError } from './errors';

/**
 * What a supported filter asks for: equality on indexed attributes, combined with `and`. SCIM
 * clients provisioning users look resources up exactly this way (`userName eq "…"`,
 * `externalId eq "…"`); anything else is refused as `invalidFilter` rather than scanned.
 */
export type Equalities = Map<string, string>;

const invalid = (detail: string) => new ScimError(400, detail, 'invalidFilter', 'BAD_USER_INPUT');

/** Attribute paths (lower case, as compared) each resource type filters on, to our key. */
export const USER_FILTERS: Record<string, string> = {
  id: 'id',
  username: 'email',
  'emails.value': 'email',
  'emails[value]': 'email',
  'emails[type]': 'emailType',
  externalid: 'externalId',
};
export const GROUP_FILTERS: Record<string, string> = {
  id: 'id',
  displayname: 'displayName',
  externalid: 'externalId',
};

/** Strips the schema URN an attribute path may carry (`urn:…:User:userName`). */
function bare(path: string): string {
  const lower = path.toLowerCase();
  const urn = lower.lastIndexOf(':');
  return urn >= 0 ? lower.slice(urn + 1) : lower;
}

function collect(node: Filter, allowed: Record<string, string>, into: Equalities, prefix = '') {
  if (node.op === 'and') {
    for (const f of (node as { filters: Filter[] }).filters) collect(f, allowed, into, prefix);
    return;
  }
  if (node.op === '[]') {
    const vp = node as { attrPath: string; valFilter: Filter };
    collect(vp.valFilter, allowed, into, `${bare(vp.attrPath)}[`);
    return;
  }
  if (node.op !== 'eq') throw invalid(`Filter operator "${node.op}" is not supported; use eq.`);
  const compare = node as { attrPath: string; compValue: unknown };
  const path = prefix ? `${prefix}${bare(compare.attrPath)}]` : bare(compare.attrPath);
  const key = allowed[path];
  if (!key) throw invalid(`Filtering on "${compare.attrPath}" is not supported.`);
  if (typeof compare.compValue !== 'string') throw invalid('Compare with a string value.');
  const previous = into.get(key);
  if (previous !== undefined && previous !== compare.compValue) into.set(key, '\u0000none');
  else into.set(key, compare.compValue);
}

/** Parses `filter` (at most 1000 characters) into equalities on the allowed attributes. */
export function parseFilter(raw: unknown, allowed: Record<string, string>): Equalities {
  const into: Equalities = new Map();
  if (raw === undefined || raw === '') return into;
  if (typeof raw !== 'string' || raw.length > 1000) throw invalid('filter must be one string.');
  let ast: Filter;
  try {
    ast = parse(raw);
  } catch {
    throw invalid('The filter is not valid SCIM filter syntax (RFC 7644 §3.4.2.2).');
  }
  collect(ast, allowed, into);
  return into;
}

/** `startIndex` (1-based) and `count` (0 to max) of a list request (RFC 7644 §3.4.2.4). */
export function parsePage(query: Record<string, unknown>, max: number) {
  const int = (value: unknown, fallback: number) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (typeof value !== 'string' || !Number.isInteger(n)) {
      throw new ScimError(400, 'startIndex and count are integers.', 'invalidValue');
    }
    return n;
  };
  const startIndex = Math.min(1_000_000_000, Math.max(1, int(query.startIndex, 1)));
  const count = Math.min(max, Math.max(0, int(query.count, max)));
  return { startIndex, count };
}
