/**
 * What catalog tells search about a product: the data of `product.created` / `product.updated` and
 * each item of the internal export. A structural copy of catalog's contract (search never imports
 * catalog); the schema is a tolerant reader: unknown fields are ignored, fields search does not use
 * (images) are optional.
 */
import { z } from 'zod';

export interface ProductSnapshot {
  productId: string;
  sellerId: string;
  categoryId: string;
  /** Root first, the product's own category last. */
  categoryPath: Array<{ id: string; name: string; slug?: string }>;
  name: string;
  description: string;
  brand: string | null;
  price: { amount: number; currency: string };
  images?: string[];
  attributes: Array<{ name: string; value: string }>;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  stockAvailable: number;
  createdAt: string;
  updatedAt: string;
}

const id = z.string().min(1).max(100);
const timestamp = z.string().datetime({ offset: true });

export const productSnapshotSchema: z.ZodType<ProductSnapshot, z.ZodTypeDef, unknown> = z.object({
  productId: id,
  sellerId: id,
  categoryId: id,
  categoryPath: z.array(z.object({ id, name: z.string(), slug: z.string().optional() })).max(100),
  name: z.string().max(1000),
  description: z.string().max(100_000),
  brand: z.string().max(1000).nullable().default(null),
  price: z.object({ amount: z.number().int(), currency: z.string().max(10) }),
  images: z.array(z.string()).optional(),
  attributes: z
    .array(z.object({ name: z.string(), value: z.string() }))
    .max(1000)
    .default([]),
  status: z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']),
  stockAvailable: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const productDeletedSchema = z.object({ productId: id });

export const inventoryChangedSchema = z.object({
  productId: id,
  stockAvailable: z.number().int(),
  delta: z.number().int().optional(),
  reason: z.string().nullish(),
});

/** The catalog events the indexer consumes (routing key = type). */
export const CatalogEvents = {
  productCreated: 'product.created',
  productUpdated: 'product.updated',
  productDeleted: 'product.deleted',
  inventoryChanged: 'inventory.changed',
} as const;
