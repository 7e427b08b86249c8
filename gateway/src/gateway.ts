import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { JwksKeySource, JwtVerifier } from '@commerce/auth';
import { Cache, MemoryCache, PubSub, RedisCache } from '@commerce/cache';
import type { EventBus } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import { apolloLogger, metricsPlugin } from '@commerce/graphql';
import { RunningService, ServiceMetrics, startService } from '@commerce/http';
import { ApqCache } from './apq-cache';
import { openClientAccess } from './clients/client-access';
import { responseCache } from './response-cache';
import { GatewayConfig, subgraphEnvName } from './config';
import { createContextBuilder, GatewayContext } from './context';
import { createGatewayErrorFormatter } from './format-error';
import { costLimitPlugin } from './query-cost';
import { depthLimitRule } from './query-depth';
import { readinessChecks } from './readiness';
import { CircuitMetrics } from './resilience/circuit-metrics';
import { subgraphCircuit } from './resilience/subgraph-circuit';
import { timeoutsOf } from './resilience/subgraph-settings';
import { SubgraphDataSource } from './subgraph-data-source';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { SubgraphMetrics } from './subgraph-metrics';
import { loadSupergraph, unusedOverrides } from './supergraph';
import { sharingMetrics } from './dedup/sharing-metrics';
import { shareIdenticalFetches } from './dedup/subgraph-fetch-sharing';
import { shareIdenticalQueries } from './dedup/query-sharing';
import { LoadShedder } from './overload/load-shedder';
import { shedMetrics } from './overload/shed-metrics';
import { refuseSubscriptionsOverHttp, startLiveUpdates } from './subscriptions';

/** What the caller may hand in instead of letting the gateway build it. */
export interface GatewayDeps {
  /**
   * The APQ store. The embedded launcher passes the process's shared cache; when absent the gateway
   * opens its own (memory when RUNTIME_MODE=embedded, Redis otherwise) and closes it on stop. A cache
   * passed in belongs to the caller and is left open.
   */
  cache?: Cache;
  /**
   * Where subscriptions read order and notification events (the embedded launcher's in-process bus,
   * a test's run-scoped bus); when absent the gateway connects its own for RUNTIME_MODE.
   */
  bus?: EventBus;
  /** The live channel between gateway replicas; when absent, Redis (memory when embedded). */
  pubsub?: PubSub;
}

