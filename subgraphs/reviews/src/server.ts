import { ContextExtension, defineSubgraph, RunningSubgraphOf } from '@commerce/runtime';
import { loadReviewsConfig } from './config';
import { createLoaders, ReviewsComponents, ReviewsContext } from './context';
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

/**
 * The reviews subgraph: product reviews with their rating totals, seller ratings, helpful votes,
 * reports and moderation. It learns products from catalog's events and purchases from orders' events.
 */
export const reviewsSubgraph = defineSubgraph({
  name: 'reviews',
  loadConfig: loadReviewsConfig,
  port: (config) => config.REVIEWS_PORT,
  schema: buildReviewsSchema,
  // Nothing of reviews is shared between replicas outside its database.
  cache: 'memory',
  database: {
    entities: [ReviewEntity, SellerReviewEntity],
    migrations: [CreateReviews1700000000700],
  },
  services({ config, dataSource, outbox, relay, logger }): ReviewsComponents {
    const catalog = new CatalogProducts({
      url: config.CATALOG_URL,
      timeoutMs: config.CATALOG_TIMEOUT_MS,
      logger,
    });
    const verification = new PurchaseVerification(outbox);
    return {
      reviews: new ReviewService({ dataSource, outbox, products: new ProductDirectory(dataSource, catalog) }),
      reader: new ReviewReader(dataSource),
      votes: new HelpfulVoteService(dataSource),
      ratings: new RatingService(dataSource),
      sellerReviews: new SellerReviewService(dataSource),
      moderation: new ModerationService(dataSource),
      catalog,
      catalogEvents: new CatalogEventsConsumer(dataSource, logger),
      // Its review.updated events are written in the inbox's transaction: wake the relay after it.
      orderEvents: new OrderEventsConsumer(dataSource, verification, () => relay.kick(), logger),
    };
  },
  context: ({ services: components }): ContextExtension<ReviewsContext> => {
    const {
      catalog: _catalog,
      catalogEvents: _catalogEvents,
      orderEvents: _orderEvents,
      ...services
    } = components;
    return { services, loaders: createLoaders(services) };
  },
  consumers: ({ services }) => [services.catalogEvents.subscription(), services.orderEvents.subscription()],
  onShutdown: ({ services }) => [() => services.catalog.close()],
});

export type RunningReviews = RunningSubgraphOf<typeof reviewsSubgraph>;
