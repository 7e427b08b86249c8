import { EntityManager, In } from 'typeorm';
import { CouponEntity } from '../coupon/coupon.entity';
import type { CartItemEntity } from './cart-item.entity';
import type { CartStatus } from './cart.entity';

/** A cart with its items and coupon: what resolvers, pricing and the checkout quote work on. */
export interface CartView {
  id: string;
  buyerId: string;
  status: CartStatus;
  version: number;
  updatedAt: Date;
  /** In the order they were added. */
  items: CartItemEntity[];
  coupon: CouponEntity | null;
}

/** A cart joined with one of its lines; the line's columns are null for an empty cart. */
interface CartLineRow {
  id: string;
  buyer_id: string;
  status: CartStatus;
  coupon_id: string | null;
  version: number;
  updated_at: Date;
  item_id: string | null;
  product_id: string;
  seller_id: string;
  quantity: number;
  unit_price: number;
  currency: string;
  added_at: Date;
  item_updated_at: Date;
}

/**
 * Carts and their lines in ONE statement (one snapshot, so the version always matches the lines), plus
 * one query for coupons only when a cart has one. `where` is a constant of this file, never input.
 */
async function selectCartViews(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<CartView[]> {
  const rows: CartLineRow[] = await manager.query(
    `SELECT c.id, c.buyer_id, c.status, c.coupon_id, c.version, c.updated_at,
            i.id AS item_id, i.product_id, i.seller_id, i.quantity, i.unit_price, i.currency, i.added_at,
            i.updated_at AS item_updated_at
     FROM carts c LEFT JOIN cart_items i ON i.cart_id = c.id
     WHERE ${where}
     ORDER BY c.id, i.added_at, i.id`,
    params,
  );
  const carts = new Map<string, { row: CartLineRow; items: CartItemEntity[] }>();
  for (const row of rows) {
    const cart = carts.get(row.id) ?? { row, items: [] };
    carts.set(row.id, cart);
    if (row.item_id !== null) cart.items.push(toItem(row));
  }
  const couponIds = [...new Set(rows.map((row) => row.coupon_id).filter((id): id is string => id !== null))];
  const coupons = couponIds.length
    ? await manager.getRepository(CouponEntity).findBy({ id: In(couponIds) })
    : [];
  return [...carts.values()].map(({ row, items }) => ({
    id: row.id,
    buyerId: row.buyer_id,
    status: row.status,
    version: row.version,
    updatedAt: row.updated_at,
    items,
    coupon: coupons.find((coupon) => coupon.id === row.coupon_id) ?? null,
  }));
}

function toItem(row: CartLineRow): CartItemEntity {
  return {
    id: row.item_id!,
    cartId: row.id,
    productId: row.product_id,
    sellerId: row.seller_id,
    quantity: row.quantity,
    unitPrice: row.unit_price,
    currency: row.currency,
    addedAt: row.added_at,
    updatedAt: row.item_updated_at,
  };
}

/** The buyer's cart with its lines and coupon, or null when the buyer has none yet. */
export async function findCartByBuyer(manager: EntityManager, buyerId: string): Promise<CartView | null> {
  return (await selectCartViews(manager, 'c.buyer_id = $1', [buyerId]))[0] ?? null;
}

/** Carts by id (UUIDs only), missing ids absent. */
export function findCartsByIds(manager: EntityManager, ids: readonly string[]): Promise<CartView[]> {
  return selectCartViews(manager, 'c.id = ANY($1::uuid[])', [ids]);
}

/** Creates the buyer's empty cart; null when another request created it first (the unique index decides). */
export async function createCart(manager: EntityManager, buyerId: string): Promise<CartView | null> {
  const created: { id: string; version: number; updated_at: Date }[] = await manager.query(
    `INSERT INTO carts (buyer_id, status, version, updated_at) VALUES ($1, 'ACTIVE', 0, now())
     ON CONFLICT (buyer_id) DO NOTHING RETURNING id, version, updated_at`,
    [buyerId],
  );
  if (created.length === 0) return null;
  const { id, version, updated_at: updatedAt } = created[0];
  return { id, buyerId, status: 'ACTIVE', version, updatedAt, items: [], coupon: null };
}

/** The buyer's cart, created empty on first use. */
export async function ensureCart(manager: EntityManager, buyerId: string): Promise<CartView> {
  return (
    (await findCartByBuyer(manager, buyerId)) ??
    (await createCart(manager, buyerId)) ??
    (await findCartByBuyer(manager, buyerId))!
  );
}

/**
 * The buyer's cart under its row lock (created first if missing), for the caller's transaction. The
 * lines are read by a statement of their own AFTER the lock is granted, so they include every change
 * committed before it (a statement that waits for a lock keeps the snapshot it started with).
 */
export async function lockCart(manager: EntityManager, buyerId: string): Promise<CartView> {
  const lock = async (): Promise<boolean> =>
    (await manager.query('SELECT id FROM carts WHERE buyer_id = $1 FOR UPDATE', [buyerId])).length > 0;
  if (!(await lock())) {
    await createCart(manager, buyerId);
    await lock();
  }
  return (await findCartByBuyer(manager, buyerId))!;
}

/** The cart's currency: that of its lines (a cart holds one), or null when empty. */
export function cartCurrency(view: { items: { currency: string }[] }): string | null {
  return view.items[0]?.currency ?? null;
}
