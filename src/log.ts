import pino from 'pino';

/**
 * Structured logs through pino: JSON lines on stdout (`LOG_FORMAT=pretty`: pino-pretty, for
 * development, a devDependency). `LOG_LEVEL` sets the threshold; configuration validates it.
 * Email addresses and tokens are redacted by path, whatever the call site logs.
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const REDACTED_PATHS = [
  'to',
  'email',
  '*.email',
  'token',
  '*.token',
  'authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'connectionParams',
];

function createLogger(env: NodeJS.ProcessEnv = process.env): pino.Logger {
  const level = LOG_LEVELS.includes(env.LOG_LEVEL as LogLevel) ? env.LOG_LEVEL : 'info';
  const options: pino.LoggerOptions = {
    level,
    messageKey: 'message',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    serializers: { error: pino.stdSerializers.err, err: pino.stdSerializers.err },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  if (env.LOG_FORMAT === 'pretty') {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { messageKey: 'message' } },
    });
  }
  return pino(options);
}

export const logger = createLogger();

type Fields = Record<string, unknown>;

export const log = {
  debug: (message: string, fields?: Fields) => logger.debug(fields ?? {}, message),
  info: (message: string, fields?: Fields) => logger.info(fields ?? {}, message),
  warn: (message: string, fields?: Fields) => logger.warn(fields ?? {}, message),
  error: (message: string, fields?: Fields) => logger.error(fields ?? {}, message),
};
