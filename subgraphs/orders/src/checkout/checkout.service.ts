import type { DataSource } from 'typeorm';
import { requireUser, RequestContext } from '@commerce/auth';
import { AppError, ErrorCode, badInput, conflict, validate } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import type { Logger } from '@commerce/logging';
import type { CheckoutQuote, UserAddress } from '@commerce/contracts';
import { Refusal, RetryableError } from '@commerce/http';
import { sleep } from '@commerce/saga';
import type { CompensatingSaga, SagaRunner, SagaStore } from '@commerce/saga';
import type { CartPort } from '../clients/cart.client';
import type { UsersPort } from '../clients/users.client';
import type { OrderEntity } from '../order/order.entity';
import { OrderStatus } from '../order/order-state-machine';
import type { OrderService } from '../order/order.service';
import { checkoutFingerprint, checkoutOrderId } from './checkout-identity';
import type { CheckoutOutcome, CheckoutSagaInput, CheckoutSagaOutputs } from './steps/checkout-saga.types';
import { checkoutRule, CheckoutRequest } from './checkout.validation';
import { placeOrder } from './place-order';
import { quoteCart } from './quote-cart';

interface CheckoutSettings {
  /** Time the request spends running the saga before the worker takes it over. */
  inlineBudgetMs: number;
  inlineRetries: number;
  /** How long a duplicate request waits for the first one's outcome. */
  duplicateWaitMs: number;
}

export interface CheckoutDependencies {
  dataSource: DataSource;
  outbox: OutboxWriter;
  orders: OrderService;
  cart: CartPort;
  users: UsersPort;
  sagas: SagaStore;
  runner: SagaRunner;
  saga: CompensatingSaga<CheckoutSagaInput, CheckoutSagaOutputs, CheckoutOutcome>;
  settings: CheckoutSettings;
  /** Aborted at shutdown: in-flight calls stop and the saga is left for the next process. */
  shutdown: AbortSignal;
  logger: Logger;
}

/**
 * `checkout`: turns the caller's cart into an order and runs the checkout saga inside the request,
 * so the normal answer is the final order (PAID, PAYMENT_FAILED or CANCELLED). A saga that cannot
 * finish in time (a service down) is left to the recovery worker and the answer is the PENDING order.
 */
export class CheckoutService {
  constructor(private readonly deps: CheckoutDependencies) {}

  async checkout(ctx: RequestContext, raw: CheckoutRequest): Promise<OrderEntity> {
    const buyer = requireUser(ctx);
    const request = validate(checkoutRule, raw);
    const orderId = checkoutOrderId(buyer.id, request.idempotencyKey);
    const address = await this.shippingAddress(buyer.id, request.shippingAddressId ?? null);
    let quote: CheckoutQuote;
    try {
      quote = await quoteCart(this.deps.cart, buyer.id, orderId, this.deps.shutdown);
    } catch (error) {
      // A retry after success finds the cart emptied by order.paid: the order is the answer.
      const existing = await this.deps.orders.findOne(orderId);
      if (existing) return this.outcomeOf(existing);
      throw publicError('cart', error);
    }
    const fingerprint = checkoutFingerprint(quote, request);
    const state = await this.deps.outbox.transaction(this.deps.dataSource, (manager) =>
      placeOrder(manager, this.deps.outbox, this.deps.sagas, {
        orderId,
        buyerId: buyer.id,
        request,
        quote,
        address,
        fingerprint,
      }),
    );
    if (!state) return this.duplicate(orderId, fingerprint);
    const { settings } = this.deps;
    await this.deps.runner.run(this.deps.saga, state, {
      budgetMs: settings.inlineBudgetMs,
      inlineRetries: settings.inlineRetries,
      signal: this.deps.shutdown,
    });
    const order = (await this.deps.orders.findOne(orderId))!;
    if (order.status === OrderStatus.PAID) await this.settleCart(buyer.id, orderId);
    return order;
  }

  /**
   * Read your own writes: when the answer is PAID, the buyer's next `cart` must no longer hold what
   * was bought, so cart applies the paid outcome now instead of ~50 ms later from `order.paid`. The
   * order is paid either way: if cart cannot be reached the event still clears it, and the answer is
   * not turned into an error for a step that will happen anyway.
   */
  private async settleCart(buyerId: string, orderId: string): Promise<void> {
    try {
      await this.deps.cart.settlePaid(buyerId, orderId, this.deps.shutdown);
    } catch (error) {
      this.deps.logger.warn({ err: error, orderId }, 'cart not settled inline; order.paid will clear it');
    }
  }

  /** The buyer's own address, copied into the order; someone else's is refused like a missing one. */
  private async shippingAddress(buyerId: string, addressId: string | null): Promise<UserAddress | null> {
    if (!addressId) return null;
    let address: UserAddress | null;
    try {
      address = await this.deps.users.address(buyerId, addressId, this.deps.shutdown);
    } catch (error) {
      throw publicError('users', error);
    }
    if (!address)
      throw badInput('shippingAddressId is not one of your addresses', { field: 'shippingAddressId' });
    return address;
  }

  /** Another request with this key created the order: same checkout -> its outcome; else CONFLICT. */
  private async duplicate(orderId: string, fingerprint: string): Promise<OrderEntity> {
    const existing = (await this.deps.orders.findOne(orderId))!;
    if (existing.checkoutFingerprint !== fingerprint) {
      throw conflict('idempotencyKey was already used for a different checkout', { field: 'idempotencyKey' });
    }
    return this.outcomeOf(existing);
  }

  /**
   * The order once another request's run of its checkout is over: waits (bounded) while that run is
   * busy; a checkout waiting for a payment approval or retrying later answers PENDING at once.
   */
  private async outcomeOf(order: OrderEntity): Promise<OrderEntity> {
    const deadline = Date.now() + this.deps.settings.duplicateWaitMs;
    let current = order;
    for (let pause = 25; current.status === OrderStatus.PENDING; pause = Math.min(pause * 2, 200)) {
      const busy = await this.deps.sagas.isBusy(order.id, 'checkout');
      if (busy && Date.now() < deadline) await sleep(pause, this.deps.shutdown);
      // Read after the check: a run that just ended has written its outcome by now.
      current = (await this.deps.orders.findOne(order.id)) ?? current;
      if (!busy || Date.now() >= deadline) break;
    }
    return current;
  }
}

/** Maps a failure of another service before the order exists to the caller's error vocabulary. */
function publicError(service: string, error: unknown): unknown {
  if (error instanceof Refusal) {
    const code = error.code === ErrorCode.OUT_OF_STOCK ? ErrorCode.OUT_OF_STOCK : ErrorCode.CONFLICT;
    return new AppError(code, error.message, error.details);
  }
  if (error instanceof RetryableError) {
    return new AppError(
      ErrorCode.SERVICE_UNAVAILABLE,
      `The ${service} service is unavailable; try again shortly`,
    );
  }
  return error;
}
