import { DataSource, In } from 'typeorm';
import { badInput, conflict, notFound } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { CallContext } from '../call-context';
import type { Ledger } from '../ledger/ledger';
import { transfer } from '../ledger/posting';
import { Authorization, ProviderError } from '../provider/payment-provider';
import { providerFailure } from '../provider/provider-errors';
import type { ProviderRegistry } from '../provider/provider-registry';
import { PaymentEntity } from './payment.entity';
import type { PaymentRecorder } from './payment-recorder';
import { assertTransition, isCaptured, PaymentStatus } from './payment-state';
import type { Money } from '@commerce/contracts';
import { AuthorizeInput, isInFlight, lockPayment, minorUnitsOf, PaymentStore } from './payment-store';
import { WalletPayments } from './wallet-payments';

export type { AuthorizeInput } from './payment-store';

interface PaymentServiceOptions {
  /** A PENDING attempt older than this, with no provider answer, is presumed dead and may be taken over. */
  staleAttemptMs: number;
  /** How long a duplicate request waits for the attempt in progress before answering CONFLICT. */
  inFlightWaitMs: number;
}

export interface PaymentServiceDeps {
  dataSource: DataSource;
  outbox: OutboxWriter;
  recorder: PaymentRecorder;
  providers: ProviderRegistry;
  ledger: Ledger;
  logger: Logger;
  options: PaymentServiceOptions;
}

const POLL_MS = 25;

/**
 * Authorize, capture and void - the payment steps of the checkout saga - for every method.
 *
 * Idempotency: the payment row is claimed by its idempotency key (unique index) before any provider
 * call, and the provider is called with a key derived from the payment id, so 20 identical requests
 * make one payment and one provider authorization; duplicates wait for the first and answer the same.
 * Provider calls happen outside database transactions; results are applied in a short transaction
 * that re-reads the row under lock, so a late or repeated answer never applies twice.
 */
export class PaymentService {
  private readonly dataSource: DataSource;
  private readonly outbox: OutboxWriter;
  private readonly recorder: PaymentRecorder;
  private readonly ledger: Ledger;
  private readonly store: PaymentStore;
  private readonly wallet: WalletPayments;

  constructor(private readonly deps: PaymentServiceDeps) {
    const { dataSource, outbox, recorder, ledger } = deps;
    this.dataSource = dataSource;
    this.outbox = outbox;
    this.recorder = recorder;
    this.ledger = ledger;
    this.store = new PaymentStore(dataSource);
    this.wallet = new WalletPayments({ dataSource, outbox, recorder, ledger, store: this.store });
  }

  /** Order payments by id, one query (entity references); top-ups are not Payments in the API. */
  async findByIds(ids: readonly string[]): Promise<PaymentEntity[]> {
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(PaymentEntity).findBy({ id: In([...ids]), purpose: 'ORDER' });
  }

