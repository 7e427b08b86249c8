/**
 * What the payments service offers the orders saga (charge, capture, void, refund over internal
 * HTTP) and tells others (payment.* events). Every call is idempotent by its idempotency key or by
 * the payment's state.
 */
import { z } from 'zod';
import { defineEvent } from './event';
import { idSchema, timestampSchema, uuidSchema } from './ids';
import { moneySchema } from './money';
import { defineRoute } from './route';

// ------------------------------------------------------------------ request values

/** GraphQL's Int: every amount must be representable in the API. */
export const MAX_AMOUNT = 2_147_483_647;

/** An amount to charge, capture or refund: more than nothing, and representable in the API. */
export const chargeAmountSchema = moneySchema.extend({
  amount: z
    .number()
    .int('must be a whole number of minor units (1999 = 19.99)')
    .positive('must be greater than 0')
    .max(MAX_AMOUNT, `must be at most ${MAX_AMOUNT}`),
});

/** 12 or more digits, possibly grouped by spaces or dashes: what a card number looks like. */
const CARD_NUMBER_LIKE = /^[\d\s-]{12,}$/;
const TOKEN = /^(tok|pm)_[A-Za-z0-9_]{1,200}$/;

/**
 * Card tokens only. Something shaped like a card number is refused with its own message, and no
 * message ever repeats the value, so a card number typed into the wrong field never lands in a log.
 */
export const cardTokenSchema = z
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

/** Keys are chosen by the caller (e.g. `order-<id>`); bounded and printable. */
export const idempotencyKeySchema = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(200, 'must be at most 200 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain letters, digits and _ . : - only');

export const paymentMethodTypeSchema = z.enum(['CARD', 'WALLET', 'PAYPAL']);

/** How the buyer pays; CARD needs `cardToken` (payments refuses a CARD without one, naming it). */
export const paymentMethodSchema = z.object({
  type: paymentMethodTypeSchema,
  cardToken: cardTokenSchema.optional(),
});

// ------------------------------------------------------------------ endpoints (orders -> payments)

/** authorize and pay share the key: one payment per key, whichever is called. */
const chargeRequestSchema = z.object({
  orderId: uuidSchema,
  buyerId: uuidSchema,
  amount: chargeAmountSchema,
  method: paymentMethodSchema,
  idempotencyKey: idempotencyKeySchema,
});

/** Where a payment is, as payments stores it, plus REQUIRES_ACTION: waiting for the buyer's approval. */
const paymentStatusSchema = z.enum([
  'PENDING',
  'REQUIRES_ACTION',
  'AUTHORIZED',
  'CAPTURED',
  'FAILED',
  'VOIDED',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
]);

/**
 * The answer of authorize, pay, capture and void. A first authorize answers AUTHORIZED or
 * REQUIRES_ACTION (with `redirectUrl`), a first pay CAPTURED or REQUIRES_ACTION; a replay answers the
 * payment's current status (PENDING while the provider has not answered). A declined payment is
 * answered 402 PAYMENT_DECLINED (details: reason), never with status FAILED.
 */
const paymentAnswerSchema = z.object({
  paymentId: idSchema,
  status: paymentStatusSchema,
  redirectUrl: z.string().optional(),
});

/** Holds the money (card authorization, wallet hold, or a PAYPAL approval to wait for). */
export const AuthorizePayment = defineRoute('POST', '/payments/authorize', {
  request: chargeRequestSchema,
  response: paymentAnswerSchema,
});

/**
 * Authorize and capture in one call: what a checkout does. 402 PAYMENT_DECLINED; 409 CONFLICT when
 * payments will not move the money as asked (a refused capture, a payment still in flight).
 */
export const Pay = defineRoute('POST', '/payments/pay', {
  request: chargeRequestSchema,
  response: paymentAnswerSchema,
});

/** Takes what an authorization holds (all of it without `amount`). 409 CONFLICT when refused. */
export const CapturePayment = defineRoute('POST', '/payments/capture', {
  request: z.object({ paymentId: uuidSchema, amount: chargeAmountSchema.optional() }),
  response: paymentAnswerSchema,
});

/** Releases a hold. 409 CONFLICT for a captured payment (refund it instead). */
export const VoidPayment = defineRoute('POST', '/payments/void', {
  request: z.object({ paymentId: uuidSchema }),
  response: paymentAnswerSchema,
});

const refundSchema = z.object({
  refundId: idSchema,
  paymentId: idSchema,
  orderId: idSchema.nullable(),
  amount: moneySchema,
  status: z.enum(['PENDING', 'SUCCEEDED', 'FAILED']),
  reason: z.string(),
  /** The provider's reference of the refund, once it has one. */
  transactionRef: z.string().nullable(),
  createdAt: timestampSchema,
});

/**
 * Gives back `amount` (everything captured and not yet refunded without it), to the original means
 * or as wallet credit. Idempotent by `idempotencyKey` (default: per payment and amount). 409 CONFLICT
 * for a payment never captured.
 */
export const RefundPayment = defineRoute('POST', '/payments/refund', {
  request: z.object({
    paymentId: uuidSchema,
    amount: chargeAmountSchema.optional(),
    reason: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
    idempotencyKey: idempotencyKeySchema.optional(),
    destination: z.enum(['ORIGINAL', 'WALLET']).optional(),
  }),
  response: refundSchema.extend({ paymentStatus: paymentStatusSchema }),
});

/** `GET /payments/refunds?orderId=<uuid>`: the refunds of one order, oldest first. */
export const ListRefunds = defineRoute('GET', '/payments/refunds', {
  request: undefined,
  response: z.object({ refunds: z.array(refundSchema) }),
});

// ------------------------------------------------------------------ events

/**
 * Thin payloads: ids, the amount and the method; `reason` on failures and refunds. Only payments of
 * orders publish events (a wallet top-up involves no order).
 */
const paymentEventSchema = z.object({
  paymentId: idSchema,
  orderId: idSchema,
  buyerId: idSchema,
  /** For `payment.refunded`, the amount of this refund; otherwise the payment's amount. */
  amount: moneySchema,
  method: paymentMethodTypeSchema,
  reason: z.string().optional(),
  /** Only on `payment.refunded`. */
  refundId: idSchema.optional(),
});

/** Funds are held; for a PAYPAL payment: the buyer approved (orders resumes the waiting checkout). */
export const PaymentAuthorized = defineEvent('payment.authorized', paymentEventSchema);
export const PaymentCaptured = defineEvent('payment.captured', paymentEventSchema);
export const PaymentFailed = defineEvent('payment.failed', paymentEventSchema);
export const PaymentRefunded = defineEvent('payment.refunded', paymentEventSchema);
