import type { EntityManager } from 'typeorm';
import type { CouponEntity } from '../coupon/coupon.entity';
import type { CartItemEntity } from './cart-item.entity';
import type { CartView } from './cart-view';

/** What a write statement returns: the cart's new version and, for a line it wrote, that line's columns. */
interface WrittenRow {
  version: number;
  updated_at: Date;
  item_id?: string;
  added_at?: Date;
  item_updated_at?: Date;
}

/**
 * One change of a cart, decided on the cart as read, written by one statement. `sql` starts with the
 * `cart` CTE below; `$1` is the cart id, `$2` the version the change was decided on, then `params`.
 */
export interface CartWrite {
  sql: string;
  params: unknown[];
  /** The cart's lines after the write, from the cart before and what the statement returned. */
  items(before: CartView, row: WrittenRow): CartItemEntity[];
  /** The coupon after the write; undefined when the write leaves it alone. */
  coupon?: CouponEntity | null;
}

/**
 * Marks the cart changed (next version, updated now, ACTIVE again) IF it is still at the version the
 * change was decided on. The UPDATE takes the cart's row lock before any line is touched; when another
 * change came first it matches no row (after waiting, PostgreSQL re-checks the newest row), so the
 * statements built on it write nothing at all. Every change of a line or the coupon goes through this,
 * so "same version" means "same lines and coupon as read".
 */
const bumpCart = (alsoSet = '') =>
  `cart AS (
     UPDATE carts SET version = version + 1, updated_at = clock_timestamp(), status = 'ACTIVE',
       abandoned_at = NULL${alsoSet}
     WHERE id = $1 AND version = $2
     RETURNING id, version, updated_at)`;

/**
 * Puts `quantity` units of a product in the cart at the given price snapshot: a new line, or the
 * product's line with its quantity, price and seller replaced (the unique (cart_id, product_id) index
 * is the arbiter). A new line was added last, so it goes at the end.
 */
export function putLine(line: {
  productId: string;
  sellerId: string;
  quantity: number;
  unitPrice: number;
  currency: string;
}): CartWrite {
  return {
    sql: `WITH ${bumpCart()},
      line AS (
        INSERT INTO cart_items (cart_id, product_id, seller_id, quantity, unit_price, currency, added_at, updated_at)
        SELECT cart.id, $3::text, $4::text, $5::int, $6::int, $7::text, clock_timestamp(), clock_timestamp()
        FROM cart
        ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity,
          unit_price = EXCLUDED.unit_price, currency = EXCLUDED.currency, seller_id = EXCLUDED.seller_id,
          updated_at = EXCLUDED.updated_at
        RETURNING id, added_at, updated_at)
      SELECT cart.version, cart.updated_at, line.id AS item_id, line.added_at, line.updated_at AS item_updated_at
      FROM cart, line`,
    params: [line.productId, line.sellerId, line.quantity, line.unitPrice, line.currency],
    items: (before, row) => {
      const written: CartItemEntity = {
        id: row.item_id!,
        cartId: before.id,
        ...line,
        addedAt: row.added_at!,
        updatedAt: row.item_updated_at!,
      };
      const merged = before.items.some((item) => item.id === written.id);
      if (!merged) return [...before.items, written];
      return before.items.map((item) => (item.id === written.id ? written : item));
    },
  };
}

/** Sets the quantity of a line of this cart. */
export function setLineQuantity(item: CartItemEntity, quantity: number): CartWrite {
  return {
    sql: `WITH ${bumpCart()},
      line AS (
        UPDATE cart_items SET quantity = $4::int, updated_at = clock_timestamp()
        FROM cart WHERE cart_items.id = $3::uuid AND cart_items.cart_id = cart.id
        RETURNING cart_items.updated_at)
      SELECT cart.version, cart.updated_at, line.updated_at AS item_updated_at FROM cart, line`,
    params: [item.id, quantity],
    items: (before, row) =>
      before.items.map((line) =>
        line.id === item.id ? { ...line, quantity, updatedAt: row.item_updated_at! } : line,
      ),
  };
}

/** Removes a line of this cart. */
export function removeLine(item: CartItemEntity): CartWrite {
  return {
    sql: `WITH ${bumpCart()},
      line AS (DELETE FROM cart_items USING cart WHERE cart_items.id = $3::uuid AND cart_items.cart_id = cart.id)
      SELECT cart.version, cart.updated_at FROM cart`,
    params: [item.id],
    items: (before) => before.items.filter((line) => line.id !== item.id),
  };
}

/** Applies a coupon (replacing any other), or removes it with null. */
export function setCoupon(coupon: CouponEntity | null): CartWrite {
  return {
    sql: `WITH ${bumpCart(', coupon_id = $3::uuid')} SELECT cart.version, cart.updated_at FROM cart`,
    params: [coupon?.id ?? null],
    items: (before) => before.items,
    coupon,
  };
}

/**
 * Runs `write` on `cart` in one statement (atomic on its own: no transaction needed) and returns the
 * cart as it is now, without reading it again. Null when the cart changed since it was read: nothing
 * was written, and the change must be decided again on the current cart.
 */
export async function writeIfUnchanged(
  manager: EntityManager,
  cart: CartView,
  write: CartWrite,
): Promise<CartView | null> {
  const rows: WrittenRow[] = await manager.query(write.sql, [cart.id, cart.version, ...write.params]);
  if (rows.length === 0) return null;
  return {
    ...cart,
    status: 'ACTIVE',
    version: rows[0].version,
    updatedAt: rows[0].updated_at,
    items: write.items(cart, rows[0]),
    coupon: write.coupon === undefined ? cart.coupon : write.coupon,
  };
}
