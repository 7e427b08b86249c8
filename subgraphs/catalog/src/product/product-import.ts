import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { badInput } from '@commerce/errors';
import { orderPath, pathIds } from '../category/category-path';
import type { CatalogStore, CategoryRecord, ProductWrite } from '../store/catalog-store';
import { uuidRule, validate } from '../validation';
import { newProductRecord } from './new-product';
import { productSnapshot } from './product-snapshot';
import { productCreatedEvent } from './product.events';
import { createProductRule } from './product.validation';

const importRule = createProductRule.extend({
  sellerId: uuidRule,
  id: uuidRule.optional(),
  createdAt: z.date().optional(),
});

export type ImportedProduct = z.input<typeof importRule>;

export interface ImportOptions {
  /**
   * Record `product.created` for each product (through the outbox, like any write). The seed turns it
   * off for large imports and has search rebuild its index from `GET /internal/products` instead:
   * one export pass is far cheaper than 100 000 events.
   */
  withEvents: boolean;
}

/**
 * The seed path: validates every row with the same rules as `createProduct` (BAD_USER_INPUT names
 * `rows.<index>.<field>`), resolves all categories with two queries, and inserts in store batches.
 * Not reachable from GraphQL; callers are trusted code (seed command, benchmarks).
 */
export async function importProducts(
  store: CatalogStore,
  rows: readonly ImportedProduct[],
  options: ImportOptions,
): Promise<number> {
  const inputs = rows.map((row, index) => {
    try {
      return validate(importRule, row);
    } catch (error) {
      const field = (error as { details?: { field?: string } }).details?.field ?? 'input';
      throw badInput(`rows.${index}.${field} is invalid`, { field: `rows.${index}.${field}` });
    }
  });
  const paths = await categoryPaths(store, [...new Set(inputs.map((i) => i.categoryId.toLowerCase()))]);
  const now = new Date();
  const writes: ProductWrite[] = inputs.map((input, index) => {
    const path = paths.get(input.categoryId.toLowerCase());
    if (!path)
      throw badInput(`rows.${index}.categoryId does not name a category`, {
        field: `rows.${index}.categoryId`,
      });
    const product = newProductRecord(input, {
      id: input.id?.toLowerCase() ?? randomUUID(),
      sellerId: input.sellerId.toLowerCase(),
      path,
      createdAt: input.createdAt ?? now,
    });
    const categories = new Map(path.map((c) => [c.id, c]));
    return {
      product,
      events: options.withEvents ? [productCreatedEvent(productSnapshot(product, categories))] : [],
    };
  });
  return store.bulkInsertProducts(writes);
}

/** Root-first paths of the given categories: one lookup for them, one for all their ancestors. */
async function categoryPaths(store: CatalogStore, ids: string[]): Promise<Map<string, CategoryRecord[]>> {
  const found = (await store.findCategoriesByIds(ids)).filter((c): c is CategoryRecord => c !== null);
  const ancestors = [...new Set(found.flatMap((c) => c.ancestorIds))];
  const all = [...found, ...(await store.findCategoriesByIds(ancestors))];
  return new Map(found.map((c) => [c.id, orderPath(pathIds(c), all)]));
}
