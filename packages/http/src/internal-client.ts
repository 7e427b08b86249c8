import type { RequestListener } from 'node:http';
import { Pool } from 'undici';
import { AppError, ErrorCode } from '@commerce/errors';
import { INTERNAL_STATUS } from './internal-route';
import { callLocalService, LocalAnswer, localService } from './local-services';

/** One internal request, as both transports take it. */
interface OutgoingCall {
  method: 'GET' | 'POST';
  path: string;
  body: string | undefined;
  headers: Record<string, string>;
  signal: AbortSignal;
}

export interface InternalClientOptions {
  /** Short name of the called service, for errors and logs, e.g. `catalog`. */
  service: string;
  /** The service's base URL; a path in it (a service mounted behind a proxy) prefixes every call. */
  baseUrl: string;
  serviceToken: string;
  /** Deadline of one call, from connecting to the last byte of the answer. */
  timeoutMs: number;
  /** Keep-alive connections to the service (default 1). */
  connections?: number;
}

/** A usable answer: 2xx, or a 4xx other than 408 and 429, with its JSON body (`{}` when empty). */
export interface JsonAnswer {
  status: number;
  body: unknown;
}

/**
 * The call got no usable answer: refused, reset, timed out or aborted, 5xx, 408, 429, or a body that is
 * not JSON. Retrying later may succeed. Not an AppError: its message names paths and causes, for logs.
 */
export class RetryableError extends Error {
  constructor(
    /** Which service failed, e.g. `catalog`. */
    readonly service: string,
    message: string,
  ) {
    super(`${service}: ${message}`);
    this.name = 'RetryableError';
  }
}

/**
 * A business refusal: the other service understood the request and said no. It is the AppError that
 * service threw, read back from the one error body `{ error: { code, message, details? } }`.
 */
export class Refusal extends AppError {
  declare readonly details: Record<string, unknown>;

  constructor(
    readonly service: string,
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(code, message, details);
    this.name = 'Refusal';
  }
}

/** True when `error` is a refusal with one of `codes` (any code when none is given). */
export function isRefusal(error: unknown, ...codes: string[]): error is Refusal {
  return error instanceof Refusal && (codes.length === 0 || codes.includes(error.code));
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const CODE_OF_STATUS = new Map<number, ErrorCode>(
  (Object.entries(INTERNAL_STATUS) as [ErrorCode, number][])
    .filter(
      ([code]) =>
        code !== ErrorCode.OUT_OF_STOCK &&
        code !== ErrorCode.PERSISTED_QUERY_NOT_FOUND &&
        code !== ErrorCode.OPERATION_NOT_ALLOWED,
    )
    .map(([code, status]) => [status, code]),
);

/**
 * JSON over HTTP to one service's internal endpoints (see internal-route.ts), with the service token,
 * on a keep-alive pool. Transport failures throw {@link RetryableError}; usable answers come back for
 * the caller to interpret: its expected statuses, {@link refusal} for the business refusals it knows,
 * {@link unexpected} for the rest.
 */
export class InternalClient {
  private readonly pool: Pool;
  /** Path prefix of the base URL, without trailing slash. */
  private readonly prefix: string;
  /** scheme://host:port of the base URL: how an in-process service is found (local-services.ts). */
  private readonly origin: string;

  constructor(private readonly options: InternalClientOptions) {
    const base = new URL(options.baseUrl);
    this.prefix = base.pathname.replace(/\/+$/, '');
    this.origin = base.origin;
    this.pool = new Pool(base.origin, {
      connections: options.connections ?? 1,
      keepAliveTimeout: 30_000,
      connectTimeout: options.timeoutMs,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  post(path: string, body: unknown, signal?: AbortSignal): Promise<JsonAnswer> {
    return this.send('POST', path, JSON.stringify(body), signal);
  }

  /** `path` carries the query string, e.g. `/internal/addresses?userId=…`. */
  get(path: string, signal?: AbortSignal): Promise<JsonAnswer> {
    return this.send('GET', path, undefined, signal);
  }

  /**
   * The refusal in `answer`'s error body as an AppError. A missing (or foreign) code becomes
   * `fallbackCode`, by default the code of the answer's status; a missing message a generic one.
   */
  refusal(answer: JsonAnswer, fallbackCode?: ErrorCode): Refusal {
    const { service } = this.options;
    const error = (answer.body as { error?: unknown } | null)?.error;
    const { code, message, details } = (error && typeof error === 'object' ? error : {}) as {
      code?: unknown;
      message?: unknown;
      details?: unknown;
    };
    return new Refusal(
      service,
      typeof code === 'string' && KNOWN_CODES.has(code)
        ? (code as ErrorCode)
        : (fallbackCode ?? CODE_OF_STATUS.get(answer.status) ?? ErrorCode.INTERNAL),
      typeof message === 'string' ? message : `${service} refused the request`,
      details && typeof details === 'object' && !Array.isArray(details)
        ? (details as Record<string, unknown>)
        : {},
    );
  }

  /**
   * An answer the caller did not expect: a contract mismatch (or a refused token), not a business
   * answer. Retryable (it may be a deployment in progress); its message shows status and body for
   * the operator.
   */
  unexpected(path: string, answer: JsonAnswer): RetryableError {
    return new RetryableError(
      this.options.service,
      `${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`,
    );
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    signal?: AbortSignal,
  ): Promise<JsonAnswer> {
    const { service, serviceToken, timeoutMs } = this.options;
    const deadline = AbortSignal.timeout(timeoutMs);
    const request: OutgoingCall = {
      method,
      path: `${this.prefix}${path}`,
      body,
      headers: {
        authorization: `Bearer ${serviceToken}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
    };
    // Looked up per call: the other service may start after this client was made.
    const local = localService(this.origin);
    const { status, text } = local
      ? await this.callInProcess(local, request)
      : await this.callOverHttp(request);
    if (status >= 500 || status === 429 || status === 408) {
      throw new RetryableError(service, `${method} ${path} answered ${status}`);
    }
    try {
      return { status, body: text ? JSON.parse(text) : {} };
    } catch {
      throw new RetryableError(service, `${method} ${path} answered ${status} with a body that is not JSON`);
    }
  }

  private async callOverHttp(request: OutgoingCall): Promise<LocalAnswer> {
    const { service } = this.options;
    let response;
    try {
      response = await this.pool.request(request);
    } catch (error) {
      throw new RetryableError(
        service,
        `${request.method} ${request.path} failed: ${(error as Error).message}`,
      );
    }
    try {
      return { status: response.statusCode, text: await response.body.text() };
    } catch (error) {
      throw new RetryableError(
        service,
        `${request.method} ${request.path} body failed: ${(error as Error).message}`,
      );
    }
  }

  /** The other service runs in this process (deployment grouping): no socket, same listener. */
  private async callInProcess(listener: RequestListener, request: OutgoingCall): Promise<LocalAnswer> {
    try {
      return await callLocalService(listener, request, request.signal);
    } catch (error) {
      throw new RetryableError(
        this.options.service,
        `${request.method} ${request.path} failed in process: ${(error as Error).message}`,
      );
    }
  }
}
