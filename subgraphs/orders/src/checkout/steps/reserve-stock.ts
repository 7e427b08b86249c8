import { isRefusal, Refusal } from '@commerce/http';
import type { CatalogPort, StockLine } from '../../clients/catalog.client';
import { SagaAbort, SagaStep } from '../../saga/saga';
import { CheckoutSagaInput, CheckoutSagaOutputs, reservationIdOf, SagaItem } from '../checkout-saga.types';
import { giveBackStock } from './restock-stock';

/**
 * Reserve the order's stock in catalog (all or nothing; the reservation lapses by itself after the
 * TTL if never committed). Compensation: release it.
 */
export function reserveStock(
  catalog: CatalogPort,
  ttlSeconds: number,
): SagaStep<CheckoutSagaInput, CheckoutSagaOutputs> {
  return {
    name: 'reserveStock',
    async invoke({ orderId, input, signal }) {
      try {
        const reservation = await catalog.reserve(
          { reservationId: reservationIdOf(orderId), orderId, items: stockLines(input.items), ttlSeconds },
          signal,
        );
        return { reservationExpiresAt: reservation.expiresAt };
      } catch (error) {
        if (isRefusal(error)) {
          // Nothing was taken, nothing was paid: the order is cancelled, not a payment failure.
          throw new SagaAbort({ outcome: 'CANCELLED', code: error.code, reason: refusalReason(error) });
        }
        throw error;
      }
    },
    async compensate({ orderId, signal }) {
      await giveBackStock(catalog, reservationIdOf(orderId), signal);
    },
    giveUp: {
      outcome: 'CANCELLED',
      code: 'SERVICE_UNAVAILABLE',
      reason: 'Stock could not be reserved: catalog unavailable',
    },
  };
}

/** One line per product (catalog refuses a product listed twice, as a cart may list it per seller offer). */
export function stockLines(items: readonly SagaItem[]): StockLine[] {
  const quantities = new Map<string, number>();
  for (const item of items)
    quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
  return [...quantities].map(([productId, quantity]) => ({ productId, quantity }));
}

function refusalReason(error: Refusal): string {
  if (error.code !== 'OUT_OF_STOCK') return `Stock could not be reserved: ${error.message}`;
  const { productId, available } = error.details as { productId?: string; available?: number };
  return productId
    ? `Out of stock: product ${productId} has ${available ?? 0} left`
    : `Out of stock: ${error.message}`;
}
