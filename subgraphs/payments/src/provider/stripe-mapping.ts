import type Stripe from 'stripe';
import { Authorization, ProviderError, ProviderRefundStatus } from './payment-provider';

/**
 * How Stripe's answers map onto the port. Pure functions, so every branch is unit-tested with Stripe's
 * own error classes; the adapter only makes the calls.
 *
 * `canned` is for a Stripe stand-in that answers every call with one fixed object (stripe-mock: a
 * PaymentIntent always `requires_payment_method`, with placeholder `last_payment_error`/`next_action`).
 * There, an HTTP success is the only signal, so it counts as success. Against Stripe itself the
 * status is read strictly and an unexpected one is an error, never an assumed success.
 */
export function authorizationFromIntent(intent: Stripe.PaymentIntent, canned: boolean): Authorization {
  if (intent.status === 'requires_action') {
    return {
      status: 'REQUIRES_ACTION',
      providerRef: intent.id,
      ...(canned ? {} : { redirectUrl: intent.next_action?.redirect_to_url?.url ?? undefined }),
    };
  }
  if (intent.status === 'canceled') {
    return {
      status: 'DECLINED',
      providerRef: intent.id,
      declineCode: intent.cancellation_reason ?? 'canceled',
    };
  }
  if (canned || intent.status === 'requires_capture' || intent.status === 'succeeded') {
    return { status: 'AUTHORIZED', providerRef: intent.id };
  }
  if (intent.status === 'requires_payment_method' && intent.last_payment_error) {
    const error = intent.last_payment_error;
    return {
      status: 'DECLINED',
      providerRef: intent.id,
      declineCode: error.decline_code ?? error.code ?? 'card_declined',
    };
  }
  throw new ProviderError('invalid_state', `unexpected PaymentIntent status after confirm: ${intent.status}`);
}

/** After a capture call: Stripe reports `succeeded` (or `processing` for slow methods). */
export function assertCaptured(intent: Stripe.PaymentIntent, canned: boolean): void {
  if (canned || intent.status === 'succeeded' || intent.status === 'processing') return;
  throw new ProviderError('invalid_state', `capture left the PaymentIntent ${intent.status}`);
}

export function assertCanceled(intent: Stripe.PaymentIntent, canned: boolean): void {
  if (canned || intent.status === 'canceled') return;
  throw new ProviderError('invalid_state', `cancel left the PaymentIntent ${intent.status}`);
}

export function refundStatusFrom(status: string | null): ProviderRefundStatus {
  if (status === 'succeeded') return 'SUCCEEDED';
  if (status === 'failed' || status === 'canceled') return 'FAILED';
  return 'PENDING'; // pending, requires_action: the money is on its way back
}

/** Stripe error codes that mean "this payment method cannot be used", i.e. a decline, not our bug. */
const UNUSABLE_METHOD_CODES = new Set([
  'resource_missing',
  'token_already_used',
  'payment_method_unactivated',
  'payment_method_unexpected_state',
  'card_decline_rate_limit_exceeded',
  'expired_card',
  'incorrect_number',
  'invalid_cvc',
]);
const METHOD_PARAMS = /^(payment_method|card|token|source)/;

/**
 * A Stripe exception during authorize: a card error is a decline (a result); a token Stripe does not
 * know is a decline too (the buyer's method is unusable); anything else is a ProviderError.
 */
export function authorizationFromError(error: unknown): Authorization {
  const stripeError = error as Partial<Stripe.errors.StripeError> & { payment_intent?: { id?: string } };
  if (stripeError?.type === 'StripeCardError') {
    return {
      status: 'DECLINED',
      providerRef: stripeError.payment_intent?.id ?? null,
      declineCode: stripeError.decline_code ?? stripeError.code ?? 'card_declined',
    };
  }
  if (
    stripeError?.type === 'StripeInvalidRequestError' &&
    UNUSABLE_METHOD_CODES.has(stripeError.code ?? '') &&
    METHOD_PARAMS.test(stripeError.param ?? '')
  ) {
    return { status: 'DECLINED', providerRef: null, declineCode: 'invalid_payment_method' };
  }
  throw providerErrorFrom(error);
}

/** Any Stripe exception as the port's error; unknown errors (our bugs) pass through unchanged. */
export function providerErrorFrom(error: unknown): Error {
  const stripeError = error as Partial<Stripe.errors.StripeError>;
  const message = `stripe: ${redactKeys(stripeError?.message ?? 'request failed')}`;
  switch (stripeError?.type) {
    case 'StripeInvalidRequestError':
      return new ProviderError(
        stripeError.code === 'payment_intent_unexpected_state' ? 'invalid_state' : 'invalid_request',
        message,
      );
    case 'StripeIdempotencyError':
      return new ProviderError('idempotency_mismatch', message);
    case 'StripeAuthenticationError':
    case 'StripePermissionError':
      return new ProviderError('misconfigured', message);
    case 'StripeRateLimitError':
    case 'StripeConnectionError':
    case 'StripeAPIError':
      return new ProviderError('unavailable', message);
    case 'StripeCardError':
      // A card error outside authorize (e.g. a capture refused by the issuer): the move is not possible.
      return new ProviderError('invalid_state', message);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

/** Some answers quote the API key they refused (stripe-mock does, in full): it must not reach a log. */
function redactKeys(message: string): string {
  return message.replace(/\b(sk|rk)_(test|live)_[A-Za-z0-9_]+/g, '$1_$2_***');
}
