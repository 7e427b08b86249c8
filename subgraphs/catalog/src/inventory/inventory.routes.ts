import { errorAnswer, internalRoute, InternalRouteDefaults, Route } from '@commerce/http';
import type { ReservationRecord } from '../store/catalog-store';
import { InventoryService, ReservationRejectedError } from './inventory.service';

/** The answer body of every reservation endpoint. */
export interface ReservationAnswer {
  reservationId: string;
  orderId: string | null;
  status: ReservationRecord['status'];
  expiresAt: string;
  items: { productId: string; quantity: number }[];
}

/**
 * Internal endpoints the orders service calls during checkout (service token required; errors in the
 * one internal error body `{ error: { code, message, details? } }`, see @commerce/http internalRoute):
 * - `POST /inventory/reservations` `{ reservationId, orderId?, items: [{productId, quantity}], ttlSeconds? }`
 *   -> 200 answer, or 409 `{ error: { code: 'OUT_OF_STOCK', message, details: { productId, available } } }`
 *   (`code: 'NOT_FOUND'` for a product that does not exist);
 * - `POST /inventory/reservations/commit` `{ reservationId }` -> 200, 404, or 409 once released/expired;
 * - `POST /inventory/reservations/release` `{ reservationId }` -> 200, or 409 once committed;
 * - `POST /inventory/restock` `{ reservationId }` -> 200 (a committed reservation's stock goes back:
 *   RESTOCKED; a reserved one is released; a terminal one answers as it is), 404 unknown.
 * All four are idempotent; bad bodies answer 400 BAD_USER_INPUT; lock contention answers 503.
 */
export function inventoryRoutes(inventory: InventoryService, options: InternalRouteDefaults): Route[] {
  const post = (path: string, handle: (json: unknown) => Promise<unknown>) =>
    internalRoute({ ...options, method: 'POST', path, handle: ({ json }) => handle(json) });
  return [
    post('/inventory/reservations', async (json) => {
      try {
        return toAnswer(await inventory.reserve(json));
      } catch (error) {
        if (!(error instanceof ReservationRejectedError)) throw error;
        // Both refusals are "could not reserve" for the caller: one status, the code says why.
        return errorAnswer(error, 409);
      }
    }),
    post('/inventory/reservations/commit', async (json) => toAnswer(await inventory.commit(json))),
    post('/inventory/reservations/release', async (json) => toAnswer(await inventory.release(json))),
    post('/inventory/restock', async (json) => toAnswer(await inventory.restock(json))),
  ];
}

function toAnswer(reservation: ReservationRecord): ReservationAnswer {
  return {
    reservationId: reservation.id,
    orderId: reservation.orderId,
    status: reservation.status,
    expiresAt: reservation.expiresAt.toISOString(),
    items: reservation.items.map((i) => ({ productId: i.productId, quantity: i.quantity })),
  };
}
