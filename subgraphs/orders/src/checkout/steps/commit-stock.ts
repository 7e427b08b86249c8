import { isRefusal } from '@commerce/http';
import type { CatalogPort } from '../../clients/catalog.client';
import { SagaAbort, SagaStep } from '../../saga/saga';
import { CheckoutSagaInput, CheckoutSagaOutputs, reservationIdOf } from '../checkout-saga.types';

/**
 * Commit the reservation: the stock now belongs to this paid order. Compensation: put it back on
 * sale (restock; a reservation that was never committed is released instead).
 */
export function commitStock(catalog: CatalogPort): SagaStep<CheckoutSagaInput, CheckoutSagaOutputs> {
  return {
    name: 'commitStock',
    async invoke({ orderId, signal }) {
      try {
        await catalog.commit(reservationIdOf(orderId), signal);
      } catch (error) {
        if (isRefusal(error)) {
          // The hold lapsed (released or expired) and the stock may be sold: the payment goes back.
          throw new SagaAbort({
            outcome: 'CANCELLED',
            code: 'RESERVATION_EXPIRED',
            reason: 'The stock hold expired before the order was paid',
          });
        }
        throw error;
      }
    },
    async compensate({ orderId, signal }) {
      await catalog.restock(reservationIdOf(orderId), signal);
    },
    giveUp: {
      outcome: 'CANCELLED',
      code: 'SERVICE_UNAVAILABLE',
      reason: 'Stock could not be committed: catalog unavailable',
    },
  };
}
