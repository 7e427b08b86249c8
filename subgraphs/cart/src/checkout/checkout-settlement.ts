import type { EntityManager } from 'typeorm';

/**
 * Locks the cart order `orderId` was quoted from; false when no quote of this order and buyer exists
 * here. The cart first, then (by the next statement) the quote: the order the checkout quote takes
 * them in, so the two cannot deadlock. The next statement starts after the lock is granted, so it sees
 * every change of the cart committed before.
 */
export async function lockQuotedCart(
  manager: EntityManager,
  orderId: string,
  buyerId: string,
): Promise<boolean> {
  const locked: unknown[] = await manager.query(
    `SELECT c.id FROM checkout_quotes q JOIN carts c ON c.id = q.cart_id
     WHERE q.order_id = $1 AND q.buyer_id = $2
     FOR UPDATE OF c`,
    [orderId, buyerId],
  );
  return locked.length > 0;
}

/**
 * The paid outcome of a checkout, in one statement: marks the quote PAID (its coupon use CONFIRMED),
 * subtracts the quoted quantities from the cart's lines (a line at or below them goes; items added
 * since stay, a line raised since keeps the difference), drops the coupon if it is the one used, and
 * marks the cart changed. A quote already PAID matches no row, so applying it twice (orders' direct
 * call, then `order.paid`) changes nothing the second time. Run it with the cart locked.
 */
export async function applyPaidCheckout(manager: EntityManager, orderId: string): Promise<void> {
  await manager.query(
    `WITH quote AS (
       UPDATE checkout_quotes SET status = 'PAID', updated_at = now(),
         coupon_status = CASE WHEN coupon_id IS NULL THEN NULL ELSE 'CONFIRMED' END
       WHERE order_id = $1 AND status <> 'PAID'
       RETURNING cart_id, coupon_id, lines),
     bought AS (
       SELECT quote.cart_id, line."productId" AS product_id, line.quantity
       FROM quote, jsonb_to_recordset(quote.lines) AS line("productId" text, quantity int)),
     removed AS (
       DELETE FROM cart_items i USING bought b
       WHERE i.cart_id = b.cart_id AND i.product_id = b.product_id AND i.quantity <= b.quantity),
     lowered AS (
       UPDATE cart_items i SET quantity = i.quantity - b.quantity, updated_at = now()
       FROM bought b
       WHERE i.cart_id = b.cart_id AND i.product_id = b.product_id AND i.quantity > b.quantity)
     UPDATE carts c SET version = version + 1, updated_at = now(), status = 'ACTIVE', abandoned_at = NULL,
       coupon_id = CASE WHEN c.coupon_id = quote.coupon_id THEN NULL ELSE c.coupon_id END
     FROM quote WHERE c.id = quote.cart_id`,
    [orderId],
  );
}
