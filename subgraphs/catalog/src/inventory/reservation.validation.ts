import { reservationRefSchema, reserveStockRequestSchema } from '@commerce/contracts';

export { MAX_RESERVATION_ITEMS } from '@commerce/contracts';

/**
 * The body of `POST /inventory/reservations`: the contract's, with the longest hold this catalog
 * grants (`maxTtlSeconds` comes from configuration, so it is not part of the contract).
 */
export function reserveRequestRule(maxTtlSeconds: number) {
  const ttl = reserveStockRequestSchema.shape.ttlSeconds.unwrap();
  return reserveStockRequestSchema.extend({
    ttlSeconds: ttl.max(maxTtlSeconds, `must be at most ${maxTtlSeconds}`).optional(),
  });
}

/** The body of `POST /inventory/reservations/commit`, `/release` and `POST /inventory/restock`. */
export const reservationIdRule = reservationRefSchema;
