import type { DataSource } from 'typeorm';
import type { OutboxWriter } from '@commerce/events';
import type { CallContext } from '../call-context';
import { InsufficientFundsError, Ledger } from '../ledger/ledger';
import { settleHold, transfer } from '../ledger/posting';
import type { PaymentEntity } from './payment.entity';
import type { PaymentRecorder } from './payment-recorder';
import { assertTransition, isCaptured, PaymentStatus } from './payment-state';
import { AuthorizeInput, lockPayment, PaymentStore } from './payment-store';

/** Provider name recorded for wallet payments (served by the ledger, not a provider). */
const WALLET_PROVIDER = 'wallet';

export interface WalletPaymentsDeps {
  dataSource: DataSource;
  outbox: OutboxWriter;
  recorder: PaymentRecorder;
  ledger: Ledger;
  store: PaymentStore;
}

/**
 * The wallet as a payment method: authorization is a ledger hold (wallet -> holds), capture settles
 * the hold (holds -> merchants, the uncaptured rest back to the wallet), void releases it. Each step
 * is one transaction with its payment change, so money and status never disagree. Platform accounts
 * are looked up before the transaction, so a transaction never waits for a second pool connection.
 */
export class WalletPayments {
  constructor(private readonly deps: WalletPaymentsDeps) {}

  /** Claims the key and holds the money in one transaction; null when the key was already claimed. */
  async authorize(ctx: CallContext, input: AuthorizeInput): Promise<PaymentEntity | null> {
    const holds = await this.deps.ledger.platformAccount('WALLET_HOLDS', input.amount.currency);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      // A concurrent duplicate blocks on the unique key here until this transaction ends.
      const payment = await this.deps.store.claim(manager, ctx, input, WALLET_PROVIDER);
      if (!payment) return null;
      const wallet = await this.deps.ledger.wallet(manager, input.buyerId, input.amount.currency);
      try {
        const ref = await this.deps.ledger.post(
          manager,
          transfer('HOLD', wallet, holds, payment.amount, { paymentId: payment.id }),
        );
        return await this.deps.recorder.apply(manager, ctx, payment, {
          to: PaymentStatus.AUTHORIZED,
          action: 'AUTHORIZE',
          providerRef: `ledger:${ref}`,
        });
      } catch (error) {
        // Thrown before any write: the transaction is intact and records the decline.
        if (!(error instanceof InsufficientFundsError)) throw error;
        return this.deps.recorder.apply(manager, ctx, payment, {
          to: PaymentStatus.FAILED,
          action: 'AUTHORIZE',
          failureReason: 'insufficient_funds',
          detail: { declineCode: 'insufficient_funds' },
        });
      }
    });
  }

  async capture(ctx: CallContext, payment: PaymentEntity, amount: number): Promise<PaymentEntity> {
    const holds = await this.deps.ledger.platformAccount('WALLET_HOLDS', payment.currency);
    const payable = await this.deps.ledger.platformAccount('MERCHANT_PAYABLE', payment.currency);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const locked = await lockPayment(manager, payment.id);
      if (isCaptured(locked.status)) return locked;
      assertTransition(locked.status, PaymentStatus.CAPTURED);
      const wallet = await this.deps.ledger.wallet(manager, locked.buyerId, locked.currency);
      const refs = { paymentId: locked.id };
      await this.deps.ledger.post(manager, settleHold(holds, payable, wallet, locked.amount, amount, refs));
      return this.deps.recorder.apply(manager, ctx, locked, {
        to: PaymentStatus.CAPTURED,
        action: 'CAPTURE',
        capturedAmount: amount,
        amount,
      });
    });
  }

  async release(ctx: CallContext, payment: PaymentEntity): Promise<PaymentEntity> {
    const holds = await this.deps.ledger.platformAccount('WALLET_HOLDS', payment.currency);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const locked = await lockPayment(manager, payment.id);
      if (locked.status === PaymentStatus.VOIDED) return locked;
      assertTransition(locked.status, PaymentStatus.VOIDED);
      const wallet = await this.deps.ledger.wallet(manager, locked.buyerId, locked.currency);
      const refs = { paymentId: locked.id };
      await this.deps.ledger.post(manager, transfer('RELEASE', holds, wallet, locked.amount, refs));
      return this.deps.recorder.apply(manager, ctx, locked, { to: PaymentStatus.VOIDED, action: 'VOID' });
    });
  }
}
