import type { DataSource } from 'typeorm';
import { ProductFact, ProductProjection, ProjectedProduct } from './product-projection';

/** Where products the events have not brought yet are looked up (catalog). */
export interface ProductLookup {
  /** The product as catalog knows it; null when catalog does not know it (or shows it to no one). */
  find(productId: string): Promise<ProductFact | null>;
}

/**
 * Answers "which product is this, and may it be reviewed?" from the local projection, asking catalog
 * only when the projection does not know the product or still holds it as a draft (it may have been
 * published since). What catalog answers is kept, so the next review of it asks no one.
 */
export class ProductDirectory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: ProductLookup,
  ) {}

  /** The product when it can be reviewed (ACTIVE, or ARCHIVED: its buyers may still review it). */
  async findReviewable(productId: string): Promise<ProjectedProduct | null> {
    const product = await this.find(productId);
    return product && (product.status === 'ACTIVE' || product.status === 'ARCHIVED') ? product : null;
  }

  private async find(productId: string): Promise<ProjectedProduct | null> {
    const known = await ProductProjection.find(this.dataSource.manager, productId);
    if (known && known.status !== 'DRAFT') return known;
    const fact = await this.catalog.find(productId);
    if (!fact) return known;
    await ProductProjection.record(this.dataSource.manager, fact);
    return fact;
  }
}
