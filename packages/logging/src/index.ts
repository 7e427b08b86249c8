/**
 * Structured JSON logs (pino) that carry the request id and trace id of the work in progress.
 *
 * The ids live in an AsyncLocalStorage scope opened per request or per consumed message, so code deep in
 * a service logs with them without passing a logger around.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync, randomUUID } from 'node:crypto';
import pino, { Logger, LevelWithSilent } from 'pino';

export type { Logger };

export interface LogScope {
  requestId: string;
  traceId: string;
  /** The W3C traceparent to forward downstream (same trace, this service's span). */
  traceparent: string;
  /**
   * The calling client once known (the gateway names it after reading `x-api-key` or
   * `apollographql-client-name`), so every later line of the request says who sent it.
   */
  client?: string;
}

const scopeStorage = new AsyncLocalStorage<LogScope>();

/** Runs `fn` with the given ids attached to every log line written inside it. */
export function withLogScope<T>(scope: LogScope, fn: () => T): T {
  return scopeStorage.run(scope, fn);
}

export function currentLogScope(): LogScope | undefined {
  return scopeStorage.getStore();
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * Builds the scope for an incoming request: keeps the caller's trace (W3C traceparent) and request id
 * when they are well-formed, starts new ones otherwise.
 */
export function scopeFromHeaders(headers: { requestId?: string; traceparent?: string }): LogScope {
  const parsed = headers.traceparent ? TRACEPARENT.exec(headers.traceparent) : null;
  // W3C: an all-zero trace id or parent id is invalid; such a header starts a new trace.
  const match = parsed && !/^0+$/.test(parsed[1]) && !/^0+$/.test(parsed[2]) ? parsed : null;
  const traceId = match ? match[1] : randomHex(16);
  const flags = match ? match[3] : '01';
  const spanId = randomHex(8);
  const requestId =
    headers.requestId && /^[\w.:-]{1,128}$/.test(headers.requestId) ? headers.requestId : randomUUID();
  return { requestId, traceId, traceparent: `00-${traceId}-${spanId}-${flags}` };
}

/**
 * Random ids for every request's trace and span, cut from a pooled buffer: one system call per 4 KiB
 * rather than per id (`randomBytes` per request was 4% of the gateway's CPU under load).
 */
const randomPool = Buffer.alloc(4096);
let randomOffset = randomPool.length;

function randomHex(bytes: number): string {
  if (randomOffset + bytes > randomPool.length) {
    randomFillSync(randomPool);
    randomOffset = 0;
  }
  const hex = randomPool.toString('hex', randomOffset, randomOffset + bytes);
  randomOffset += bytes;
  return hex;
}

export interface LoggerOptions {
  service: string;
  level?: LevelWithSilent;
  /** Where to write; defaults to stdout. Tests pass a stream to inspect lines. */
  destination?: pino.DestinationStream;
}

/** Creates the service's root logger. Secrets are redacted by path, whatever logs them. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const scope = scopeStorage.getStore();
        if (!scope) return {};
        return scope.client
          ? { requestId: scope.requestId, traceId: scope.traceId, client: scope.client }
          : { requestId: scope.requestId, traceId: scope.traceId };
      },
      redact: {
        paths: [
          'password',
          '*.password',
          '*.*.password',
          'authorization',
          '*.authorization',
          '*.headers.authorization',
          'refreshToken',
          '*.refreshToken',
          'accessToken',
          '*.accessToken',
          'cardNumber',
          '*.cardNumber',
          'apiKey',
          '*.apiKey',
          '*.headers["x-api-key"]',
        ],
        censor: '[redacted]',
      },
    },
    options.destination,
  );
}
