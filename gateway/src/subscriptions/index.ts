import type { ApolloServer } from '@apollo/server';
import type { Server } from 'node:http';
import type { GraphQLFormattedError, GraphQLSchema, ValidationRule } from 'graphql';
import type { JwtVerifier } from '@commerce/auth';
import { MemoryPubSub, PubSub, RedisPubSub } from '@commerce/cache';
import { connectEventBus, EventBus } from '@commerce/events';
import type { ServiceMetrics } from '@commerce/http';
import type { Logger } from '@commerce/logging';
import type { GatewayConfig } from '../config';
import type { GatewayContext } from '../context';
import { startEventBridge } from './event-bridge';
import { decodeLiveEvent } from './live-event';
import { gatewayExecutor } from './live-executor';
import { LiveHub } from './live-hub';
import { LiveMetrics } from './live-metrics';
import { createSubscriptionServer } from './subscription-server';

interface LiveUpdatesOptions {
  config: GatewayConfig;
  logger: Logger;
  metrics: ServiceMetrics;
  server: ApolloServer<GatewayContext>;
  schema: () => GraphQLSchema | null;
  verifier: JwtVerifier;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  validationRules: ValidationRule[];
  /** The bus to read order and notification events from; opened (and closed) here when absent. */
  bus?: EventBus;
  /** The live channel between replicas; opened (and closed) here when absent. */
  pubsub?: PubSub;
}

interface LiveUpdates {
  attach(server: Server): void;
  /** Subscriptions served by this process. */
  subscriptions(): number;
  /** Closes the sockets with 1012, stops reading events, and releases what it opened. */
  close(): Promise<void>;
}

/**
 * GraphQL subscriptions at the gateway (docs/decisions/0050-subscriptions-at-the-gateway.md): events
 * from the bus are bridged to a live channel every replica listens on, and each replica resolves them
 * for its own sockets through the supergraph.
 */
export async function startLiveUpdates(options: LiveUpdatesOptions): Promise<LiveUpdates> {
  const { config, logger } = options;
  const embedded = config.RUNTIME_MODE === 'embedded';
  const ownedPubSub = options.pubsub
    ? undefined
    : embedded
      ? new MemoryPubSub()
      : new RedisPubSub(config.REDIS_URL);
  const pubsub = options.pubsub ?? ownedPubSub!;
  const ownedBus = options.bus
    ? undefined
    : await connectEventBus(config.RUNTIME_MODE, config.AMQP_URL, logger);
  const bus = options.bus ?? ownedBus!;
  const executor = gatewayExecutor(options.server);
  let sockets: { connections(): number } | null = null;
  const hub: LiveHub = new LiveHub(executor, logger, (seconds) =>
    liveMetrics.fanOutDuration.observe(seconds),
  );
  const liveMetrics = new LiveMetrics(options.metrics, {
    sockets: () => sockets?.connections() ?? 0,
    subscriptions: () => hub.size,
  });
  const releases: Array<() => Promise<void>> = [];
  try {
    const channel = config.SUBSCRIPTIONS_CHANNEL;
    releases.push(
      await pubsub.subscribe(channel, (message) => {
        const event = decodeLiveEvent(message);
        if (event) hub.publish(event);
        else logger.warn('unreadable message on the live channel; ignored');
      }),
    );
    releases.push(await startEventBridge({ bus, pubsub, channel, logger }));
  } catch (error) {
    for (const release of releases.reverse()) await release().catch(() => undefined);
    await ownedPubSub?.close();
    // The embedded bus is the process's shared one: never ours to close.
    if (!embedded) await ownedBus?.close();
    throw error;
  }
  const server = createSubscriptionServer({
    path: '/graphql',
    schema: options.schema,
    verifier: options.verifier,
    hub,
    execute: executor,
    formatError: options.formatError,
    validationRules: options.validationRules,
    maxSubscriptionsPerConnection: config.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxConnectionsPerUser: config.MAX_CONNECTIONS_PER_USER,
    keepAliveMs: config.WS_KEEPALIVE_MS,
    logger,
  });
  sockets = server;

  return {
    attach: (httpServer) => server.attach(httpServer),
    subscriptions: () => hub.size,
    async close() {
      await server.close();
      for (const release of releases.reverse()) {
        await release().catch((error) => logger.error({ err: error }, 'stopping live updates failed'));
      }
      await hub.settled();
      await ownedPubSub?.close();
      if (!embedded) await ownedBus?.close();
    },
  };
}

export { refuseSubscriptionsOverHttp } from './http-refusal';