  /** Payments of many orders in one query, oldest first. */
  async listForOrders(orderIds: readonly string[]): Promise<PaymentEntity[]> {
    if (orderIds.length === 0) return [];
    return this.dataSource
      .getRepository(PaymentEntity)
      .find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  get(id: string): Promise<PaymentEntity> {
    return this.store.get(id);
  }

  /**
   * Holds the money. Answers the payment as it stands: AUTHORIZED, PENDING with a redirect URL
   * (the buyer must approve), or FAILED with the decline reason. A replayed key answers the same
   * payment (its current status); the same key with different parameters is CONFLICT.
   */
  async authorize(ctx: CallContext, input: AuthorizeInput): Promise<PaymentEntity> {
    if (input.method.type === 'WALLET') {
      return (await this.wallet.authorize(ctx, input)) ?? this.store.existing(input);
    }
    const provider = this.deps.providers.forMethod(input.method.type).name;
    const created = await this.store.claim(this.dataSource.manager, ctx, input, provider);
    if (created) return this.authorizeWithProvider(ctx, created, input.method.cardToken ?? null);
    return this.finishAuthorization(ctx, await this.store.existing(input));
  }

  /** Takes the held money (all of it, or `amount`). Capturing a captured payment answers it unchanged. */
  async capture(ctx: CallContext, paymentId: string, amount?: Money): Promise<PaymentEntity> {
    return this.captureHeld(ctx, await this.get(paymentId), amount);
  }

  /**
   * capture, for a payment the caller already has. It may be stale: as every change, the capture is
   * applied to the row re-read under lock.
   */
  private async captureHeld(
    ctx: CallContext,
    payment: PaymentEntity,
    amount?: Money,
  ): Promise<PaymentEntity> {
    if (isCaptured(payment.status)) return payment;
    assertTransition(payment.status, PaymentStatus.CAPTURED);
    const toCapture = amount ? minorUnitsOf(payment, amount) : payment.amount;
    if (toCapture > payment.amount) {
      throw badInput('amount exceeds the authorized amount', { field: 'amount.amount' });
    }
    if (payment.method === 'WALLET') return this.wallet.capture(ctx, payment, toCapture);
    await this.callProvider(() =>
      this.deps.providers.named(payment.provider).capture({
        providerRef: payment.providerRef as string,
        amount: toCapture,
        idempotencyKey: `payment:${payment.id}:capture`,
      }),
    );
    // A top-up's captured card money becomes wallet balance in the same transaction.
    const topUp = payment.purpose === 'WALLET_TOP_UP';
    const cardFunds = topUp ? await this.ledger.platformAccount('CARD_FUNDS', payment.currency) : null;
    return this.outbox.transaction(this.dataSource, async (manager) => {
      const locked = await lockPayment(manager, payment.id);
      if (isCaptured(locked.status)) return locked;
      if (cardFunds) {
        const wallet = await this.ledger.wallet(manager, locked.buyerId, locked.currency);
        await this.ledger.post(
          manager,
          transfer('TOP_UP', cardFunds, wallet, toCapture, { paymentId: payment.id }),
        );
      }
      return this.recorder.apply(manager, ctx, locked, {
        to: PaymentStatus.CAPTURED,
        action: 'CAPTURE',
        capturedAmount: toCapture,
        amount: toCapture,
      });
    });
  }

  /** Releases the held money. Voiding a voided payment answers it unchanged; after capture, refund. */
  async void(ctx: CallContext, paymentId: string): Promise<PaymentEntity> {
    const payment = await this.finishAuthorization(ctx, await this.get(paymentId));
    if (payment.status === PaymentStatus.VOIDED) return payment;
    assertTransition(payment.status, PaymentStatus.VOIDED);
    if (payment.method === 'WALLET') return this.wallet.release(ctx, payment);
    await this.callProvider(() =>
      this.deps.providers.named(payment.provider).void({
        providerRef: payment.providerRef as string,
        idempotencyKey: `payment:${payment.id}:void`,
      }),
    );
    return this.outbox.transaction(this.dataSource, async (manager) => {
      const locked = await lockPayment(manager, paymentId);
      if (locked.status === PaymentStatus.VOIDED) return locked;
      return this.recorder.apply(manager, ctx, locked, { to: PaymentStatus.VOIDED, action: 'VOID' });
    });
  }

  /** Authorize and capture in one call (the saga's `POST /payments/pay`). */
  async pay(ctx: CallContext, input: AuthorizeInput): Promise<PaymentEntity> {
    const payment = await this.authorize(ctx, input);
    // authorize has just answered the payment as it stands: no need to read it again to capture it.
    return payment.status === PaymentStatus.AUTHORIZED ? this.captureHeld(ctx, payment) : payment;
  }

  /**
   * The buyer finished the provider's step (approved or cancelled on the redirect page): the
   * PENDING payment becomes AUTHORIZED or FAILED. Repeating the same outcome is a no-op.
   */
  async completeAction(
    ctx: CallContext,
    provider: string,
    providerRef: string,
    approved: boolean,
  ): Promise<PaymentEntity> {
    return this.outbox.transaction(this.dataSource, async (manager) => {
      const found = await manager.getRepository(PaymentEntity).findOneBy({ provider, providerRef });
      if (!found) throw notFound('Payment');
      const locked = await lockPayment(manager, found.id);
      const to = approved ? PaymentStatus.AUTHORIZED : PaymentStatus.FAILED;
      if (locked.status === to || (approved && isCaptured(locked.status))) return locked;
      return this.recorder.apply(manager, ctx, locked, {
        to,
        action: 'BUYER_ACTION',
        redirectUrl: null,
        ...(approved ? {} : { failureReason: 'buyer_declined' }),
      });
    });
  }

  /**
   * For a payment whose provider call is in flight: waits for it to settle; when its attempt is
   * stale (the process died mid-call, or the provider was unreachable) takes it over and replays the
   * provider call with the same provider key, which returns the first outcome if there was one.
   */
  private async finishAuthorization(ctx: CallContext, payment: PaymentEntity): Promise<PaymentEntity> {
    const deadline = Date.now() + this.deps.options.inFlightWaitMs;
    let current = payment;
    while (isInFlight(current)) {
      if (await this.store.takeOver(current.id, this.deps.options.staleAttemptMs)) {
        return this.authorizeWithProvider(ctx, current);
      }
      if (Date.now() >= deadline) {
        throw conflict('This payment is still being authorized; retry shortly', { status: current.status });
      }
      await delay(POLL_MS);
      current = await this.get(current.id);
    }
    return current;
  }

  /** `token`: the card token when the caller has it at hand (it just claimed the payment), else read. */
  private async authorizeWithProvider(
    ctx: CallContext,
    payment: PaymentEntity,
    token?: string | null,
  ): Promise<PaymentEntity> {
    if (token === undefined) token = await this.store.methodToken(payment.id);
    let result: Authorization;
    try {
      result = await this.deps.providers.named(payment.provider).authorize({
        amount: payment.amount,
        currency: payment.currency,
        paymentMethod: token ?? payment.method.toLowerCase(),
        idempotencyKey: `payment:${payment.id}`,
        metadata: {
          paymentId: payment.id,
          buyerId: payment.buyerId,
          ...(payment.orderId ? { orderId: payment.orderId } : {}),
        },
      });
    } catch (error) {
      return this.onAuthorizeError(ctx, payment, error);
    }
    return this.outbox.transaction(this.dataSource, async (manager) => {
      const locked = await lockPayment(manager, payment.id);
      if (locked.status !== PaymentStatus.PENDING || locked.providerRef) return locked;
      if (result.status === 'AUTHORIZED') {
        return this.recorder.apply(manager, ctx, locked, {
          to: PaymentStatus.AUTHORIZED,
          action: 'AUTHORIZE',
          providerRef: result.providerRef,
        });
      }
      if (result.status === 'REQUIRES_ACTION') {
        return this.recorder.apply(manager, ctx, locked, {
          to: PaymentStatus.PENDING,
          action: 'REQUIRES_ACTION',
          providerRef: result.providerRef,
          redirectUrl: result.redirectUrl ?? null,
        });
      }
      const declineCode = result.declineCode ?? 'card_declined';
      return this.recorder.apply(manager, ctx, locked, {
        to: PaymentStatus.FAILED,
        action: 'AUTHORIZE',
        providerRef: result.providerRef,
        failureReason: declineCode,
        detail: { declineCode },
      });
    });
  }

  /**
   * A provider that refused the request itself fails the payment (the buyer can try another method);
   * one that could not be reached leaves it PENDING with its attempt marked abandoned, so the next
   * retry with the same key replays the call at once.
   */
  private async onAuthorizeError(
    ctx: CallContext,
    payment: PaymentEntity,
    error: unknown,
  ): Promise<PaymentEntity> {
    const refused =
      error instanceof ProviderError && (error.kind === 'invalid_request' || error.kind === 'invalid_state');
    if (refused) {
      return this.outbox.transaction(this.dataSource, async (manager) => {
        const locked = await lockPayment(manager, payment.id);
        if (locked.status !== PaymentStatus.PENDING) return locked;
        return this.recorder.apply(manager, ctx, locked, {
          to: PaymentStatus.FAILED,
          action: 'AUTHORIZE',
          failureReason: 'provider_rejected',
          detail: { providerError: error.kind },
        });
      });
    }
    await this.store.abandonAttempt(payment.id);
    this.deps.logger.warn(
      { err: error, paymentId: payment.id },
      'payment provider call failed; attempt left for retry',
    );
    throw providerFailure(error);
  }

  private async callProvider(call: () => Promise<void>): Promise<void> {
    try {
      await call();
    } catch (error) {
      throw providerFailure(error);
    }
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
