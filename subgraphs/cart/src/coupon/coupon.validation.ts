import { z } from 'zod';
import { MAX_CART_AMOUNT } from '../cart/cart.validation';

/** Codes people type: 3-32 letters, digits, dash or underscore, compared without case (kept in capitals). */
export const couponCodeRule = z
  .string({ invalid_type_error: 'must be a string' })
  .trim()
  .min(3, 'must be at least 3 characters')
  .max(32, 'must be at most 32 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'may contain letters, digits, dash and underscore only')
  .transform((code) => code.toUpperCase());

const positive = (what: string) =>
  z.number().int(`${what} must be a whole number`).min(1, 'must be at least 1');

/** The rules of a new coupon; `now` decides what "in the future" means. */
export function createCouponRule(now: Date) {
  return z
    .object({
      code: couponCodeRule,
      kind: z.enum(['PERCENT', 'FIXED']),
      value: positive('value').max(MAX_CART_AMOUNT, `must be at most ${MAX_CART_AMOUNT}`),
      currency: z
        .string()
        .regex(/^[A-Za-z]{3}$/, 'must be an ISO 4217 code, e.g. USD')
        .transform((c) => c.toUpperCase())
        .nullish(),
      minSubtotal: z
        .number()
        .int('must be a whole number')
        .min(0, 'must not be negative')
        .max(MAX_CART_AMOUNT, `must be at most ${MAX_CART_AMOUNT}`)
        .nullish(),
      startsAt: z.date().nullish(),
      endsAt: z.date().nullish(),
      usageLimit: positive('usageLimit').nullish(),
      perUserLimit: positive('perUserLimit').nullish(),
    })
    .superRefine((input, ctx) => {
      const fail = (path: string, message: string) =>
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
      if (input.kind === 'PERCENT' && input.value > 100)
        fail('value', 'must be at most 100 for a PERCENT coupon');
      if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt)
        fail('endsAt', 'must be after startsAt');
      if (input.endsAt && input.endsAt <= now) fail('endsAt', 'must be in the future');
      if (input.usageLimit && input.perUserLimit && input.perUserLimit > input.usageLimit)
        fail('perUserLimit', 'must not exceed usageLimit');
    });
}
