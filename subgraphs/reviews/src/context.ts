import DataLoader from 'dataloader';
import type { RequestContext } from '@commerce/auth';
import { createByIdLoader } from '@commerce/graphql';
import type { CatalogEventsConsumer } from './product/catalog-events.consumer';
import type { CatalogProducts } from './product/catalog-products';
import type { OrderEventsConsumer } from './purchase/order-events.consumer';
import type { ModerationService, OpenReport } from './moderation/moderation.service';
import type { RatingTotals } from './rating/rating-aggregate';
import type { RatingService } from './rating/rating.service';
import type { HelpfulVoteService } from './review/helpful-vote.service';
import type { ReviewEntity } from './review/review.entity';
import type { ReviewPage, ReviewPageRequest, ReviewReader } from './review/review-reader';
import type { ReviewService } from './review/review.service';
import type { SellerReviewService } from './seller-review/seller-review.service';

/** The reviews service's singletons, reached by resolvers through the request context. */
export interface ReviewsServices {
  reviews: ReviewService;
  reader: ReviewReader;
  votes: HelpfulVoteService;
  ratings: RatingService;
  sellerReviews: SellerReviewService;
  moderation: ModerationService;
}

/**
 * This request's batched reads: every list of N products, reviews or users costs one query per
 * loader, whatever the number of entities (the N+1 guard).
 */
export interface ReviewsLoaders {
  reviewById: DataLoader<string, ReviewEntity | null>;
  reviewPages: DataLoader<ReviewPageRequest, ReviewPage, string>;
  productRating: DataLoader<string, RatingTotals | null>;
  sellerRating: DataLoader<string, RatingTotals | null>;
  reviewCountByAuthor: DataLoader<string, number>;
  openReports: DataLoader<string, OpenReport[]>;
}

/** What the service builds at start-up: the services, and the parts the platform wires (consumers, clients). */
export interface ReviewsComponents extends ReviewsServices {
  catalog: CatalogProducts;
  catalogEvents: CatalogEventsConsumer;
  orderEvents: OrderEventsConsumer;
}

/** Per-request context: the caller, the services and this request's DataLoaders. */
export interface ReviewsContext extends RequestContext {
  services: ReviewsServices;
  loaders: ReviewsLoaders;
}

/** Fresh loaders per request: nothing read for one caller is served to another. */
export function createLoaders(services: ReviewsServices): ReviewsLoaders {
  return {
    reviewById: createByIdLoader((ids) => services.reader.findByIds(ids)),
    reviewPages: new DataLoader((requests) => services.reader.findPages(requests), {
      cacheKeyFn: (request) => JSON.stringify(request),
    }),
    productRating: new DataLoader((ids) => services.ratings.totals('PRODUCT', ids)),
    sellerRating: new DataLoader((ids) => services.ratings.totals('SELLER', ids)),
    reviewCountByAuthor: new DataLoader((ids) => services.reader.countByAuthors(ids)),
    openReports: new DataLoader((ids) => services.moderation.openReports(ids)),
  };
}
