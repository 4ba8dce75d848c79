import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

export interface LoggerConfig {
  service: string;
  version?: string;
  level?: string;
  /** Force pretty output; by default only when stdout is a TTY and LOG_PRETTY is not "0". */
  pretty?: boolean;
  destination?: pino.DestinationStream;
}

/** Paths that may carry secrets; pino replaces them before anything is written. */
export const REDACT_PATHS = [
  'password',
  '*.password',
  'apiKey',
  '*.apiKey',
  'databaseUrl',
  '*.databaseUrl',
  'headers.authorization',
  'headers["x-api-key"]',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
];

function wantsPretty(cfg: LoggerConfig): boolean {
  if (cfg.pretty !== undefined) return cfg.pretty;
  return Boolean(process.stdout.isTTY) && process.env.LOG_PRETTY !== '0';
}

export function createLogger(cfg: LoggerConfig): Logger {
  const options: LoggerOptions = {
    level: cfg.level ?? process.env.LOG_LEVEL ?? 'info',
    base: { service: cfg.service, version: cfg.version ?? '0.1.0', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  };
  if (cfg.destination) return pino(options, cfg.destination);
  if (wantsPretty(cfg)) {
    try {
      return pino({ ...options, transport: { target: 'pino-pretty', options: { colorize: true } } });
    } catch {
      // pino-pretty is a dev convenience; fall back to JSON when it is absent
    }
  }
  return pino(options);
}

/** A logger that writes nothing, for pure code under test. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** Hide the password of a connection string before it is logged. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparseable url]';
  }
}
