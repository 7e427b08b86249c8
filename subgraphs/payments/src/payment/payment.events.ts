import type { PaymentMethodName } from './payment.entity';

/**
 * Events payments publishes through its outbox (source `payments`, routing key = type). Thin payloads:
 * ids, the amount and the method; `reason` on failures and refunds. Wallet top-ups publish none (no
 * order is involved).
 */
export const PaymentEvents = {
  authorized: 'payment.authorized',
  captured: 'payment.captured',
  failed: 'payment.failed',
  refunded: 'payment.refunded',
} as const;

export type PaymentEventType = (typeof PaymentEvents)[keyof typeof PaymentEvents];

export interface PaymentEventData {
  paymentId: string;
  orderId: string;
  buyerId: string;
  /** For `payment.refunded`, the amount of this refund; otherwise the payment's amount. */
  amount: { amount: number; currency: string };
  method: PaymentMethodName;
  reason?: string;
  /** Only on `payment.refunded`. */
  refundId?: string;
}
