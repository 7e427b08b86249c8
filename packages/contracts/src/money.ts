import { z } from 'zod';

/**
 * Money as it travels between services and in GraphQL (docs/design.md, "Entities and federation"): an
 * integer amount of minor units (1999 = 19.99 USD), never a float, and its ISO 4217 currency in upper
 * case. Amounts that travel are prices, totals, charges and refunds, so never negative: the direction
 * of a movement is the event's (`payment.refunded`), not the sign's.
 */
export const moneySchema = z.object({
  amount: z
    .number()
    .int('must be a whole number of minor units (1999 = 19.99)')
    .nonnegative('must not be negative'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code in upper case, e.g. USD'),
});

export type Money = z.infer<typeof moneySchema>;

/** `{ amount, currency }` from the two columns a service stores money in. */
export function money(amount: number, currency: string): Money {
  return { amount, currency };
}
