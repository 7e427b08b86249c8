import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { OutboxWriter } from '@commerce/events';
import type { CheckoutQuote, UserAddress } from '@commerce/contracts';
import type { SagaStore } from '@commerce/saga';
import type { AddressSnapshot, StatusChangeRecord } from '../order/order.entity';
import { OrderEvents } from '../order/order.events';
import { OrderStatus } from '../order/order-state-machine';
import type {
  CheckoutOutcome,
  CheckoutSagaInput,
  CheckoutSagaOutputs,
  CheckoutSagaState,
} from './steps/checkout-saga.types';
import type { CheckoutRequest } from './checkout.validation';

export interface NewOrder {
  orderId: string;
  buyerId: string;
  request: CheckoutRequest;
  quote: CheckoutQuote;
  address: UserAddress | null;
  fingerprint: string;
}

/**
 * Writes a PENDING order from its quote, its items, its checkout saga (leased to the caller) and
 * order.created, in the caller's transaction. Returns null when the order already exists: a
 * duplicate of this checkout got there first.
 */
export async function placeOrder(
  manager: EntityManager,
  outbox: OutboxWriter,
  sagas: SagaStore,
  order: NewOrder,
): Promise<CheckoutSagaState | null> {
  const { orderId, buyerId, quote, request } = order;
  const now = new Date(); // millisecond precision, so keyset cursors round-trip exactly
  const sellerIds = [...new Set(quote.items.map((item) => item.sellerId))];
  const placed: StatusChangeRecord = {
    status: OrderStatus.PENDING,
    reason: 'Order placed',
    code: null,
    at: now.toISOString(),
    actorId: buyerId,
  };
  const inserted: unknown[] = await manager.query(
    `INSERT INTO orders (id, buyer_id, idempotency_key, checkout_fingerprint, status, currency, subtotal,
       discount, total, coupon_code, cart_id, seller_ids, shipping_address, payment_method, status_history,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, 'PENDING', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      orderId,
      buyerId,
      request.idempotencyKey,
      order.fingerprint,
      quote.currency,
      quote.subtotal.amount,
      quote.discount.amount,
      quote.total.amount,
      quote.coupon?.code ?? null,
      quote.cartId,
      sellerIds,
      order.address ? JSON.stringify(snapshot(order.address)) : null,
      request.paymentMethod.type,
      JSON.stringify([placed]),
      now,
    ],
  );
  if (inserted.length === 0) return null;
  await insertItems(manager, orderId, quote);
  const state = await sagas.insert<CheckoutSagaInput, CheckoutSagaOutputs, CheckoutOutcome>(manager, {
    subjectId: orderId,
    kind: 'checkout',
    step: 'reserveStock',
    input: {
      buyerId,
      cartId: quote.cartId,
      items: quote.items.map(({ productId, sellerId, quantity, unitPrice }) => ({
        productId,
        sellerId,
        quantity,
        unitPrice,
      })),
      amount: quote.total,
      method: { type: request.paymentMethod.type },
    },
    outputs: { cardToken: request.paymentMethod.cardToken ?? null },
  });
  await outbox.record(manager, OrderEvents.created, {
    orderId,
    buyerId,
    sellerIds,
    status: OrderStatus.PENDING,
    total: quote.total,
    cartId: quote.cartId,
  });
  return state;
}

async function insertItems(manager: EntityManager, orderId: string, quote: CheckoutQuote): Promise<void> {
  const values: unknown[] = [];
  const rows = quote.items.map((item, position) => {
    values.push(
      randomUUID(),
      orderId,
      position,
      item.productId,
      item.sellerId,
      item.name,
      item.quantity,
      item.unitPrice.amount,
      item.lineTotal.amount,
      quote.currency,
    );
    const base = position * 10;
    return `(${Array.from({ length: 10 }, (_, i) => `$${base + i + 1}`).join(', ')})`;
  });
  await manager.query(
    `INSERT INTO order_items (id, order_id, position, product_id, seller_id, name, quantity, unit_price,
       line_total, currency) VALUES ${rows.join(', ')}`,
    values,
  );
}

function snapshot(address: UserAddress): AddressSnapshot {
  const { id, line1, line2, city, postalCode, country } = address;
  return { addressId: id, line1, line2: line2 ?? null, city, postalCode, country };
}
