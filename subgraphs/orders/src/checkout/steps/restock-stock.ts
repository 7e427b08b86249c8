import { isRefusal } from '@commerce/http';
import type { CatalogPort } from '../../clients/catalog.client';
import type { SagaStep } from '../../saga/saga';

/**
 * Returns a reservation's stock whatever became of it: release while only reserved, restock once
 * committed. Idempotent, and a reservation that never existed counts as returned.
 */
export async function giveBackStock(catalog: CatalogPort, reservationId: string, signal: AbortSignal) {
  try {
    await catalog.release(reservationId, signal);
  } catch (error) {
    // CONFLICT: it was committed meanwhile (a commit whose answer we never saw): restock instead.
    if (!isRefusal(error, 'CONFLICT')) throw error;
    await catalog.restock(reservationId, signal);
  }
}

/** Input of follow-up sagas that undo a paid order (cancel before shipping). */
export interface RestockInput {
  reservationId: string;
}

/**
 * Follow-up step of a paid order cancelled before shipping: the committed stock goes back on sale.
 * Forward-only (retried until catalog accepts); catalog's restock is idempotent by reservationId.
 */
export function restockStock<I extends RestockInput, O>(catalog: CatalogPort): SagaStep<I, O> {
  return {
    name: 'restockStock',
    async invoke({ input, signal }) {
      await catalog.restock(input.reservationId, signal);
    },
  };
}
