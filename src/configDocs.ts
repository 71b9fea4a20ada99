import { VARIABLES } from './config';

export interface ConfigRow {
  variable: string;
  default: string;
  meaning: string;
}

/** The README's configuration table, row by row, from the declaration in `src/config.ts`. */
export function configurationRows(): ConfigRow[] {
  return Object.entries(VARIABLES).map(([name, spec]) => {
    const s = spec as { default?: unknown; desc?: string; shownDefault?: string };
    return {
      variable: `\`${name}\``,
      default: s.shownDefault ?? (s.default === undefined ? 'unset' : `\`${String(s.default)}\``),
      meaning: s.desc ?? '',
    };
  });
}

/** The same rows as a Markdown table (before Prettier aligns it). */
export function configurationTable(): string {
  const rows = configurationRows().map((r) => `| ${r.variable} | ${r.default} | ${r.meaning} |`);
  return ['| variable | default | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

export interface LimitRow {
  limit: string;
  default: string;
  variable: string;
}

/** The README's limits table: what each limit bounds, and how its default reads there. */
const LIMITS: { variable: keyof typeof VARIABLES; limit: string; shown?: (n: number) => string }[] =
  [
    { variable: 'MAX_DEPTH', limit: 'depth (nested fields)' },
    {
      variable: 'MAX_COST',
      limit: 'cost (a field 1; a page of `first: n` costs n × its selection)',
    },
    { variable: 'MAX_ALIASES', limit: 'aliases' },
    { variable: 'MAX_DIRECTIVES', limit: 'directives' },
    { variable: 'MAX_TOKENS', limit: 'tokens per document' },
    { variable: 'MAX_DOCUMENT_BYTES', limit: 'document size', shown: (n) => `${grouped(n)} bytes` },
    { variable: 'MAX_SUBSCRIPTIONS_PER_SOCKET', limit: 'subscriptions per WebSocket' },
    {
      variable: 'MAX_WS_PAYLOAD_BYTES',
      limit: 'WebSocket message size',
      shown: (n) => `${n / 1024} KiB (the socket closes with 1009)`,
    },
    { variable: 'RATE_LIMIT_PER_VIEWER', limit: 'requests per minute per viewer' },
    { variable: 'RATE_LIMIT_PER_IP', limit: 'requests per minute per IP' },
    {
      variable: 'WS_MAX_SOCKETS_PER_IP',
      limit: 'open WebSockets per IP',
      shown: (n) => `${grouped(n)} (more: HTTP 429 at the upgrade)`,
    },
  ];

const grouped = (n: number) => n.toLocaleString('en-US');

/** The README's limits table, row by row, with the defaults declared in `VARIABLES`. */
export function limitRows(): LimitRow[] {
  return LIMITS.map(({ variable, limit, shown = grouped }) => ({
    limit,
    default: shown(Number((VARIABLES[variable] as { default?: unknown }).default)),
    variable: `\`${variable}\``,
  }));
}

/** The same rows as a Markdown table (before Prettier aligns it). */
export function limitsTable(): string {
  const rows = limitRows().map((r) => `| ${r.limit} | ${r.default} | ${r.variable} |`);
  return ['| limit | default | variable |', '| --- | --- | --- |', ...rows].join('\n');
}
