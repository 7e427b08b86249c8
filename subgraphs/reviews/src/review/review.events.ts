import type { ReviewChange } from '@commerce/contracts';
import { averageOf, RatingTotals } from '../rating/rating-aggregate';
import type { ReviewEntity } from './review.entity';

/**
 * The data of a `review.*` event (contracts: `@commerce/contracts`, reviews.ts) for `review` after a
 * change that left the product's totals at `totals`. Always written through the outbox, in the
 * transaction of the change; consumers: search (rating filter and sort).
 */
export function reviewEventData(review: ReviewEntity, totals: RatingTotals): ReviewChange {
  return {
    reviewId: review.id,
    productId: review.productId,
    authorId: review.authorId,
    rating: review.rating,
    verifiedPurchase: review.verifiedPurchase,
    productRating: {
      average: averageOf(totals.sum, totals.count),
      count: totals.count,
      version: totals.version,
    },
  };
}
