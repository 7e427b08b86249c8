import { Pool } from 'undici';
import { Refusal, RetryableError } from './errors';

export interface HttpJsonOptions {
  /** Short name for errors and logs, e.g. `catalog`. */
  service: string;
  baseUrl: string;
  serviceToken: string;
  timeoutMs: number;
  connections: number;
}

export interface JsonAnswer {
  status: number;
  body: unknown;
}

/** The `{ error: { code, message, ... } }` body our internal endpoints answer with on failure. */
export interface ErrorBody {
  code?: string;
  message?: string;
  [key: string]: unknown;
}

/**
 * JSON over HTTP to one internal endpoint family, on a keep-alive pool. Every transport failure
 * (refused, reset, timeout, 5xx, 429, non-JSON) becomes a {@link RetryableError}; 2xx and other 4xx
 * come back as answers for the adapter to interpret.
 */
export class HttpJson {
  private readonly pool: Pool;
  /** Path prefix of the base URL (a service mounted under a path behind a proxy), without trailing slash. */
  private readonly prefix: string;

  constructor(private readonly options: HttpJsonOptions) {
    const base = new URL(options.baseUrl);
    this.prefix = base.pathname.replace(/\/+$/, '');
    this.pool = new Pool(base.origin, {
      connections: options.connections,
      keepAliveTimeout: 30_000,
      connectTimeout: options.timeoutMs,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  post(path: string, body: unknown, signal?: AbortSignal): Promise<JsonAnswer> {
    return this.send('POST', path, JSON.stringify(body), signal);
  }

  get(path: string, signal?: AbortSignal): Promise<JsonAnswer> {
    return this.send('GET', path, undefined, signal);
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
    let response;
    try {
      response = await this.pool.request({
        method,
        path: `${this.prefix}${path}`,
        body,
        headers: {
          authorization: `Bearer ${serviceToken}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        signal: signal ? AbortSignal.any([signal, deadline]) : deadline,
      });
    } catch (error) {
      throw new RetryableError(service, `${method} ${path} failed: ${(error as Error).message}`);
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      throw new RetryableError(service, `${method} ${path} body failed: ${(error as Error).message}`);
    }
    const status = response.statusCode;
    if (status >= 500 || status === 429 || status === 408) {
      throw new RetryableError(service, `${method} ${path} answered ${status}`);
    }
    try {
      return { status, body: text ? JSON.parse(text) : {} };
    } catch {
      throw new RetryableError(service, `${method} ${path} answered ${status} with a body that is not JSON`);
    }
  }
}

/** The error part of a refusal body, or an empty object. */
export function errorOf(body: unknown): ErrorBody {
  const error = (body as { error?: unknown } | null)?.error;
  return error && typeof error === 'object' ? (error as ErrorBody) : {};
}

/**
 * A 4xx the adapter did not expect: a contract mismatch, not a business answer. It is retried (it
 * may be a deployment in progress) and logged by the saga as an error, so an operator sees it.
 */
export function unexpected(service: string, path: string, answer: JsonAnswer): RetryableError {
  return new RetryableError(
    service,
    `${path} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`,
  );
}

/** A refusal carrying the other service's code and message. */
export function refusalFrom(service: string, answer: JsonAnswer, fallbackCode: string): Refusal {
  const error = errorOf(answer.body);
  const { code, message, ...details } = error;
  return new Refusal(service, code ?? fallbackCode, message ?? `${service} refused the request`, details);
}
