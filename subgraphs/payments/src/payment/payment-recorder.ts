import type { EntityManager } from 'typeorm';
import {
  type EventInput,
  PaymentAuthorized,
  PaymentCaptured,
  PaymentFailed,
  PaymentRefunded,
} from '@commerce/contracts';
import type { OutboxWriter } from '@commerce/events';
import { actorOf, CallContext } from '../call-context';
import { PaymentEntity } from './payment.entity';
import { assertTransition, PaymentStatus } from './payment-state';

type AuditAction =
  | 'CREATE'
  | 'AUTHORIZE'
  | 'REQUIRES_ACTION'
  | 'BUYER_ACTION'
  | 'CAPTURE'
  | 'VOID'
  | 'FAIL'
  | 'REFUND'
  | 'REFUND_FAILED'
  | 'PROVIDER_UPDATE';

export interface PaymentChange {
  to: PaymentStatus;
  action: AuditAction;
  providerRef?: string | null;
  capturedAmount?: number;
  refundedAmount?: number;
  failureReason?: string | null;
  redirectUrl?: string | null;
  /** Extra facts for the audit row (decline code, refund id); never card data. */
  detail?: Record<string, unknown>;
  refund?: { id: string; amount: number; reason: string };
  /** The amount this change concerns, for the audit row (defaults to the payment's amount). */
  amount?: number;
}

/**
 * The one place a payment changes state: checks the move against the state machine, updates the row,
 * appends the audit row and records the event, all in the caller's transaction.
 */
export class PaymentRecorder {
  constructor(private readonly outbox: OutboxWriter) {}

  async apply(
    manager: EntityManager,
    ctx: CallContext,
    payment: PaymentEntity,
    change: PaymentChange,
  ): Promise<PaymentEntity> {
    const from = payment.status;
    if (from !== change.to) assertTransition(from, change.to);
    const updates: Partial<PaymentEntity> = { status: change.to };
    if (change.providerRef !== undefined) updates.providerRef = change.providerRef;
    if (change.capturedAmount !== undefined) updates.capturedAmount = change.capturedAmount;
    if (change.refundedAmount !== undefined) updates.refundedAmount = change.refundedAmount;
    if (change.failureReason !== undefined) updates.failureReason = change.failureReason;
    if (change.redirectUrl !== undefined) updates.redirectUrl = change.redirectUrl;
    await manager.update(PaymentEntity, { id: payment.id }, updates);
    const next = Object.assign(
      Object.create(Object.getPrototypeOf(payment)),
      payment,
      updates,
    ) as PaymentEntity;
    await this.audit(manager, ctx, next, from, change);
    const event = eventFor(change);
    // Wallet top-ups publish none: no order is involved.
    if (event && next.orderId && next.purpose === 'ORDER') {
      await this.outbox.record(manager, event, eventData(next, change));
    }
    return next;
  }

  /** Appends an audit row for `payment` as it is after the change. */
  async audit(
    manager: EntityManager,
    ctx: CallContext,
    payment: PaymentEntity,
    from: PaymentStatus | null,
    change: Pick<PaymentChange, 'action' | 'detail' | 'refund' | 'amount'>,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO payment_audit
         (payment_id, refund_id, action, from_status, to_status, actor, provider_ref, amount, detail, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10)`,
      [
        payment.id,
        change.refund?.id ?? null,
        change.action,
        from,
        payment.status,
        actorOf(ctx),
        payment.providerRef,
        change.amount ?? change.refund?.amount ?? payment.amount,
        JSON.stringify(change.detail ?? {}),
        ctx.requestId,
      ],
    );
  }
}

/** The payment.* event a change publishes (@commerce/contracts payments.ts), if any. */
function eventFor(change: PaymentChange) {
  if (change.refund) return PaymentRefunded;
  if (change.to === PaymentStatus.AUTHORIZED) return PaymentAuthorized;
  if (change.to === PaymentStatus.CAPTURED) return PaymentCaptured;
  if (change.to === PaymentStatus.FAILED) return PaymentFailed;
  return null;
}

/** Thin payload: ids, the amount (of the refund, for payment.refunded) and the method. */
function eventData(payment: PaymentEntity, change: PaymentChange): EventInput<typeof PaymentAuthorized> {
  const amount = change.refund?.amount ?? payment.amount;
  const reason = change.refund?.reason ?? (change.to === PaymentStatus.FAILED ? payment.failureReason : null);
  return {
    paymentId: payment.id,
    orderId: payment.orderId as string,
    buyerId: payment.buyerId,
    amount: { amount, currency: payment.currency },
    method: payment.method,
    ...(reason ? { reason } : {}),
    ...(change.refund ? { refundId: change.refund.id } : {}),
  };
}
