import type { EntityManager } from 'typeorm';

type ProjectedStatus = 'DRAFT' | 'ACTIVE' | 'ARCHIVED' | 'DELETED';

/** What reviews knows about a product: whose it is and whether it can be reviewed. */
export interface ProjectedProduct {
  productId: string;
  sellerId: string;
  status: ProjectedStatus;
}

/** A product as catalog described it at `sourceUpdatedAt` (its own `updatedAt`). */
export interface ProductFact extends ProjectedProduct {
  sourceUpdatedAt: Date;
}

/**
 * The local read model of catalog's products (table `products`), fed by catalog's events and by
 * lookups in catalog. A fact never replaces a newer one: events may arrive out of order, and a
 * lookup may race with an event.
 */
export const ProductProjection = {
  async find(manager: EntityManager, productId: string): Promise<ProjectedProduct | null> {
    const rows: { product_id: string; seller_id: string; status: ProjectedStatus }[] = await manager.query(
      `SELECT product_id, seller_id, status FROM products WHERE product_id = $1`,
      [productId],
    );
    return rows.length === 0
      ? null
      : { productId: rows[0].product_id, sellerId: rows[0].seller_id, status: rows[0].status };
  },

  async record(manager: EntityManager, fact: ProductFact): Promise<void> {
    await manager.query(
      `INSERT INTO products AS p (product_id, seller_id, status, source_updated_at)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (product_id) DO UPDATE SET
         seller_id = EXCLUDED.seller_id, status = EXCLUDED.status,
         source_updated_at = EXCLUDED.source_updated_at, updated_at = now()
       WHERE p.source_updated_at <= EXCLUDED.source_updated_at AND p.status <> 'DELETED'`,
      [fact.productId, fact.sellerId, fact.status, fact.sourceUpdatedAt],
    );
  },

  /** Deletion is final whatever arrives later; the seller stays known (reviews keep referring to it). */
  async markDeleted(manager: EntityManager, productId: string): Promise<void> {
    await manager.query(`UPDATE products SET status = 'DELETED', updated_at = now() WHERE product_id = $1`, [
      productId,
    ]);
  },
};
