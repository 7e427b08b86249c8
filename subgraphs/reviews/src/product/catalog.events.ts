import { z } from 'zod';

/**
 * Catalog's events as reviews reads them (queue `reviews-catalog`): a tolerant reader of catalog's
 * product snapshot, keeping only what deciding on a review needs. Unknown fields are ignored.
 */
export const CatalogEvents = {
  productCreated: 'product.created',
  productUpdated: 'product.updated',
  productDeleted: 'product.deleted',
} as const;

/** The durable queue (and inbox name) of catalog events in the reviews service. */
export const REVIEWS_CATALOG_CONSUMER = 'reviews-catalog';

const uuid = z
  .string()
  .uuid()
  .transform((id) => id.toLowerCase());

export const productSnapshotRule = z.object({
  productId: uuid,
  sellerId: uuid,
  status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']),
  /** ISO 8601: a snapshot older than the one held is ignored (events may arrive out of order). */
  updatedAt: z.string().datetime({ offset: true }),
});

export const productDeletedRule = z.object({ productId: uuid });
