import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { JwksKeySource, JwtVerifier } from '@commerce/auth';
import type { Cache } from '@commerce/cache';
import { isDatabaseReachable, openDatabase } from '@commerce/database';
import {
  CreateOutboxAndInbox1700000000000,
  EventBus,
  OutboxRelay,
  OutboxWriter,
  StopConsuming,
} from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import {
  baseRequestContext,
  createSubgraphServer,
  RunningService,
  ServiceMetrics,
  startService,
} from '@commerce/runtime';
import type { ReviewsConfig } from './config';
import { createLoaders, ReviewsContext, ReviewsServices } from './context';
import { CreateReviews1700000000700 } from './migrations/1700000000700-create-reviews';
import { ModerationService } from './moderation/moderation.service';
import { CatalogEventsConsumer } from './product/catalog-events.consumer';
import { CatalogProducts } from './product/catalog-products';
import { ProductDirectory } from './product/product-directory';
import { OrderEventsConsumer } from './purchase/order-events.consumer';
import { PurchaseVerification } from './purchase/purchase-verification';
import { RatingService } from './rating/rating.service';
import { HelpfulVoteService } from './review/helpful-vote.service';
import { ReviewEntity } from './review/review.entity';
import { ReviewReader } from './review/review-reader';
import { ReviewService } from './review/review.service';
import { buildReviewsSchema } from './schema';
import { SellerReviewEntity } from './seller-review/seller-review.entity';
import { SellerReviewService } from './seller-review/seller-review.service';

/** What the process (main.ts or the embedded launcher) hands the reviews service. */
export interface ReviewsDependencies {
  logger: Logger;
  bus: EventBus;
  /** Accepted like every service's; reviews keeps no cache of its own. */
  cache?: Cache;
}

/** The running service, with the pieces tests and launchers reach into. */
export interface ReviewsService extends RunningService {
  services: ReviewsServices;
  relay: OutboxRelay;
  /** The service's own database (tests count and inspect its statements). */
  dataSource: DataSource;
}

/**
 * Wires the reviews subgraph: database, catalog lookups, services, the two event consumers (catalog's
 * products, orders' purchases), the outbox relay and the HTTP runtime.
 */
export async function startReviewsService(
  config: ReviewsConfig,
  deps: ReviewsDependencies,
): Promise<ReviewsService> {
  const { logger, bus } = deps;
  const dataSource = await openDatabase({
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    entities: [ReviewEntity, SellerReviewEntity],
    migrations: [CreateOutboxAndInbox1700000000000, CreateReviews1700000000700],
    logger,
  });
  const relay = new OutboxRelay(dataSource, bus, logger);
  const outbox = new OutboxWriter('reviews', () => relay.kick());
  const catalog = new CatalogProducts({
    url: config.CATALOG_URL,
    timeoutMs: config.CATALOG_TIMEOUT_MS,
    logger,
  });
  const services: ReviewsServices = {
    reviews: new ReviewService({ dataSource, outbox, products: new ProductDirectory(dataSource, catalog) }),
    reader: new ReviewReader(dataSource),
    votes: new HelpfulVoteService(dataSource),
    ratings: new RatingService(dataSource),
    sellerReviews: new SellerReviewService(dataSource),
    moderation: new ModerationService(dataSource),
  };
  const consumers = [
    new CatalogEventsConsumer(dataSource, logger),
    new OrderEventsConsumer(dataSource, new PurchaseVerification(outbox), () => relay.kick(), logger),
  ];
  relay.start();
  const stopConsuming: StopConsuming[] = [];
  for (const consumer of consumers) {
    stopConsuming.push(
      await bus.consume({
        consumer: consumer.consumer,
        patterns: consumer.patterns,
        handler: (event) => consumer.handle(event),
      }),
    );
  }

  const verifier = new JwtVerifier(new JwksKeySource(config.JWKS_URL), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  const metrics = new ServiceMetrics('reviews');
  const schema = await buildReviewsSchema();
  const production = config.NODE_ENV === 'production';
  const context = async (request: { req: IncomingMessage; scope: LogScope }): Promise<ReviewsContext> => ({
    ...(await baseRequestContext(verifier, request, config.TRUSTED_PROXY_HOPS)),
    services,
    loaders: createLoaders(services),
  });

  const running = await startService<ReviewsContext>({
    name: 'reviews',
    port: config.REVIEWS_PORT,
    logger,
    metrics,
    graphql: {
      server: createSubgraphServer<ReviewsContext>({ schema, logger, metrics, production }),
      context,
    },
    readiness: {
      database: () => isDatabaseReachable(dataSource),
      eventBus: async () => bus.isHealthy(),
    },
    // Drained HTTP first (by the runtime), then the consumers, the relay, the pools.
    onShutdown: [...stopConsuming, () => relay.stop(), () => catalog.close(), () => dataSource.destroy()],
    shutdownTimeoutMs: config.SHUTDOWN_TIMEOUT_MS,
  });
  return { ...running, services, relay, dataSource };
}
