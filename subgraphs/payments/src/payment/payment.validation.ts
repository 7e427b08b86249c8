import { z } from 'zod';
import { validate as validateInput } from '@commerce/errors';
import { isUuid } from '@commerce/runtime';

/** GraphQL's Int: every amount must be representable in the API. */
export const MAX_AMOUNT = 2_147_483_647;

export const amountRule = z
  .number()
  .int('must be a whole number of minor units (1999 = 19.99)')
  .positive('must be greater than 0')
  .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`);

export const currencyRule = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code in upper case, e.g. USD');

/** Money as the API spells it: minor units and a currency, never a float. */
export const moneyRule = z.object({ amount: amountRule, currency: currencyRule }).strict();

/** 12 or more digits, possibly grouped by spaces or dashes: what a card number looks like. */
const CARD_NUMBER_LIKE = /^[\d\s-]{12,}$/;
const TOKEN = /^(tok|pm)_[A-Za-z0-9_]{1,200}$/;

/**
 * Card tokens only. Something shaped like a card number is refused with its own message, and no
 * message ever repeats the value, so a card number typed into the wrong field never lands in a log.
 */
export const cardTokenRule = z
  .string()
  .max(255, 'must be at most 255 characters')
  .superRefine((value, ctx) => {
    if (CARD_NUMBER_LIKE.test(value) && value.replace(/\D/g, '').length >= 12) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'must be a card token (tok_... or pm_...); card numbers are never accepted',
      });
    } else if (!TOKEN.test(value)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'must be a card token such as tok_visa' });
    }
  });

export const uuidRule = z.string().refine(isUuid, 'must be a UUID');

/** Keys are chosen by the caller (e.g. `order:<id>:attempt:1`); bounded and printable. */
export const idempotencyKeyRule = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain letters, digits and _ . : - only');

export const methodTypeRule = z.enum(['CARD', 'WALLET', 'PAYPAL']);

export const paymentMethodRule = z
  .object({ type: methodTypeRule, cardToken: cardTokenRule.optional() })
  .strict()
  .superRefine((method, ctx) => {
    if (method.type === 'CARD' && !method.cardToken) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['cardToken'], message: 'is required for CARD' });
    }
  });

/** Payments' bodies as a whole are `body` in error details (the shared validator, value-safe). */
export function validate<T extends z.ZodTypeAny>(rule: T, value: unknown): z.infer<T> {
  return validateInput(rule, value, 'body');
}
