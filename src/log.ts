/** Structured JSON logs on stdout/stderr; `LOG_LEVEL` (info, warn, error) sets the threshold. */
const LEVELS = { info: 0, warn: 1, error: 2 } as const;
type Level = keyof typeof LEVELS;

function write(level: Level, message: string, fields: Record<string, unknown> = {}) {
  const threshold = LEVELS[process.env.LOG_LEVEL as Level] ?? LEVELS.info;
  if (LEVELS[level] < threshold) return;
  const entry: Record<string, unknown> = { level, time: new Date().toISOString(), message };
  for (const [key, value] of Object.entries(fields)) {
    entry[key] =
      value instanceof Error
        ? { name: value.name, message: value.message, stack: value.stack }
        : value;
  }
  (level === 'info' ? process.stdout : process.stderr).write(JSON.stringify(entry) + '\n');
}

export const log = {
  info: (message: string, fields?: Record<string, unknown>) => write('info', message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write('warn', message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write('error', message, fields),
};
