import { z } from 'zod';
import {
  cardTokenSchema,
  chargeAmountSchema,
  idempotencyKeySchema,
  paymentMethodSchema,
} from '@commerce/contracts';
import { validate as validateInput } from '@commerce/errors';

export { MAX_AMOUNT } from '@commerce/contracts';

/**
 * Payments' input rules. The values are the contract's (@commerce/contracts payments.ts), so the
 * orders saga codes against exactly what is checked here; payments adds its own strictness on top:
 * unknown fields are refused (a typo in a caller, or a card number sent under another name, surfaces
 * at once instead of being ignored), and a CARD payment needs its token.
 */

/** Money as the API spells it: minor units and a currency, never a float. */
export const moneyRule = chargeAmountSchema.strict();

/** Card tokens only; a card number is refused without being repeated (see the contract). */
export const cardTokenRule = cardTokenSchema;

export const idempotencyKeyRule = idempotencyKeySchema;

export const paymentMethodRule = paymentMethodSchema.strict().superRefine((method, ctx) => {
  if (method.type === 'CARD' && !method.cardToken) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['cardToken'], message: 'is required for CARD' });
  }
});

/** Payments' bodies as a whole are `body` in error details (the shared validator, value-safe). */
export function validate<T extends z.ZodTypeAny>(rule: T, value: unknown): z.infer<T> {
  return validateInput(rule, value, 'body');
}
