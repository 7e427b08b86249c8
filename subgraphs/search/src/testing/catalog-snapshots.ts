import { randomUUID } from 'node:crypto';
import type { ProductSnapshot } from '@commerce/contracts';

const electronics = { id: 'c0000000-0000-4000-8000-000000000001', name: 'Electronics', slug: 'electronics' };
const phones = { id: 'c0000000-0000-4000-8000-000000000002', name: 'Phones', slug: 'phones' };

/** A valid catalog snapshot (product.created data, export item) with a fresh id; override any field. */
export function catalogSnapshot(overrides: Partial<ProductSnapshot> = {}): ProductSnapshot {
  const now = new Date().toISOString();
  return {
    productId: randomUUID(),
    sellerId: randomUUID(),
    categoryId: phones.id,
    categoryPath: [electronics, phones],
    name: 'Test Phone',
    description: 'A phone for tests',
    brand: 'Acme',
    price: { amount: 19900, currency: 'USD' },
    images: [],
    attributes: [{ name: 'Color', value: 'Black' }],
    status: 'ACTIVE',
    stockAvailable: 5,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}
