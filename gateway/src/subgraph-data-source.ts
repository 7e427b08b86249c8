import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { currentLogScope, Logger } from '@commerce/logging';
import type { GatewayContext } from './context';
import type { CircuitBreaker } from './resilience/circuit-breaker';
import type { CircuitMetrics } from './resilience/circuit-metrics';
import { TIMEOUT_HEADER } from './subgraph-fetcher';
import type { SubgraphMetrics } from './subgraph-metrics';
import { SubgraphUnavailableError } from './subgraph-unavailable';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  fetcher: Fetcher;
  metrics: SubgraphMetrics;
  logger: Logger;
  /** Fetch timeouts by the kind of the operation sent to this subgraph. */
  timeouts: { query: number; mutation: number };
  circuit: CircuitBreaker;
  circuitMetrics: CircuitMetrics;
}

/**
 * How the gateway talks to one subgraph. Subgraphs verify the caller themselves, so the caller's
 * Authorization header travels with every fetch, with the client address, and with the request id
 * and trace so one request reads as one story across services' logs. Each fetch is timed per
 * subgraph, and a fetch that yields no GraphQL answer becomes a public SERVICE_UNAVAILABLE naming the
 * service, its cause logged here.
 *
 * Each subgraph has its own timeouts (queries and mutations apart: a checkout may take longer than a
 * read should) and its own circuit breaker: after repeated failures its fetches fail fast with the
 * same SERVICE_UNAVAILABLE, without waiting for a timeout, until a trial fetch finds it answering.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: string;
  private readonly metrics: SubgraphMetrics;
  private readonly logger: Logger;
  private readonly timeouts: { query: string; mutation: string };
  private readonly circuit: CircuitBreaker;
  private readonly circuitMetrics: CircuitMetrics;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, fetcher: options.fetcher });
    this.subgraph = options.name;
    this.metrics = options.metrics;
    this.logger = options.logger;
    this.timeouts = { query: String(options.timeouts.query), mutation: String(options.timeouts.mutation) };
    this.circuit = options.circuit;
    this.circuitMetrics = options.circuitMetrics;
  }

  override async process(options: ProcessOptions): ReturnType<RemoteGraphQLDataSource['process']> {
    const permit = this.circuit.tryAcquire();
    if (!permit) {
      this.circuitMetrics.rejections.inc({ subgraph: this.subgraph });
      throw new SubgraphUnavailableError(this.subgraph);
    }
    const stopTimer = this.metrics.fetchDuration.startTimer({ subgraph: this.subgraph });
    try {
      const response = await super.process(options);
      permit.success();
      return response;
    } catch (error) {
      this.metrics.fetchErrors.inc({ subgraph: this.subgraph });
      // Only "no GraphQL answer" counts against the subgraph; a relayed 401 or 400 is an answer.
      if (error instanceof SubgraphUnavailableError) permit.failure();
      else permit.success();
      throw error;
    } finally {
      stopTimer();
    }
  }

  override willSendRequest({ request, context }: ProcessOptions): void {
    const headers = request.http?.headers;
    if (!headers) return;
    // The planner writes each subgraph operation as `mutation ...`, `query ...` or `{ ... }`.
    const mutation = request.query?.startsWith('mutation') ?? false;
    headers.set(TIMEOUT_HEADER, mutation ? this.timeouts.mutation : this.timeouts.query);
    // The context carries the request's scope; the log scope is the fallback for fetches made outside it.
    const { authorization, requestId, traceparent, ip } = context as Partial<GatewayContext>;
    const scope = currentLogScope();
    if (authorization) headers.set('authorization', authorization);
    const id = requestId ?? scope?.requestId;
    if (id) headers.set('x-request-id', id);
    const trace = traceparent ?? scope?.traceparent;
    if (trace) headers.set('traceparent', trace);
    // The client address as the gateway resolved it, as the one hop subgraphs trust (per-IP rate
    // limits); whatever X-Forwarded-For the client sent stays here.
    if (ip) headers.set('x-forwarded-for', ip);
  }

  /** A non-2xx answer: relay the subgraph's own GraphQL error when it sent one (401 UNAUTHENTICATED...). */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const relayed = firstCodedError(body);
    if (relayed) return new GraphQLError(relayed.message, { extensions: relayed.extensions });
    return new GraphQLError(`${response.status}: ${response.statusText}`);
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError && error.extensions.code) throw error;
    this.logger.warn(
      { subgraph: this.subgraph, url: this.url, reason: describe(error) },
      'subgraph fetch failed',
    );
    throw new SubgraphUnavailableError(this.subgraph);
  }
}

function firstCodedError(
  body: unknown,
): { message: string; extensions: Record<string, unknown> } | undefined {
  const first = (body as { errors?: unknown[] } | undefined)?.errors?.[0] as
    { message?: unknown; extensions?: { code?: unknown; details?: unknown } } | undefined;
  if (typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return undefined;
  const { code, details } = first.extensions;
  return {
    message: first.message,
    extensions: { code, ...(details && typeof details === 'object' ? { details } : {}) },
  };
}

/** A short cause for the log: `timeout`, `ECONNREFUSED`, `502: Bad Gateway`... */
function describe(error: Error): string {
  const code = (error as { code?: string }).code;
  if (
    error.name === 'TimeoutError' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT'
  ) {
    return 'timeout';
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return code ?? cause?.code ?? cause?.message ?? error.message;
}
