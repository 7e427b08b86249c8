/**
 * What reviews tells search: the data of `review.created`, `review.updated` and `review.deleted`. A
 * structural copy of reviews' contract (search never imports reviews). Tolerant reader: search needs
 * only the product and its new aggregate, so the review's own fields (reviewId, authorId, rating,
 * verifiedPurchase) are neither required nor kept, and unknown fields are ignored.
 */
import { z } from 'zod';
import type { ProductRating } from '../engine/search-engine';

export const ReviewEvents = {
  reviewCreated: 'review.created',
  reviewUpdated: 'review.updated',
  reviewDeleted: 'review.deleted',
} as const;

const REVIEW_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(ReviewEvents));

export function isReviewEvent(type: string): boolean {
  return REVIEW_EVENT_TYPES.has(type);
}

export const reviewEventSchema = z.object({
  productId: z.string().min(1).max(100),
  /** The product's aggregate after the change. */
  productRating: z.object({
    /** Two decimals, null when count is 0. */
    average: z.number().min(0).max(5).nullable(),
    count: z.number().int().min(0),
    /** The aggregate's row version, +1 on every change. */
    version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  }),
});

/** The product's rating as search keeps it; an aggregate of no review is unrated whatever its average. */
export function ratingFromReviewEvent(data: unknown): { productId: string; rating: ProductRating } {
  const { productId, productRating } = reviewEventSchema.parse(data);
  return {
    productId,
    rating: {
      average: productRating.count === 0 ? null : productRating.average,
      count: productRating.count,
      version: productRating.version,
    },
  };
}
