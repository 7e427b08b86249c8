import Stripe from 'stripe';
import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxWriter } from '@commerce/events';
import type { Logger, LogScope } from '@commerce/logging';
import type { CallContext } from '../call-context';
import { PaymentEntity } from '../payment/payment.entity';
import type { PaymentChange, PaymentRecorder } from '../payment/payment-recorder';
import { PaymentStatus } from '../payment/payment-state';
import { lockPayment } from '../payment/payment-store';
import type { RefundService } from '../refund/refund.service';

export type WebhookOutcome = 'processed' | 'duplicate' | 'ignored';

/** The signature was missing, malformed, stale (replay) or made with another secret. */
export class WebhookSignatureError extends Error {}

const S = PaymentStatus;

export interface StripeWebhookDeps {
  dataSource: DataSource;
  outbox: OutboxWriter;
  recorder: PaymentRecorder;
  refunds: RefundService;
  /** The endpoint's signing secret (STRIPE_WEBHOOK_SECRET). */
  secret: string;
  logger: Logger;
  /** Seconds a signature stays valid; older deliveries are refused as possible replays. Default 300. */
  toleranceSeconds?: number;
}

/**
 * Stripe's notifications about payments we created: verified against the endpoint's signing secret,
 * processed at most once per event id (the inbox row commits with the change), and applied only when
 * they move a payment forward - a late or repeated event never undoes a newer state.
 */
export class StripeWebhookHandler {
  private readonly toleranceSeconds: number;

  constructor(private readonly deps: StripeWebhookDeps) {
    this.toleranceSeconds = deps.toleranceSeconds ?? 300;
  }

  /** Checks `Stripe-Signature` over the raw body; the parsed event is only trusted after this. */
  verify(rawBody: string, signature: string | undefined): Stripe.Event {
    if (!signature) throw new WebhookSignatureError('missing Stripe-Signature header');
    try {
      return Stripe.webhooks.constructEvent(rawBody, signature, this.deps.secret, this.toleranceSeconds);
    } catch (error) {
      throw new WebhookSignatureError((error as Error).message);
    }
  }

  async handle(event: Stripe.Event, scope: LogScope): Promise<WebhookOutcome> {
    const ctx: CallContext = {
      requestId: scope.requestId,
      traceparent: scope.traceparent,
      user: null,
      ip: '',
      actor: `stripe-webhook:${event.id}`,
    };
    const outcome = await this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const fresh = await manager.query(
        `INSERT INTO webhook_inbox (provider, event_id, type) VALUES ('stripe', $1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [event.id, event.type],
      );
      if (fresh.length === 0) return 'duplicate' as const;
      return this.apply(manager, ctx, event);
    });
    this.deps.logger.info({ eventId: event.id, type: event.type, outcome }, 'stripe webhook');
    return outcome;
  }

  private async apply(
    manager: EntityManager,
    ctx: CallContext,
    event: Stripe.Event,
  ): Promise<WebhookOutcome> {
    switch (event.type) {
      case 'payment_intent.amount_capturable_updated': {
        // 3-D Secure completed: the intent now waits for capture.
        const payment = await this.paymentFor(manager, event.data.object.id);
        return this.move(manager, ctx, payment, [S.PENDING], { to: S.AUTHORIZED, action: 'PROVIDER_UPDATE' });
      }
      case 'payment_intent.succeeded': {
        const intent = event.data.object;
        const payment = await this.paymentFor(manager, intent.id);
        // Captured outside our API (dashboard): take what Stripe received, never more than authorized.
        const authorized = payment?.amount ?? 0;
        const received = intent.amount_received || intent.amount || authorized;
        return this.move(manager, ctx, payment, [S.AUTHORIZED], {
          to: S.CAPTURED,
          action: 'PROVIDER_UPDATE',
          capturedAmount: Math.min(received, authorized),
        });
      }
      case 'payment_intent.payment_failed': {
        const intent = event.data.object;
        const error = intent.last_payment_error;
        const reason = error?.decline_code ?? error?.code ?? 'payment_failed';
        const payment = await this.paymentFor(manager, intent.id);
        return this.move(manager, ctx, payment, [S.PENDING, S.AUTHORIZED], {
          to: S.FAILED,
          action: 'PROVIDER_UPDATE',
          failureReason: reason,
          detail: { declineCode: reason },
        });
      }
      case 'payment_intent.canceled': {
        // e.g. an authorization Stripe expired after 7 days uncaptured.
        const payment = await this.paymentFor(manager, event.data.object.id);
        return this.move(manager, ctx, payment, [S.PENDING, S.AUTHORIZED], {
          to: S.VOIDED,
          action: 'PROVIDER_UPDATE',
        });
      }
      case 'charge.refunded': {
        const charge = event.data.object;
        const intentId =
          typeof charge.payment_intent === 'string' ? charge.payment_intent : charge.payment_intent?.id;
        const payment = intentId ? await this.paymentFor(manager, intentId) : null;
        if (!payment) return 'ignored';
        const refundRef = charge.refunds?.data?.[0]?.id ?? null;
        const key = `stripe:${event.id}`;
        const refund = await this.deps.refunds.recordExternalRefund(
          manager,
          ctx,
          payment,
          charge.amount_refunded,
          refundRef,
          key,
        );
        return refund ? 'processed' : 'ignored';
      }
      default:
        return 'ignored';
    }
  }

  /** Our payment for a PaymentIntent, locked; null for intents we did not create. */
  private async paymentFor(manager: EntityManager, intentId: string): Promise<PaymentEntity | null> {
    const found = await manager
      .getRepository(PaymentEntity)
      .findOneBy({ provider: 'stripe', providerRef: intentId });
    return found ? lockPayment(manager, found.id) : null;
  }

  private async move(
    manager: EntityManager,
    ctx: CallContext,
    payment: PaymentEntity | null,
    from: PaymentStatus[],
    change: PaymentChange,
  ): Promise<WebhookOutcome> {
    if (!payment || !from.includes(payment.status)) return 'ignored';
    await this.deps.recorder.apply(manager, ctx, payment, change);
    return 'processed';
  }
}
