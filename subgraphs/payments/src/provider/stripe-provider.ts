import Stripe from 'stripe';
import {
  Authorization,
  AuthorizeRequest,
  CaptureRequest,
  PaymentProvider,
  ProviderRefund,
  RefundRequest,
  VoidRequest,
} from './payment-provider';
import {
  assertCanceled,
  assertCaptured,
  authorizationFromError,
  authorizationFromIntent,
  providerErrorFrom,
  refundStatusFrom,
} from './stripe-mapping';

/** Pinned so a Stripe-side default change never alters what our code reads. */
const STRIPE_API_VERSION = '2025-08-27.basil' as const;

export interface StripeProviderOptions {
  secretKey: string;
  /** Where the Stripe API is: https://api.stripe.com, or stripe-mock (http://127.0.0.1:12111). */
  apiBase: string;
  timeoutMs: number;
}

/** Stripe's own API host; any other base is a stand-in (stripe-mock) that answers with canned objects. */
export const STRIPE_API_HOST = 'api.stripe.com';

/**
 * Cards through Stripe PaymentIntents with manual capture: authorize = create + confirm with
 * `capture_method: manual` (funds held, nothing charged), capture/cancel the intent, refunds against
 * it. Every call carries an Idempotency-Key derived from the caller's key, so the SDK's own network
 * retries and our retries after a crash can never authorize or refund twice.
 */
export class StripeProvider implements PaymentProvider {
  readonly name = 'stripe';
  readonly client: Stripe;
  /** True against stripe-mock: see `authorizationFromIntent`. */
  readonly canned: boolean;

  constructor(options: StripeProviderOptions) {
    const base = new URL(options.apiBase);
    const protocol = base.protocol === 'http:' ? 'http' : 'https';
    this.canned = base.hostname !== STRIPE_API_HOST;
    this.client = new Stripe(options.secretKey, {
      apiVersion: STRIPE_API_VERSION,
      host: base.hostname,
      port: base.port || (protocol === 'http' ? 80 : 443),
      protocol,
      timeout: options.timeoutMs,
      // One retry on network failures (same Idempotency-Key), bounded so a caller's wait stays short.
      maxNetworkRetries: 1,
      telemetry: false,
      appInfo: { name: 'commerce-payments' },
    });
  }

  async authorize(request: AuthorizeRequest): Promise<Authorization> {
    try {
      const paymentMethod = await this.paymentMethodFor(request.paymentMethod, request.idempotencyKey);
      const intent = await this.client.paymentIntents.create(
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          capture_method: 'manual',
          confirm: true,
          payment_method: paymentMethod,
          // Cards only: no redirect-based methods, so confirming needs no return_url.
          payment_method_types: ['card'],
          metadata: request.metadata,
        },
        { idempotencyKey: `${request.idempotencyKey}:intent` },
      );
      return authorizationFromIntent(intent, this.canned);
    } catch (error) {
      return authorizationFromError(error);
    }
  }

  async capture(request: CaptureRequest): Promise<void> {
    const intent = await this.call(() =>
      this.client.paymentIntents.capture(
        request.providerRef,
        request.amount === undefined ? {} : { amount_to_capture: request.amount },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    assertCaptured(intent, this.canned);
  }

  async void(request: VoidRequest): Promise<void> {
    const intent = await this.call(() =>
      this.client.paymentIntents.cancel(request.providerRef, {}, { idempotencyKey: request.idempotencyKey }),
    );
    assertCanceled(intent, this.canned);
  }

  async refund(request: RefundRequest): Promise<ProviderRefund> {
    const refund = await this.call(() =>
      this.client.refunds.create(
        { payment_intent: request.providerRef, amount: request.amount },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { refundRef: refund.id, status: refundStatusFrom(refund.status) };
  }

  /**
   * A `pm_...` is used as is; a legacy `tok_...` (Stripe's test tokens) becomes a PaymentMethod first,
   * as Stripe documents for tokens.
   */
  private async paymentMethodFor(token: string, key: string): Promise<string> {
    if (token.startsWith('pm_')) return token;
    const method = await this.client.paymentMethods.create(
      { type: 'card', card: { token } },
      { idempotencyKey: `${key}:method` },
    );
    return method.id;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw providerErrorFrom(error);
    }
  }
}
