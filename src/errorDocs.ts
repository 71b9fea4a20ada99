import fs from 'node:fs';
import path from 'node:path';
import { HTTP_STATUS, NAMED_ERRORS } from './errors';

const ROOT = path.join(__dirname, '..');
/** Where area error files live: every `errors.ts` below these folders is loaded. */
const ERROR_FOLDERS = ['src', 'resolvers'];

function errorFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return errorFiles(full);
    return entry.name === 'errors.ts' ? [full] : [];
  });
}

/**
 * Imports every `errors.ts` of `src/` and `resolvers/` (so an area's new file is picked up
 * without a list to update) and returns `NAMED_ERRORS`, filled as `defineError` ran.
 */
export function loadNamedErrors(): typeof NAMED_ERRORS {
  for (const folder of ERROR_FOLDERS) {
    for (const file of errorFiles(path.join(ROOT, folder)).sort()) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(file);
    }
  }
  return NAMED_ERRORS;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The README's table of named errors: code, reason, description, sorted by code then reason. */
export function namedErrorRows(): string[][] {
  return [...loadNamedErrors()]
    .sort((a, b) => a.code.localeCompare(b.code) || a.reason.localeCompare(b.reason))
    .map((e) => [`\`${e.code}\``, `\`${e.reason}\``, cell(e.description)]);
}

/** The README's table of machine codes and the HTTP status each is answered with. */
export function statusRows(): string[][] {
  return Object.entries(HTTP_STATUS)
    .sort(([a, x], [b, y]) => x - y || a.localeCompare(b))
    .map(([code, status]) => [`\`${code}\``, String(status)]);
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Marked regions of the README this module writes, each with its table. */
export const ERROR_TABLES = {
  'error-status': () => table(['code', 'HTTP status'], statusRows()),
  'named-errors': () => table(['code', 'reason', 'when'], namedErrorRows()),
};

const markers = (name: string) =>
  [`<!-- ${name}:start (npm run docs:errors) -->`, `<!-- ${name}:end -->`] as const;

/** The README with each marked table replaced by the one built from the code (before Prettier). */
export function withErrorTables(readme: string): string {
  let text = readme;
  for (const [name, build] of Object.entries(ERROR_TABLES)) {
    const [start, end] = markers(name);
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md lacks the markers of ${name}`);
    text = `${text.slice(0, from + start.length)}\n\n${build()}\n\n${text.slice(to)}`;
  }
  return text;
}

/** The rows (cells, trimmed) of the marked table `name` in `readme`: for comparing tables. */
export function markedTableRows(readme: string, name: keyof typeof ERROR_TABLES): string[][] {
  const [start, end] = markers(name);
  const body = readme.slice(readme.indexOf(start) + start.length, readme.indexOf(end));
  return body
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
}
