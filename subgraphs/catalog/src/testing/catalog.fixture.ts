import { randomUUID } from 'node:crypto';
import { pathIds, ancestorsForChild } from '../category/category-path';
import { CategoryRecord, ProductRecord, ProductStatus, ReservationRequest } from '../store/catalog-store';
import { reservationRequestHash } from '../store/reservation-rules';

let sequence = 0;

/** A valid category record under `parent` (a root when null), with a unique slug. */
export function aCategory(parent: CategoryRecord | null = null, name?: string): CategoryRecord {
  sequence++;
  const label = name ?? `Category ${sequence}`;
  return {
    id: randomUUID(),
    name: label,
    slug: `${label.toLowerCase().replace(/\W+/g, '-')}-${sequence}-${randomUUID().slice(0, 8)}`,
    parentId: parent?.id ?? null,
    ancestorIds: ancestorsForChild(parent),
    createdAt: new Date(),
  };
}

/** A valid ACTIVE product in `category`, overridable field by field. */
export function aProduct(category: CategoryRecord, overrides: Partial<ProductRecord> = {}): ProductRecord {
  sequence++;
  const now = new Date();
  return {
    id: randomUUID(),
    sellerId: randomUUID(),
    categoryId: category.id,
    categoryIds: pathIds(category),
    name: `Product ${sequence}`,
    description: `Description of product ${sequence}`,
    brand: 'Acme',
    price: { amount: 1999, currency: 'EUR' },
    images: ['https://img.example.com/1.jpg'],
    attributes: [{ name: 'colour', value: 'red' }],
    status: ProductStatus.ACTIVE,
    stockAvailable: 10,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...overrides,
  };
}

/** A reservation request for these items, expiring after `ttlMs`. */
export function aReservation(
  items: { productId: string; quantity: number }[],
  ttlMs = 60_000,
  now = new Date(),
): ReservationRequest {
  const orderId = `order-${randomUUID()}`;
  return {
    id: randomUUID(),
    orderId,
    items,
    requestHash: reservationRequestHash(orderId, items),
    expiresAt: new Date(now.getTime() + ttlMs),
  };
}
