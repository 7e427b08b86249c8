import { z } from 'zod';
import { averageOf, RatingTotals } from '../rating/rating-aggregate';
import type { ReviewEntity } from './review.entity';

/**
 * Events the reviews service publishes (routing key = type), always through its outbox, in the
 * transaction of the change. Consumers: search (rating filter and sort), analytics.
 */
export const ReviewEvents = {
  created: 'review.created',
  updated: 'review.updated',
  deleted: 'review.deleted',
} as const;

export type ReviewEventType = (typeof ReviewEvents)[keyof typeof ReviewEvents];

export const REVIEWS_EVENT_SOURCE = 'reviews';

/**
 * The product's rating right after the change. `version` is the product aggregate's row version, +1
 * on every change of the product's reviews, so a consumer keeps only the highest version it has seen
 * and may apply events in any order.
 */
export const productRatingSnapshotSchema = z.object({
  /** Mean rating rounded to 2 decimals; null when the product has no review left. */
  average: z.number().min(1).max(5).nullable(),
  count: z.number().int().min(0),
  version: z.number().int().min(1),
});

/**
 * The data of `review.created`, `review.updated` and `review.deleted` (envelope version 1). For
 * `review.deleted`, `rating` and `verifiedPurchase` are those of the review that was deleted.
 * `review.updated` is also sent when a review gains or loses its verified-purchase mark (an order
 * delivered or refunded).
 */
export const reviewEventDataSchema = z.object({
  reviewId: z.string().uuid(),
  productId: z.string().uuid(),
  authorId: z.string().uuid(),
  rating: z.number().int().min(1).max(5),
  verifiedPurchase: z.boolean(),
  productRating: productRatingSnapshotSchema,
});

export type ProductRatingSnapshot = z.infer<typeof productRatingSnapshotSchema>;
export type ReviewEventData = z.infer<typeof reviewEventDataSchema>;

/** The event data for `review` after a change that left the product's totals at `totals`. */
export function reviewEventData(review: ReviewEntity, totals: RatingTotals): ReviewEventData {
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
