/**
 * What the catalog service tells others: product and stock events (consumed by search, later by
 * analytics and reviews), the stock reservations the orders saga makes, and the export search
 * rebuilds its index from.
 */
import { z } from 'zod';
import { defineEvent } from './event';
import { idSchema, timestampSchema, uuidSchema } from './ids';
import { moneySchema } from './money';
import { defineRoute } from './route';

// ------------------------------------------------------------------ product events

/** Lifecycle of a product: only ACTIVE products are listed by default and can be reserved. */
const productStatusSchema = z.enum(['DRAFT', 'ACTIVE', 'ARCHIVED']);

/** A category on the path from the root to the product's category, for facets and breadcrumbs. */
const categoryPathEntrySchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Always sent by catalog; readers must not depend on it. */
  slug: z.string().optional(),
});

/**
 * Everything the search service indexes about a product, so it never reads the catalog's store: the
 * data of `product.created` and `product.updated`, and each item of the reindex export. Catalog sends
 * every field; `images`, `slug`, `brand` and `attributes` may be missing for readers, which take no
 * image, no slug, no brand and no attributes then.
 */
export const productSnapshotSchema = z.object({
  productId: idSchema,
  sellerId: idSchema,
  categoryId: idSchema,
  /** Root first, the product's own category last. */
  categoryPath: z.array(categoryPathEntrySchema).max(100),
  name: z.string().max(1000),
  description: z.string().max(100_000),
  brand: z.string().max(1000).nullable().default(null),
  price: moneySchema,
  images: z.array(z.string()).optional(),
  attributes: z
    .array(z.object({ name: z.string(), value: z.string() }))
    .max(1000)
    .default([]),
  status: productStatusSchema,
  stockAvailable: z.number().int(),
  createdAt: timestampSchema,
  /** Consumers may drop a snapshot older than the one they hold. */
  updatedAt: timestampSchema,
});

export type ProductSnapshot = z.infer<typeof productSnapshotSchema>;

export const ProductCreated = defineEvent('product.created', productSnapshotSchema);

/** Also an archival: products are never deleted (orders and reviews keep referring to them). */
export const ProductUpdated = defineEvent('product.updated', productSnapshotSchema);

/** Reserved: products are archived (a `product.updated` with status ARCHIVED), never deleted. */
export const ProductDeleted = defineEvent('product.deleted', z.object({ productId: idSchema }));

/** Stock of one product changed; no `updatedAt`: the reading is as of the event's `occurredAt`. */
export const InventoryChanged = defineEvent(
  'inventory.changed',
  z.object({
    productId: idSchema,
    /** Stock after the change. */
    stockAvailable: z.number().int(),
    /** Signed change: negative when stock was taken. */
    delta: z.number().int(),
    /** `adjustment: <seller's reason>`, `reservation`, `release`, `expiry` or `restock`. */
    reason: z.string(),
    /** Set when a reservation caused the change. */
    reservationId: idSchema.optional(),
  }),
);

// ------------------------------------------------------------------ stock reservations (orders -> catalog)

/** Largest quantity of one product in one reservation. */
const MAX_RESERVED_QUANTITY = 1000;
/** Most lines in one reservation. */
export const MAX_RESERVATION_ITEMS = 100;

const reservedItemsSchema = z
  .array(
    z.object({
      productId: uuidSchema,
      quantity: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(MAX_RESERVED_QUANTITY, `must be at most ${MAX_RESERVED_QUANTITY}`),
    }),
  )
  .min(1, 'must hold at least one item')
  .max(MAX_RESERVATION_ITEMS, `must hold at most ${MAX_RESERVATION_ITEMS} items`)
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.productId)) {
        ctx.addIssue({ code: 'custom', path: [index, 'productId'], message: 'is repeated' });
      }
      seen.add(item.productId);
    });
  });

/**
 * All-or-nothing hold of stock, idempotent by `reservationId`. `ttlSeconds` defaults to catalog's
 * configuration, which also caps it (a longer one is refused naming `ttlSeconds`).
 */
export const reserveStockRequestSchema = z.object({
  reservationId: uuidSchema,
  orderId: z.string().trim().min(1).max(100, 'must be at most 100 characters').nullish(),
  items: reservedItemsSchema,
  ttlSeconds: z.number().int('must be a whole number').min(1, 'must be at least 1').optional(),
});

/**
 * Where a reservation is. Answers show RESERVED, COMMITTED, RELEASED, EXPIRED or RESTOCKED; PENDING
 * and REJECTED are catalog's own bookkeeping, listed so a reader never fails on them.
 */
const reservationStatusSchema = z.enum([
  'PENDING',
  'RESERVED',
  'COMMITTED',
  'RELEASED',
  'EXPIRED',
  'REJECTED',
  'RESTOCKED',
]);

/** The answer of every reservation endpoint. */
const reservationSchema = z.object({
  reservationId: idSchema,
  orderId: z.string().nullable(),
  status: reservationStatusSchema,
  /** When an uncommitted hold lapses and its stock goes back. */
  expiresAt: timestampSchema,
  items: z.array(z.object({ productId: idSchema, quantity: z.number().int() })),
});

/** The body of commit, release and restock. */
export const reservationRefSchema = z.object({ reservationId: uuidSchema });

/**
 * 200 with the reservation; 409 OUT_OF_STOCK (details: productId, available) or NOT_FOUND (a product
 * that does not exist) when it cannot be made; 409 CONFLICT for a reservationId reused with another
 * request.
 */
export const ReserveStock = defineRoute('POST', '/inventory/reservations', {
  request: reserveStockRequestSchema,
  response: reservationSchema,
});

/** The stock is sold. 404 unknown; 409 CONFLICT once released or expired. Idempotent. */
export const CommitReservation = defineRoute('POST', '/inventory/reservations/commit', {
  request: reservationRefSchema,
  response: reservationSchema,
});

/** The stock goes back (an unknown id is remembered as released). 409 CONFLICT once committed. */
export const ReleaseReservation = defineRoute('POST', '/inventory/reservations/release', {
  request: reservationRefSchema,
  response: reservationSchema,
});

/**
 * A committed reservation's stock goes back (RESTOCKED; a paid order cancelled before shipping); a
 * reserved one is released; a terminal one answers as it is. 404 unknown.
 */
export const RestockReservation = defineRoute('POST', '/inventory/restock', {
  request: reservationRefSchema,
  response: reservationSchema,
});

// ------------------------------------------------------------------ reindex export (search -> catalog)

/** One page of every product, any status, in id order; `nextCursor` is null on the last page. */
export const productExportPageSchema = z.object({
  items: z.array(productSnapshotSchema),
  nextCursor: z.string().nullable(),
});

/**
 * `GET /internal/products?after=<cursor>&limit=<1..1000>`. A reader may parse the page with
 * `items: z.array(z.unknown())` and each item on its own, to skip one bad item instead of the page.
 */
export const ExportProducts = defineRoute('GET', '/internal/products', {
  request: undefined,
  response: productExportPageSchema,
});
