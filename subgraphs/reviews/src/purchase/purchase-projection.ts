import type { EntityManager } from 'typeorm';
import type { OrderEventData, OrderPaidData } from './order.events';

type PurchaseStatus = 'PAID' | 'DELIVERED' | 'REFUNDED';

/** An order as reviews knows it from orders' events. */
export interface Purchase {
  orderId: string;
  buyerId: string;
  sellerIds: string[];
  status: PurchaseStatus;
  /** Set once the order was delivered, and kept after a refund. */
  deliveredAt: Date | null;
}

/** Lock namespace of "one buyer's reviews and purchases" (pg_advisory_xact_lock's first key). */
const BUYER_LOCK_NAMESPACE = 7_0001;

/**
 * The local read model of orders (tables `purchases`, `purchase_items`). A status only moves forward
 * (PAID < DELIVERED < REFUNDED), so events that arrive out of order (a delivery retried after the
 * refund) cannot move an order back.
 */
export const PurchaseProjection = {
  /**
   * Serialises, until the transaction ends, everything that decides a buyer's verified purchases: a
   * review being written and an order event of that buyer. Without it a review written while its
   * order is being delivered could miss the mark (each transaction not seeing the other's row).
   */
  async lockBuyer(manager: EntityManager, buyerId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1::int, hashtext($2))`, [
      BUYER_LOCK_NAMESPACE,
      buyerId,
    ]);
  },

  async recordPaid(manager: EntityManager, order: OrderPaidData): Promise<void> {
    await upsert(manager, order, 'PAID', null);
    await manager.query(
      `INSERT INTO purchase_items (order_id, product_id, seller_id)
       SELECT $1, item.product_id, item.seller_id
       FROM unnest($2::uuid[], $3::uuid[]) AS item(product_id, seller_id)
       ON CONFLICT DO NOTHING`,
      [order.orderId, order.items.map((i) => i.productId), order.items.map((i) => i.sellerId)],
    );
  },

  recordDelivered(manager: EntityManager, order: OrderEventData, at: Date): Promise<void> {
    return upsert(manager, order, 'DELIVERED', at);
  },

  recordRefunded(manager: EntityManager, order: OrderEventData): Promise<void> {
    return upsert(manager, order, 'REFUNDED', null);
  },

  /** The products bought in an order (none yet when its order.paid has not arrived). */
  async productsOf(manager: EntityManager, orderId: string): Promise<string[]> {
    const rows: { product_id: string }[] = await manager.query(
      `SELECT product_id FROM purchase_items WHERE order_id = $1 ORDER BY product_id`,
      [orderId],
    );
    return rows.map((row) => row.product_id);
  },

  async find(manager: EntityManager, orderId: string): Promise<Purchase | null> {
    const rows: {
      order_id: string;
      buyer_id: string;
      seller_ids: string[];
      status: PurchaseStatus;
      delivered_at: Date | null;
    }[] = await manager.query(
      `SELECT order_id, buyer_id, seller_ids, status, delivered_at FROM purchases WHERE order_id = $1`,
      [orderId],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    return {
      orderId: row.order_id,
      buyerId: row.buyer_id,
      sellerIds: row.seller_ids,
      status: row.status,
      deliveredAt: row.delivered_at,
    };
  },
};

async function upsert(
  manager: EntityManager,
  order: OrderEventData,
  status: PurchaseStatus,
  deliveredAt: Date | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO purchases AS p (order_id, buyer_id, seller_ids, status, delivered_at)
     VALUES ($1, $2, $3::uuid[], $4, $5)
     ON CONFLICT (order_id) DO UPDATE SET
       status = CASE
         WHEN array_position(ARRAY['PAID', 'DELIVERED', 'REFUNDED'], EXCLUDED.status)
            > array_position(ARRAY['PAID', 'DELIVERED', 'REFUNDED'], p.status)
         THEN EXCLUDED.status ELSE p.status END,
       delivered_at = coalesce(p.delivered_at, EXCLUDED.delivered_at),
       updated_at = now()`,
    [order.orderId, order.buyerId, order.sellerIds, status, deliveredAt],
  );
}
