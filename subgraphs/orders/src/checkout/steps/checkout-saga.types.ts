import type { Money } from '@commerce/contracts';
import type { SagaFailure, SagaState, SagaStep, StepContext } from '@commerce/saga';
import type { PaymentMethodKind } from '../../clients/payments.client';

/** One line of the order as the saga needs it (stock to reserve, data for order.paid). */
export interface SagaItem {
  productId: string;
  sellerId: string;
  quantity: number;
  unitPrice: Money;
}

/** What the checkout saga starts with: a copy of the order, so no step needs to read it. */
export interface CheckoutSagaInput {
  buyerId: string;
  cartId: string;
  items: SagaItem[];
  amount: Money;
  method: { type: PaymentMethodKind };
}

/** What the steps produce, kept for the steps and compensations after them. */
export interface CheckoutSagaOutputs {
  /** Single-use payment token, kept only until payments answered with a payment. */
  cardToken?: string | null;
  /** When catalog lets the reservation lapse: money must not be taken after it. */
  reservationExpiresAt?: string;
  paymentId?: string;
  /** The payment's status as payments last answered it (CAPTURED once charged). */
  paymentStatus?: string;
  /** What the buyer must do for a payment that needs approval (PAYPAL), while the saga waits. */
  paymentAction?: { redirectUrl: string | null; expiresAt: string } | null;
  /** Set by the payment-approval event that wakes a waiting saga. */
  paymentApproved?: boolean;
}

/** How a checkout that could not finish leaves its order: PAYMENT_FAILED or CANCELLED. */
export type CheckoutOutcome = 'PAYMENT_FAILED' | 'CANCELLED';

export type CheckoutFailure = SagaFailure<CheckoutOutcome>;
export type CheckoutSagaState = SagaState<CheckoutSagaInput, CheckoutSagaOutputs, CheckoutOutcome>;
export type CheckoutStep = SagaStep<CheckoutSagaInput, CheckoutSagaOutputs, CheckoutOutcome>;
export type CheckoutStepContext = StepContext<CheckoutSagaInput, CheckoutSagaOutputs>;

/** The catalog reservation of a checkout: one per order, named by the order id (idempotent). */
export function reservationIdOf(orderId: string): string {
  return orderId;
}

/** The payment idempotency key of a checkout: one payment per order, ever. */
export function paymentKeyOf(orderId: string): string {
  return `order-${orderId}`;
}
