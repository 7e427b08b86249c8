import {
  CommitReservation,
  ReleaseReservation,
  ReserveStock,
  RestockReservation,
  type RouteAnswer,
} from '@commerce/contracts';
import { errorAnswer, internalRoute, InternalRouteDefaults, Route } from '@commerce/http';
import type { ReservationRecord } from '../store/catalog-store';
import { InventoryService, ReservationRejectedError } from './inventory.service';

/**
 * Internal endpoints the orders service calls during checkout (service token required; errors in the
 * one internal error body `{ error: { code, message, details? } }`, see @commerce/http internalRoute).
 * Bodies and answers are the contracts of @commerce/contracts (catalog.ts): reserve (409 OUT_OF_STOCK
 * or NOT_FOUND when it cannot be made), commit, release and restock. All four are idempotent; bad
 * bodies answer 400 BAD_USER_INPUT; lock contention answers 503.
 */
export function inventoryRoutes(inventory: InventoryService, options: InternalRouteDefaults): Route[] {
  const post = (path: string, handle: (json: unknown) => Promise<unknown>) =>
    internalRoute({ ...options, method: 'POST', path, handle: ({ json }) => handle(json) });
  return [
    post(ReserveStock.path, async (json) => {
      try {
        return toAnswer(await inventory.reserve(json));
      } catch (error) {
        if (!(error instanceof ReservationRejectedError)) throw error;
        // Both refusals are "could not reserve" for the caller: one status, the code says why.
        return errorAnswer(error, 409);
      }
    }),
    post(CommitReservation.path, async (json) => toAnswer(await inventory.commit(json))),
    post(ReleaseReservation.path, async (json) => toAnswer(await inventory.release(json))),
    post(RestockReservation.path, async (json) => toAnswer(await inventory.restock(json))),
  ];
}

/** The answer of every reservation endpoint (the four share it). */
function toAnswer(reservation: ReservationRecord): RouteAnswer<typeof ReserveStock> {
  return {
    reservationId: reservation.id,
    orderId: reservation.orderId,
    status: reservation.status,
    expiresAt: reservation.expiresAt.toISOString(),
    items: reservation.items.map((i) => ({ productId: i.productId, quantity: i.quantity })),
  };
}
