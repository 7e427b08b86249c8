import type { CategoryRecord, ProductRecord, ReservationRecord } from '../catalog-store';
import type { CategoryEntity } from './category.entity';
import type { ProductEntity } from './product.entity';
import type { ReservationEntity } from './reservation.entity';

/** Row <-> record mapping of the PostgreSQL adapter; records are what the rest of the service sees. */
export function productFromRow(row: ProductEntity): ProductRecord {
  const doc = row.document;
  return {
    id: row.id,
    sellerId: row.sellerId,
    categoryId: row.categoryId,
    categoryIds: row.categoryIds,
    name: doc.name,
    description: doc.description,
    brand: doc.brand ?? null,
    price: doc.price,
    images: doc.images ?? [],
    attributes: doc.attributes ?? [],
    status: row.status,
    stockAvailable: row.stockAvailable,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

export function productToRow(product: ProductRecord): ProductEntity {
  return {
    id: product.id,
    sellerId: product.sellerId,
    categoryId: product.categoryId,
    categoryIds: product.categoryIds,
    status: product.status,
    stockAvailable: product.stockAvailable,
    createdAt: product.createdAt,
    updatedAt: product.updatedAt,
    version: product.version,
    document: {
      name: product.name,
      description: product.description,
      brand: product.brand,
      price: { amount: product.price.amount, currency: product.price.currency },
      images: product.images,
      attributes: product.attributes,
    },
  };
}

export function categoryFromRow(row: CategoryEntity): CategoryRecord {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    parentId: row.parentId,
    ancestorIds: row.ancestorIds,
    createdAt: row.createdAt,
  };
}

export function reservationFromRow(row: ReservationEntity): ReservationRecord {
  return { ...row, rejection: row.rejection ?? null };
}
