import { idSchema, ReviewEvents, reviewChangeSchema } from '@commerce/contracts';
import type { ProductRating } from '../engine/product-document';

const REVIEW_EVENT_TYPES: ReadonlySet<string> = new Set(ReviewEvents.map((event) => event.type));

export function isReviewEvent(type: string): boolean {
  return REVIEW_EVENT_TYPES.has(type);
}

/**
 * What search reads of reviews' `review.*` events (a tolerant reader of the contract): only the product
 * and its new aggregate; the review's own fields are neither required nor kept.
 */
const reviewEventSchema = reviewChangeSchema
  .pick({ productRating: true })
  // Search keys documents by catalog's product id, whatever its format (as catalog's own events do).
  .extend({ productId: idSchema });
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
