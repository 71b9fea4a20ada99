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
