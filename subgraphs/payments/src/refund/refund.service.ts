import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { hasRole, requireUser, Role } from '@commerce/auth';
import { conflict } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import type { CallContext } from '../call-context';
import type { Ledger } from '../ledger/ledger';
import { transfer } from '../ledger/posting';
import { PaymentEntity } from '../payment/payment.entity';
import type { PaymentRecorder } from '../payment/payment-recorder';
import { isCaptured, statusAfterRefunds } from '../payment/payment-state';
import type { PaymentService } from '../payment/payment.service';
import type { Money } from '@commerce/contracts';
import { lockPayment, minorUnitsOf } from '../payment/payment-store';
import { ProviderError, ProviderRefund } from '../provider/payment-provider';
import { providerFailure } from '../provider/provider-errors';
import type { ProviderRegistry } from '../provider/provider-registry';
import { RefundDestination, RefundEntity } from './refund.entity';

export interface RefundInput {
  paymentId: string;
  /** Default: everything captured and not yet refunded. In the payment's currency. */
  amount?: Money;
  reason: string;
  /** Default `<paymentId>:<amount or full>`: a retried refund never pays twice. */
  idempotencyKey?: string;
  destination?: RefundDestination;
}

export interface RefundResult {
  refund: RefundEntity;
  payment: PaymentEntity;
}

export interface RefundServiceDeps {
  dataSource: DataSource;
  outbox: OutboxWriter;
  recorder: PaymentRecorder;
  providers: ProviderRegistry;
  ledger: Ledger;
  payments: PaymentService;
}

/**
 * Refunds of captured payments, back to the original method (wallet payments: ledger credit; cards
 * and PayPal: provider refund) or as wallet credit. The amount is reserved on the payment under its
 * row lock before the provider is called, so concurrent refunds can never exceed what was captured.
 */
export class RefundService {
  constructor(private readonly deps: RefundServiceDeps) {}