/**
 * Starts the federated gateway on the platform runtime, from the full-stack entry (main.ts) or from the
 * embedded launcher alike. It serves whatever supergraph SUPERGRAPH_PATH holds: the SDL is static, so
 * the gateway starts even while subgraphs are down, and queries touching those get SERVICE_UNAVAILABLE
 * for their part only.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger,
  deps: GatewayDeps = {},
): Promise<RunningService> {
  const supergraph = await loadSupergraph(config.SUPERGRAPH_PATH, config.SUBGRAPH_URLS);
  for (const variable of unusedOverrides(supergraph.subgraphs, config.SUBGRAPH_URLS)) {
    logger.warn({ variable }, 'subgraph URL override names no subgraph of the supergraph; ignored');
  }
  const envNames = new Set(supergraph.subgraphs.map((s) => subgraphEnvName(s.name)));
  for (const name of Object.keys(config.SUBGRAPH_OVERRIDES).filter((n) => !envNames.has(n))) {
    logger.warn({ subgraph: name }, 'SUBGRAPH_<NAME>_* settings name no subgraph of the supergraph; ignored');
  }
  const urls = new Map(supergraph.subgraphs.map((s) => [s.name, s.url]));
  const metrics = new ServiceMetrics('gateway');
  const subgraphMetrics = new SubgraphMetrics(metrics);
  const circuitMetrics = new CircuitMetrics(metrics);
  const overridesOf = (name: string) => config.SUBGRAPH_OVERRIDES[subgraphEnvName(name)];
  const breakerSettings = {
    failureThreshold: config.SUBGRAPH_BREAKER_FAILURES,
    windowMs: config.SUBGRAPH_BREAKER_WINDOW_MS,
    openMs: config.SUBGRAPH_BREAKER_OPEN_MS,
    halfOpenProbes: 1,
  };
  const http = createSubgraphFetcher({
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    connections: config.SUBGRAPH_CONNECTIONS,
  });
  const shared = sharingMetrics(metrics);
  const fetcher = config.SHARE_INFLIGHT_SUBGRAPH_FETCHES
    ? shareIdenticalFetches(http.fetcher, shared.subgraphFetch)
    : http.fetcher;
  const shedder = new LoadShedder({
    maxInFlight: config.OVERLOAD_MAX_IN_FLIGHT,
    maxEventLoopLagMs: config.OVERLOAD_MAX_EVENT_LOOP_LAG_MS,
    retryAfterSeconds: config.OVERLOAD_RETRY_AFTER_SECONDS,
    onShed: shedMetrics(metrics),
  });
  const ownedCache = deps.cache ? undefined : openCache(config);
  const cache = deps.cache ?? ownedCache!;
  // API keys, trusted documents and budgets (gateway/src/clients, gateway/src/budgets).
  const clients = await openClientAccess<GatewayContext>({
    config,
    usersUrl: urls.get('users') ?? '',
    cache,
    metrics,
    logger,
  });

  let loaded = false;
  let apiSchema: GraphQLSchema | null = null;
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph.sdl,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: urls.get(name) ?? url ?? '',
        fetcher,
        metrics: subgraphMetrics,
        logger,
        timeouts: timeoutsOf(overridesOf(name), config),
        circuit: subgraphCircuit(name, breakerSettings, circuitMetrics, logger),
        circuitMetrics,
      }),
  });
  gateway.onSchemaLoadOrUpdate((update) => {
    loaded = true;
    apiSchema = update.apiSchema;
  });

  const formatError = createGatewayErrorFormatter(logger);
  const validationRules = [depthLimitRule(config.MAX_QUERY_DEPTH)];
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    nodeEnv: config.NODE_ENV,
    introspection: config.NODE_ENV !== 'production',
    csrfPrevention: true,
    persistedQueries: { cache: new ApqCache(cache, logger), ttl: config.APQ_TTL_SECONDS },
    validationRules,
    plugins: [
      ...clients.plugins,
      metricsPlugin<GatewayContext>(metrics),
      costLimitPlugin<GatewayContext>(config.MAX_QUERY_COST),
      refuseSubscriptionsOverHttp<GatewayContext>(),
      ...(config.RESPONSE_CACHE_MB > 0
        ? [
            responseCache({
              maxMegabytes: config.RESPONSE_CACHE_MB,
              metrics,
              waitMs: config.SUBGRAPH_TIMEOUT_MS,
            }),
          ]
        : []),
    ],
    logger: apolloLogger(logger),
    // exitOnSignal drains the HTTP server first; Apollo's own handler would stop it mid-request.
    stopOnTerminationSignals: false,
  });
  const verifier = new JwtVerifier(new JwksKeySource(config.JWKS_URL), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const release = async () => {
    shedder.stop();
    await clients.close().catch((error) => logger.error({ err: error }, 'closing client access failed'));
    await http.close().catch((error) => logger.error({ err: error }, 'closing subgraph connections failed'));
    await ownedCache?.close();
  };
  const live = await startLiveUpdates({
    config,
    logger,
    metrics,
    server,
    schema: () => apiSchema,
    verifier,
    formatError,
    validationRules,
    bus: deps.bus,
    pubsub: deps.pubsub,
  }).catch(async (error: unknown) => {
    await release();
    throw error;
  });

  try {
    const service = await startService<GatewayContext>({
      name: 'gateway',
      port: config.GATEWAY_PORT,
      logger,
      metrics,
      graphql: {
        server,
        context: createContextBuilder(verifier, config.TRUSTED_PROXY_HOPS),
        around: config.SHARE_INFLIGHT_QUERIES ? shareIdenticalQueries(shared.query) : undefined,
      },
      shed: shedder.shed,
      readiness: {
        ...readinessChecks({
          loaded: () => loaded,
          subgraphs: supergraph.subgraphs,
          http,
          probeOf: (name) => overridesOf(name)?.health ?? config.SUBGRAPH_HEALTH,
        }),
        // An overloaded replica asks the balancer for fewer requests until it catches up.
        load: async () => shedder.overloadReason() === undefined,
      },
      cors: { origins: config.CORS_ORIGINS },
      shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
      onShutdown: [release],
      onServerCreated: (httpServer) => live.attach(httpServer),
    });
    // Sockets first, with their reconnect code, before the HTTP drain destroys every connection.
    let stopping: Promise<void> | null = null;
    const stop = () => (stopping ??= live.close().then(() => service.stop()));
    return { ...service, stop };
  } catch (error) {
    await server.stop().catch(() => undefined);
    await live.close().catch(() => undefined);
    await release();
    throw error;
  }
}

/** The gateway's own APQ store when none is handed in: shared Redis in full-stack mode. */
function openCache(config: GatewayConfig): Cache {
  return config.RUNTIME_MODE === 'embedded' ? new MemoryCache() : new RedisCache(config.REDIS_URL);
}
