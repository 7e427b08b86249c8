import type { Money } from '../shared/money';
import { ErrorCode } from '@commerce/errors';
import type { InternalClient } from '@commerce/http';

export type PaymentMethodKind = 'CARD' | 'WALLET' | 'PAYPAL';

export interface AuthorizeRequest {
  orderId: string;
  buyerId: string;
  amount: Money;
  method: { type: PaymentMethodKind; cardToken?: string };
  idempotencyKey: string;
}

/**
 * authorize: AUTHORIZED or REQUIRES_ACTION on a first call; pay: CAPTURED or REQUIRES_ACTION. A
 * replay (same idempotency key, on either) answers the payment's current status instead: PENDING
 * while the provider has not answered, AUTHORIZED, CAPTURED, VOIDED, REFUNDED...
 */
export interface Authorization {
  paymentId: string;
  status: string;
  redirectUrl?: string;
}

/**
 * The payments service, as the saga needs it. Idempotent by idempotencyKey (authorize and pay share
 * it: one payment per key) and by paymentId. Refusals: PAYMENT_DECLINED on authorize and pay
 * (details: reason); CONFLICT when payments will not move the money as asked: a refused capture (pay,
 * capture), a void of a captured payment, a refund of one never captured, a payment still in flight
 * after payments' own wait (authorize, pay).
 */
export interface PaymentsPort {
  authorize(request: AuthorizeRequest, signal?: AbortSignal): Promise<Authorization>;
  /** Authorize and capture in one call: what a checkout does (authorize alone only learns a payment). */
  pay(request: AuthorizeRequest, signal?: AbortSignal): Promise<Authorization>;
  capture(paymentId: string, signal?: AbortSignal): Promise<void>;
  void(paymentId: string, signal?: AbortSignal): Promise<void>;
  refund(paymentId: string, reason: string, amount?: Money, signal?: AbortSignal): Promise<void>;
}

/** {@link PaymentsPort} over payments' internal HTTP endpoints. */
export class HttpPayments implements PaymentsPort {
  constructor(private readonly http: InternalClient) {}

  authorize(request: AuthorizeRequest, signal?: AbortSignal): Promise<Authorization> {
    return this.payment('/payments/authorize', request, signal);
  }

  pay(request: AuthorizeRequest, signal?: AbortSignal): Promise<Authorization> {
    return this.payment('/payments/pay', request, signal);
  }

  capture(paymentId: string, signal?: AbortSignal): Promise<void> {
    return this.call('/payments/capture', { paymentId }, signal);
  }

  void(paymentId: string, signal?: AbortSignal): Promise<void> {
    return this.call('/payments/void', { paymentId }, signal);
  }

  refund(paymentId: string, reason: string, amount?: Money, signal?: AbortSignal): Promise<void> {
    return this.call('/payments/refund', { paymentId, reason, ...(amount ? { amount } : {}) }, signal);
  }

  private async payment(path: string, request: AuthorizeRequest, signal?: AbortSignal) {
    const answer = await this.http.post(path, request, signal);
    if (answer.status === 200) return answer.body as Authorization;
    if (answer.status === 402) throw this.http.refusal(answer, ErrorCode.PAYMENT_DECLINED);
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(path, answer);
  }

  private async call(path: string, body: unknown, signal?: AbortSignal): Promise<void> {
    const answer = await this.http.post(path, body, signal);
    if (answer.status === 200) return;
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(path, answer);
  }
}