  async refund(ctx: CallContext, input: RefundInput): Promise<RefundResult> {
    const payment = await this.deps.payments.get(input.paymentId);
    if (payment.purpose !== 'ORDER') throw conflict('Wallet top-ups cannot be refunded');
    const requested = input.amount ? minorUnitsOf(payment, input.amount) : undefined;
    const key = input.idempotencyKey ?? `${payment.id}:${requested ?? 'full'}`;
    const existing = await this.refunds().findOneBy({ paymentId: payment.id, idempotencyKey: key });
    if (existing) {
      if (requested !== undefined && existing.amount !== requested) {
        throw conflict('idempotencyKey was already used for a different refund', { field: 'idempotencyKey' });
      }
      return this.resume(ctx, existing);
    }
    if (!isCaptured(payment.status)) {
      throw conflict(`A ${payment.status} payment cannot be refunded (void an authorization instead)`, {
        status: payment.status,
      });
    }
    const destination = input.destination ?? 'ORIGINAL';
    const toWallet = destination === 'WALLET' || payment.method === 'WALLET';
    // Wallet payments are refunded from what merchants were owed; card money re-enters as wallet credit.
    const source = toWallet
      ? await this.deps.ledger.platformAccount(
          payment.method === 'WALLET' ? 'MERCHANT_PAYABLE' : 'CARD_FUNDS',
          payment.currency,
        )
      : null;
    const outcome = await this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const locked = await lockPayment(manager, payment.id);
      const raced = await manager.findOneBy(RefundEntity, { paymentId: payment.id, idempotencyKey: key });
      if (raced) return { step: 'raced' as const, refund: raced, payment: locked };
      const refund = await this.reserve(manager, ctx, locked, { ...input, requested }, key, destination);
      if (!source) return { step: 'reserved' as const, refund, payment: locked };
      const wallet = await this.deps.ledger.wallet(manager, locked.buyerId, locked.currency);
      const refs = { paymentId: locked.id, refundId: refund.id };
      const ledgerRef = await this.deps.ledger.post(
        manager,
        transfer('REFUND', source, wallet, refund.amount, refs),
      );
      const settled = await this.settle(manager, ctx, refund.id, {
        refundRef: `ledger:${ledgerRef}`,
        status: 'SUCCEEDED',
      });
      return { step: 'settled' as const, ...settled };
    });
    if (outcome.step === 'raced') return this.resume(ctx, outcome.refund);
    if (outcome.step === 'reserved') return this.driveProvider(ctx, outcome.refund, outcome.payment);
    return { refund: outcome.refund, payment: outcome.payment };
  }

  /**
   * A refund made at the provider without us (Stripe dashboard), learnt from a webhook: recorded as
   * SUCCEEDED for the difference between what the provider reports refunded and what we knew of.
   */
  async recordExternalRefund(
    manager: EntityManager,
    ctx: CallContext,
    payment: PaymentEntity,
    providerRefundedTotal: number,
    providerRef: string | null,
    key: string,
  ): Promise<RefundEntity | null> {
    const amount = Math.min(providerRefundedTotal, payment.capturedAmount) - payment.refundedAmount;
    if (amount <= 0 || !isCaptured(payment.status)) return null;
    const refund = await this.reserve(
      manager,
      ctx,
      payment,
      { requested: amount, reason: 'refunded at the payment provider' },
      key,
      'ORIGINAL',
    );
    const settled = await this.settle(manager, ctx, refund.id, {
      refundRef: providerRef ?? `external:${key}`,
      status: 'SUCCEEDED',
    });
    return settled.refund;
  }

  /** Refunds of one order, oldest first (GET /payments/refunds). */
  async listForOrder(orderId: string): Promise<RefundEntity[]> {
    return this.refunds().find({ where: { orderId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Refunds of many payments in one query (DataLoader). */
  async listForPayments(paymentIds: readonly string[]): Promise<RefundEntity[]> {
    if (paymentIds.length === 0) return [];
    return this.refunds().find({
      where: { paymentId: In([...paymentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The caller's refunds (of one order, or all); an order of another buyer shows none unless ADMIN. */
  async listVisible(ctx: CallContext, orderId: string | null): Promise<RefundEntity[]> {
    const caller = requireUser(ctx);
    const query = this.refunds()
      .createQueryBuilder('r')
      .innerJoin(PaymentEntity, 'p', 'p.id = r.payment_id')
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC');
    if (orderId) query.where('r.order_id = :orderId', { orderId });
    if (!orderId || !hasRole(ctx, Role.ADMIN))
      query.andWhere('p.buyer_id = :buyerId', { buyerId: caller.id });
    return query.getMany();
  }

  /** Checks the refundable amount under the payment lock and reserves it with a PENDING refund. */
  private async reserve(
    manager: EntityManager,
    ctx: CallContext,
    payment: PaymentEntity,
    input: { requested?: number; reason: string },
    key: string,
    destination: RefundDestination,
  ): Promise<RefundEntity> {
    if (!isCaptured(payment.status)) {
      throw conflict(`A ${payment.status} payment cannot be refunded`, { status: payment.status });
    }
    const refundable = payment.capturedAmount - payment.refundedAmount;
    if (refundable <= 0) throw conflict('Nothing is left to refund on this payment', { refundable });
    const amount = input.requested ?? refundable;
    if (amount > refundable) {
      throw conflict(`amount exceeds what is left to refund (${refundable})`, { refundable });
    }
    const refund = manager.create(RefundEntity, {
      id: randomUUID(),
      paymentId: payment.id,
      orderId: payment.orderId,
      amount,
      currency: payment.currency,
      status: 'PENDING',
      destination,
      reason: input.reason,
      idempotencyKey: key,
      providerRef: null,
      failureReason: null,
    });
    await manager.insert(RefundEntity, refund);
    await manager.update(
      PaymentEntity,
      { id: payment.id },
      { refundedAmount: payment.refundedAmount + amount },
    );
    await this.deps.recorder.audit(manager, ctx, payment, payment.status, {
      action: 'REFUND',
      refund: { id: refund.id, amount, reason: input.reason },
      detail: { refundStatus: 'REQUESTED', destination },
    });
    return refund;
  }

  /** A refund still waiting for its provider call (first try, or a retry after an outage) is driven again. */
  private async resume(ctx: CallContext, refund: RefundEntity): Promise<RefundResult> {
    const payment = await this.deps.payments.get(refund.paymentId);
    if (refund.status !== 'PENDING' || refund.providerRef) return { refund, payment };
    return this.driveProvider(ctx, refund, payment);
  }

  private async driveProvider(
    ctx: CallContext,
    refund: RefundEntity,
    payment: PaymentEntity,
  ): Promise<RefundResult> {
    let result: ProviderRefund;
    try {
      result = await this.deps.providers.named(payment.provider).refund({
        providerRef: payment.providerRef as string,
        amount: refund.amount,
        idempotencyKey: `refund:${refund.id}`,
      });
    } catch (error) {
      // Unreachable or misconfigured: the refund stays PENDING and a retry with the same key replays it.
      if (!(error instanceof ProviderError) || error.retryable || error.kind === 'misconfigured') {
        throw providerFailure(error);
      }
      await this.deps.outbox.transaction(this.deps.dataSource, (manager) =>
        this.settle(manager, ctx, refund.id, { refundRef: '', status: 'FAILED' }, error.kind),
      );
      throw conflict('The payment provider refused the refund', { refundId: refund.id, reason: error.kind });
    }
    return this.deps.outbox.transaction(this.deps.dataSource, (manager) =>
      this.settle(manager, ctx, refund.id, result),
    );
  }

  /**
   * Applies the provider's answer once: success moves the payment to PARTIALLY_REFUNDED/REFUNDED and
   * publishes payment.refunded; failure frees the reserved amount.
   */
  private async settle(
    manager: EntityManager,
    ctx: CallContext,
    refundId: string,
    result: ProviderRefund,
    failureReason = 'provider_failed',
  ): Promise<RefundResult> {
    // Payment lock first (as in `reserve`), then the refund re-read under it: one settlement wins.
    const { paymentId } = await manager.findOneByOrFail(RefundEntity, { id: refundId });
    const payment = await lockPayment(manager, paymentId);
    const refund = await manager.findOneByOrFail(RefundEntity, { id: refundId });
    if (refund.status !== 'PENDING' || refund.providerRef) return { refund, payment };
    const info = { id: refund.id, amount: refund.amount, reason: refund.reason };
    if (result.status === 'FAILED') {
      await manager.update(RefundEntity, { id: refund.id }, { status: 'FAILED', failureReason });
      await manager.update(
        PaymentEntity,
        { id: payment.id },
        { refundedAmount: payment.refundedAmount - refund.amount },
      );
      await this.deps.recorder.audit(manager, ctx, payment, payment.status, {
        action: 'REFUND_FAILED',
        refund: info,
        detail: { failureReason },
      });
      return { refund: { ...refund, status: 'FAILED', failureReason }, payment };
    }
    await manager.update(
      RefundEntity,
      { id: refund.id },
      { status: result.status, providerRef: result.refundRef },
    );
    const [{ settled }] = await manager.query(
      `SELECT coalesce(sum(amount), 0)::int AS settled FROM refunds
       WHERE payment_id = $1 AND status IN ('SUCCEEDED', 'PENDING') AND provider_ref IS NOT NULL`,
      [payment.id],
    );
    const updated = await this.deps.recorder.apply(manager, ctx, payment, {
      to: statusAfterRefunds(payment.capturedAmount, settled),
      action: 'REFUND',
      refund: info,
      detail: { refundStatus: result.status, refundRef: result.refundRef, destination: refund.destination },
    });
    return { refund: { ...refund, status: result.status, providerRef: result.refundRef }, payment: updated };
  }

  private refunds() {
    return this.deps.dataSource.getRepository(RefundEntity);
  }
}
