import type { Money } from '../shared/money';
import { ErrorCode } from '@commerce/errors';
import type { InternalClient } from '@commerce/runtime';

export type PaymentMethodKind = 'CARD' | 'WALLET' | 'PAYPAL';

export interface AuthorizeRequest {
  orderId: string;
  buyerId: string;
  amount: Money;
  method: { type: PaymentMethodKind; cardToken?: string };
  idempotencyKey: string;
}

/**
 * AUTHORIZED or REQUIRES_ACTION on a first call. A replay (same idempotency key) answers the
 * payment's current status instead: PENDING while the provider has not answered, CAPTURED,
 * VOIDED, REFUNDED...
 */
export interface Authorization {
  paymentId: string;
  status: string;
  redirectUrl?: string;
}

/**
 * The payments service, as the saga needs it. Idempotent by idempotencyKey (authorize) and paymentId.
 * Refusals: PAYMENT_DECLINED on authorize (details: reason); CONFLICT on void of a captured payment or
 * refund of one that was never captured.
 */
export interface PaymentsPort {
  authorize(request: AuthorizeRequest, signal?: AbortSignal): Promise<Authorization>;
  capture(paymentId: string, signal?: AbortSignal): Promise<void>;
  void(paymentId: string, signal?: AbortSignal): Promise<void>;
  refund(paymentId: string, reason: string, amount?: Money, signal?: AbortSignal): Promise<void>;
}

/** {@link PaymentsPort} over payments' internal HTTP endpoints. */
export class HttpPayments implements PaymentsPort {
  constructor(private readonly http: InternalClient) {}

  async authorize(request: AuthorizeRequest, signal?: AbortSignal): Promise<Authorization> {
    const path = '/payments/authorize';
    const answer = await this.http.post(path, request, signal);
    if (answer.status === 200) return answer.body as Authorization;
    if (answer.status === 402) throw this.http.refusal(answer, ErrorCode.PAYMENT_DECLINED);
    throw this.http.unexpected(path, answer);
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

  private async call(path: string, body: unknown, signal?: AbortSignal): Promise<void> {
    const answer = await this.http.post(path, body, signal);
    if (answer.status === 200) return;
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(path, answer);
  }
}
