import type { Logger } from '@commerce/logging';
import type { Route } from '@commerce/runtime';
import { internalRoute, jsonBody } from '../internal/internal-route';
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
 * Internal endpoints the orders service calls during checkout (service token required):
 * - `POST /inventory/reservations` `{ reservationId, orderId?, items: [{productId, quantity}], ttlSeconds? }`
 *   -> 200 answer, or 409 `{ error: { code: 'OUT_OF_STOCK', productId, available } }`
 *   (`code: 'NOT_FOUND'` for a product that does not exist);
 * - `POST /inventory/reservations/commit` `{ reservationId }` -> 200, 404, or 409 once released/expired;
 * - `POST /inventory/reservations/release` `{ reservationId }` -> 200, or 409 once committed;
 * - `POST /inventory/restock` `{ reservationId }` -> 200 (a committed reservation's stock goes back:
 *   RESTOCKED; a reserved one is released; a terminal one answers as it is), 404 unknown.
 * All four are idempotent; bad bodies answer 400 BAD_USER_INPUT; lock contention answers 503.
 */
export function inventoryRoutes(
  inventory: InventoryService,
  options: { serviceToken: string; logger: Logger },
): Route[] {
  const answer = (reservation: ReservationRecord) => ({ status: 200, body: toAnswer(reservation) });
  return [
    internalRoute('POST', '/inventory/reservations', options, async (request) => {
      try {
        return answer(await inventory.reserve(jsonBody(request)));
      } catch (error) {
        if (!(error instanceof ReservationRejectedError)) throw error;
        // Both refusals are "could not reserve" for the caller: one status, the code says why.
        return {
          status: 409,
          body: { error: { code: error.code, message: error.message, ...error.details } },
        };
      }
    }),
    internalRoute('POST', '/inventory/reservations/commit', options, async (request) =>
      answer(await inventory.commit(jsonBody(request))),
    ),
    internalRoute('POST', '/inventory/reservations/release', options, async (request) =>
      answer(await inventory.release(jsonBody(request))),
    ),
    internalRoute('POST', '/inventory/restock', options, async (request) =>
      answer(await inventory.restock(jsonBody(request))),
    ),
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
