import type { EntityManager } from 'typeorm';
import type { ProductRating } from '../engine/product-document';

/** A product's rating as stored in `product_ratings` (migration 1700000000301). */
export interface StoredRating {
  productId: string;
  rating: ProductRating;
}

/**
 * Saves the ratings in search's own `product_ratings` table, each only if its version is not older than
 * the stored one: the durable copy of reviews' aggregates that the reindex and the indexer join into
 * documents (catalog knows nothing of ratings). One statement; rows in product id order, so two
 * replicas saving overlapping batches lock rows in the same order and never deadlock.
 */
export async function saveNewestRatings(manager: EntityManager, ratings: StoredRating[]): Promise<void> {
  if (ratings.length === 0) return;
  const newest = new Map<string, StoredRating>();
  for (const entry of ratings) {
    const seen = newest.get(entry.productId);
    if (!seen || seen.rating.version <= entry.rating.version) newest.set(entry.productId, entry);
  }
  const rows = [...newest.values()]
    .sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0))
    .map(({ productId, rating }) => ({ product_id: productId, ...rating }));
  await manager.query(
    `INSERT INTO product_ratings AS r (product_id, average, count, version)
     SELECT product_id, average, count, version
     FROM jsonb_to_recordset($1::jsonb) AS x(product_id text, average double precision, count integer, version bigint)
     ON CONFLICT (product_id) DO UPDATE
       SET average = EXCLUDED.average, count = EXCLUDED.count, version = EXCLUDED.version, updated_at = now()
       WHERE r.version <= EXCLUDED.version`,
    [JSON.stringify(rows)],
  );
}

/** The stored ratings of these products (missing ones are unrated). */
export async function findRatings(
  manager: EntityManager,
  productIds: string[],
): Promise<Map<string, ProductRating>> {
  const ratings = new Map<string, ProductRating>();
  if (productIds.length === 0) return ratings;
  const rows: Array<{ product_id: string; average: number | null; count: number; version: string }> =
    await manager.query(
      'SELECT product_id, average, count, version FROM product_ratings WHERE product_id = ANY($1::text[])',
      [[...new Set(productIds)]],
    );
  for (const row of rows) {
    // bigint comes back as a string; versions stay far below 2^53.
    ratings.set(row.product_id, { average: row.average, count: row.count, version: Number(row.version) });
  }
  return ratings;
}
