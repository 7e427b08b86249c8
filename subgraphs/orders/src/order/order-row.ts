import { OrderEntity } from './order.entity';

/** Maps a raw `RETURNING *` row of `orders` to the entity (TypeORM only maps its own queries). */
export function orderFromRow(row: Record<string, unknown>): OrderEntity {
  return Object.assign(new OrderEntity(), {
    id: row.id,
    buyerId: row.buyer_id,
    idempotencyKey: row.idempotency_key,
    checkoutFingerprint: row.checkout_fingerprint,
    status: row.status,
    currency: row.currency,
    subtotal: row.subtotal,
    discount: row.discount,
    total: row.total,
    couponCode: row.coupon_code,
    cartId: row.cart_id,
    sellerIds: row.seller_ids,
    shippingAddress: row.shipping_address,
    paymentMethod: row.payment_method,
    paymentId: row.payment_id,
    statusHistory: row.status_history,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
