import { z } from 'zod';
import { uuidRule } from '../validation';

/** Largest quantity of one product in one reservation, and most lines in one reservation. */
export const MAX_RESERVED_QUANTITY = 1000;
export const MAX_RESERVATION_ITEMS = 100;

/** `POST /inventory/reservations`; `maxTtlSeconds` comes from configuration. */
export function reserveRequestRule(maxTtlSeconds: number) {
  return z.object({
    reservationId: uuidRule,
    orderId: z.string().trim().min(1).max(100, 'must be at most 100 characters').nullish(),
    items: z
      .array(
        z.object({
          productId: uuidRule,
          quantity: z
            .number()
            .int('must be a whole number')
            .min(1, 'must be at least 1')
            .max(MAX_RESERVED_QUANTITY, `must be at most ${MAX_RESERVED_QUANTITY}`),
        }),
      )
      .min(1, 'must hold at least one item')
      .max(MAX_RESERVATION_ITEMS, `must hold at most ${MAX_RESERVATION_ITEMS} items`)
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.productId)) {
            ctx.addIssue({ code: 'custom', path: [index, 'productId'], message: 'is repeated' });
          }
          seen.add(item.productId);
        });
      }),
    ttlSeconds: z
      .number()
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(maxTtlSeconds, `must be at most ${maxTtlSeconds}`)
      .optional(),
  });
}

/** `POST /inventory/reservations/commit`, `/release` and `POST /inventory/restock`. */
export const reservationIdRule = z.object({ reservationId: uuidRule });

export type ReserveRequestValues = z.infer<ReturnType<typeof reserveRequestRule>>;
