import { randomUUID } from 'node:crypto';
import type { Money } from '@commerce/contracts';
import { FakeSubgraph } from '@commerce/testing';

/** A product as the catalog's `_entities` answers it to the cart. */
export interface FakeProduct {
  id: string;
  name: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  price: Money;
  stockAvailable: number;
  sellerId: string;
}

/**
 * What the cart's tests need from a catalog: a GraphQL URL answering `_entities` for Product, and a
 * way to put and change products. The real catalog can stand in for this in end-to-end tests.
 */
interface CatalogFixture {
  readonly url: string;
  put(product: Partial<FakeProduct> & { sellerId: string }): FakeProduct;
  update(id: string, changes: Partial<Omit<FakeProduct, 'id'>>): FakeProduct;
  stop(): Promise<void>;
}

/**
 * A tiny in-memory catalog subgraph for the cart's tests (catalog is built in parallel): it answers the
 * federation `_entities` query exactly as the contract describes, null for unknown ids.
 */
export class FakeCatalog extends FakeSubgraph implements CatalogFixture {
  private readonly products = new Map<string, FakeProduct>();

  private constructor() {
    super('Product');
  }

  static start(): Promise<FakeCatalog> {
    return new FakeCatalog().listen();
  }

  put(product: Partial<FakeProduct> & { sellerId: string }): FakeProduct {
    const id = product.id ?? randomUUID();
    const stored: FakeProduct = {
      id,
      name: `Product ${id.slice(0, 8)}`,
      status: 'ACTIVE',
      price: { amount: 1000, currency: 'USD' },
      stockAvailable: 50,
      ...product,
    };
    this.products.set(id, stored);
    return stored;
  }

  update(id: string, changes: Partial<Omit<FakeProduct, 'id'>>): FakeProduct {
    const current = this.products.get(id);
    if (!current) throw new Error(`fake catalog has no product ${id}`);
    const updated = { ...current, ...changes };
    this.products.set(id, updated);
    return updated;
  }

  protected entity(id: string): Record<string, unknown> | null {
    const product = this.products.get(id);
    if (!product) return null;
    const { sellerId, ...rest } = product;
    return { ...rest, seller: { id: sellerId } };
  }
}
