import {
  CapturePayment,
  Pay,
  AuthorizePayment,
  type Money,
  type paymentMethodTypeSchema,
  RefundPayment,
  type RouteContract,
  type RouteRequest,
  type RouteResponse,
  VoidPayment,
} from '@commerce/contracts';
import type { z } from 'zod';
import { ErrorCode } from '@commerce/errors';
import type { InternalClient } from '@commerce/http';
import { contractAnswer } from './contract-answer';

export type PaymentMethodKind = z.infer<typeof paymentMethodTypeSchema>;

/** What authorize and pay are asked: one payment per idempotency key. */
export type ChargeRequest = RouteRequest<typeof Pay>;

/**
 * authorize: AUTHORIZED or REQUIRES_ACTION on a first call; pay: CAPTURED or REQUIRES_ACTION. A
 * replay (same idempotency key, on either) answers the payment's current status instead: PENDING
 * while the provider has not answered, AUTHORIZED, CAPTURED, VOIDED, REFUNDED...
 */
export type Authorization = RouteResponse<typeof Pay>;

/**
 * The payments service, as the saga needs it (@commerce/contracts payments.ts). Idempotent by
 * idempotencyKey (authorize and pay share it: one payment per key) and by paymentId. Refusals:
 * PAYMENT_DECLINED on authorize and pay (details: reason); CONFLICT when payments will not move the
 * money as asked: a refused capture (pay, capture), a void of a captured payment, a refund of one
 * never captured, a payment still in flight after payments' own wait (authorize, pay).
 */
export interface PaymentsPort {
  authorize(request: ChargeRequest, signal?: AbortSignal): Promise<Authorization>;
  /** Authorize and capture in one call: what a checkout does (authorize alone only learns a payment). */
  pay(request: ChargeRequest, signal?: AbortSignal): Promise<Authorization>;
  capture(paymentId: string, signal?: AbortSignal): Promise<void>;
  void(paymentId: string, signal?: AbortSignal): Promise<void>;
  refund(paymentId: string, reason: string, amount?: Money, signal?: AbortSignal): Promise<void>;
}

/** {@link PaymentsPort} over payments' internal HTTP endpoints. */
export class HttpPayments implements PaymentsPort {
  constructor(private readonly http: InternalClient) {}

  authorize(request: ChargeRequest, signal?: AbortSignal): Promise<Authorization> {
    return this.payment(AuthorizePayment, request, signal);
  }

  pay(request: ChargeRequest, signal?: AbortSignal): Promise<Authorization> {
    return this.payment(Pay, request, signal);
  }

  capture(paymentId: string, signal?: AbortSignal): Promise<void> {
    const body: RouteRequest<typeof CapturePayment> = { paymentId };
    return this.call(CapturePayment, body, signal);
  }

  void(paymentId: string, signal?: AbortSignal): Promise<void> {
    const body: RouteRequest<typeof VoidPayment> = { paymentId };
    return this.call(VoidPayment, body, signal);
  }

  refund(paymentId: string, reason: string, amount?: Money, signal?: AbortSignal): Promise<void> {
    const body: RouteRequest<typeof RefundPayment> = { paymentId, reason, ...(amount ? { amount } : {}) };
    return this.call(RefundPayment, body, signal);
  }

  private async payment(route: typeof Pay, request: ChargeRequest, signal?: AbortSignal) {
    const answer = await this.http.post(route.path, request, signal);
    if (answer.status === 200) return contractAnswer(this.http, route, answer);
    if (answer.status === 402) throw this.http.refusal(answer, ErrorCode.PAYMENT_DECLINED);
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(route.path, answer);
  }

  /** The answer's payment is not needed: only whether payments did it. */
  private async call(route: RouteContract, body: unknown, signal?: AbortSignal): Promise<void> {
    const answer = await this.http.post(route.path, body, signal);
    if (answer.status === 200) return;
    if (answer.status === 409) throw this.http.refusal(answer, ErrorCode.CONFLICT);
    throw this.http.unexpected(route.path, answer);
  }
}
