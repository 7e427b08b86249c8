import { z } from 'zod';

const uuid = z.string().uuid('must be an id');

/**
 * Rules for `checkout(input)`. The GraphQL enum already refuses an unknown payment method type; here
 * the combinations: a card needs a token, other methods take none.
 */
export const checkoutRule = z.object({
  paymentMethod: z
    .object({
      type: z.enum(['CARD', 'WALLET', 'PAYPAL']),
      cardToken: z
        .string()
        .trim()
        .max(255, 'must be at most 255 characters')
        .regex(/^[A-Za-z0-9_]+$/, 'must be a payment token such as tok_visa')
        .nullish(),
    })
    .superRefine((method, ctx) => {
      if (method.type === 'CARD' && !method.cardToken) {
        ctx.addIssue({ code: 'custom', path: ['cardToken'], message: 'is required for CARD payments' });
      }
      if (method.type !== 'CARD' && method.cardToken) {
        ctx.addIssue({ code: 'custom', path: ['cardToken'], message: 'is only for CARD payments' });
      }
    }),
  shippingAddressId: uuid.nullish(),
  // Visible ASCII only: keys are logged and compared byte for byte.
  idempotencyKey: z
    .string()
    .min(1, 'is required')
    .max(128, 'must be at most 128 characters')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces'),
});

export type CheckoutRequest = z.infer<typeof checkoutRule>;
