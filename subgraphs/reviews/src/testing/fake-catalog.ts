import { randomUUID } from 'node:crypto';
import { FakeSubgraph } from '@commerce/testing';

/** A product as catalog's `_entities` answers reviews' lookup. */
export interface FakeProduct {
  id: string;
  sellerId: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  updatedAt: string;
}

/**
 * Stands in for the catalog subgraph in reviews' tests (catalog is another service): answers the
 * federation `_entities` query reviews sends for products it does not know yet, null for unknown
 * ids and for drafts (catalog shows a draft to no anonymous caller); `requests` counts the lookups.
 */
export class FakeCatalog extends FakeSubgraph {
  private readonly products = new Map<string, FakeProduct>();

  private constructor() {
    super('Product');
  }

  static start(): Promise<FakeCatalog> {
    return new FakeCatalog().listen();
  }

  put(product: Partial<FakeProduct> & { sellerId: string }): FakeProduct {
    const stored: FakeProduct = {
      id: randomUUID(),
      status: 'ACTIVE',
      updatedAt: new Date().toISOString(),
      ...product,
    };
    this.products.set(stored.id, stored);
    return stored;
  }

  protected entity(id: string): Record<string, unknown> | null {
    const product = this.products.get(id);
    if (!product || product.status === 'DRAFT') return null;
    return {
      id: product.id,
      status: product.status,
      updatedAt: product.updatedAt,
      seller: { id: product.sellerId },
    };
  }
}
