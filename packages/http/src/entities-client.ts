import { Pool } from 'undici';
import { AppError, ErrorCode } from '@commerce/errors';
import { currentLogScope, type Logger } from '@commerce/logging';

export interface EntitiesClientOptions {
  /** Short name of the called subgraph, for logs, e.g. `catalog`. */
  service: string;
  /** The subgraph's GraphQL endpoint. */
  url: string;
  /** Deadline of one call, from connecting to the last byte of the answer. */
  timeoutMs: number;
  logger: Logger;
  /** Pooled keep-alive connections (default 4). */
  connections?: number;
  /** The message of the SERVICE_UNAVAILABLE every failed call throws (what the caller's users read). */
  unavailableMessage: string;
}

/**
 * Federation `_entities` lookups on another subgraph's endpoint: the door the gateway itself uses, so
 * the other service needs no API of its own for us. Posts the query with the request's trace headers
 * on a keep-alive pool and returns the JSON answer for the caller to validate; a transport failure, a
 * non-200 status or a body that is not JSON becomes SERVICE_UNAVAILABLE (the detail only in the log).
 */
export class EntitiesClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(private readonly options: EntitiesClientOptions) {
    const url = new URL(options.url);
    this.path = `${url.pathname}${url.search}`;
    this.pool = new Pool(url.origin, {
      connections: options.connections ?? 4,
      keepAliveTimeout: 4_000,
      keepAliveMaxTimeout: 60_000,
      connectTimeout: options.timeoutMs,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  }

  /** POSTs `query` with `representations` as `$r`; the parsed JSON body of a 200 answer. */
  async lookup(query: string, representations: { __typename: string; id: string }[]): Promise<unknown> {
    const { service, url, logger, timeoutMs } = this.options;
    const scope = currentLogScope();
    try {
      const response = await this.pool.request({
        method: 'POST',
        path: this.path,
        headers: {
          'content-type': 'application/json',
          ...(scope ? { traceparent: scope.traceparent, 'x-request-id': scope.requestId } : {}),
        },
        body: JSON.stringify({ query, variables: { r: representations } }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.body.text();
      if (response.statusCode !== 200) {
        logger.error(
          { status: response.statusCode, body: text.slice(0, 500) },
          `${service} answered with an error status`,
        );
        throw this.unavailable();
      }
      return JSON.parse(text);
    } catch (error) {
      if (error instanceof AppError) throw error;
      logger.error({ err: error, url }, `${service} unreachable`);
      throw this.unavailable();
    }
  }

  /** The error a caller throws when the answer, though received, is not usable. */
  unavailable(): AppError {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, this.options.unavailableMessage);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
