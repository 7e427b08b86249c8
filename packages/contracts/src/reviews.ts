/**
 * What the reviews service tells others: a product's reviews changed, with the product's new rating
 * totals (consumed by search for `minRating` and the RATING sort, later by analytics).
 */
import { z } from 'zod';
import { defineEvent } from './event';
import { uuidSchema } from './ids';

/**
 * The product's rating right after the change. `version` is the product aggregate's row version, +1
 * on every change of the product's reviews, so a consumer keeps only the highest version it has seen
 * and may apply events in any order.
 */
export const productRatingSnapshotSchema = z.object({
  /**
   * Mean rating rounded to 2 decimals; null when the product has no review left (readers treat a
   * count of 0 as unrated whatever the average says).
   */
  average: z.number().min(0).max(5).nullable(),
  count: z.number().int().min(0),
  version: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/**
 * The data of `review.created`, `review.updated` and `review.deleted`. For `review.deleted`, `rating`
 * and `verifiedPurchase` are those of the review that was deleted. `review.updated` is also sent when
 * a review gains or loses its verified-purchase mark (an order delivered or refunded).
 */
export const reviewChangeSchema = z.object({
  reviewId: uuidSchema,
  productId: uuidSchema,
  authorId: uuidSchema,
  rating: z.number().int().min(1).max(5),
  verifiedPurchase: z.boolean(),
  productRating: productRatingSnapshotSchema,
});

export const ReviewCreated = defineEvent('review.created', reviewChangeSchema);
export const ReviewUpdated = defineEvent('review.updated', reviewChangeSchema);
export const ReviewDeleted = defineEvent('review.deleted', reviewChangeSchema);

/** Every review event: one payload shape, three facts. */
export const ReviewEvents = [ReviewCreated, ReviewUpdated, ReviewDeleted] as const;

export type ProductRatingSnapshot = z.infer<typeof productRatingSnapshotSchema>;
export type ReviewChange = z.infer<typeof reviewChangeSchema>;
