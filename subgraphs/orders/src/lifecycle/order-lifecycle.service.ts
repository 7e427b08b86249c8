import type { DataSource, EntityManager } from 'typeorm';
import { money } from '@commerce/contracts';
import { hasRole, requireRole, requireUser, RequestContext, Role } from '@commerce/auth';
import { badInput, conflict, forbidden, notFound, validate } from '@commerce/errors';
import type { OutboxWriter } from '@commerce/events';
import { isUuid } from '@commerce/runtime';
import type { CompensatingSaga, ForwardOnlySaga, RunOptions, SagaRunner, SagaStore } from '@commerce/saga';
import type {
  CheckoutOutcome,
  CheckoutSagaInput,
  CheckoutSagaOutputs,
  CheckoutSagaState,
} from '../checkout/steps/checkout-saga.types';
import { reservationIdOf } from '../checkout/steps/checkout-saga.types';
import type { RefundInput } from '../checkout/steps/refund-payment';
import { canView, sellsWholeOrderOrAdmin } from '../order/order-access';
import { OrderEntity } from '../order/order.entity';
import { checkoutEventData, transitionOrder } from '../order/order-transition';
import { assertTransition, OrderStatus } from '../order/order-state-machine';
import type { OrderService } from '../order/order.service';
import type { CancelPaidInput } from './follow-up.sagas';
import { returnRule, shipRule } from './lifecycle.validation';
import {
  addShipment,
  deliverShipment,
  parcelsOf,
  recordShipmentEvent,
  shipmentsOf,
} from '../order/shipments';

export interface LifecycleDependencies {
  dataSource: DataSource;
  outbox: OutboxWriter;
  orders: OrderService;
  sagas: SagaStore;
  runner: SagaRunner;
  checkoutSaga: CompensatingSaga<CheckoutSagaInput, CheckoutSagaOutputs, CheckoutOutcome>;
  cancelSaga: ForwardOnlySaga<CancelPaidInput, object>;
  refundSaga: ForwardOnlySaga<RefundInput, object>;
  returnWindowDays: number;
  /** How follow-up sagas run inside the request (budget, retries, shutdown signal). */
  inline: RunOptions;
}

/**
 * Everything after checkout: cancel, ship, deliver, return, refund. Each command locks the order row
 * for a short transaction (no call to another service inside it), checks who may do it and that the
 * move is legal (CONFLICT otherwise), and commits the change with its event. Calls to other services
 * (restock, refund) run afterwards as follow-up sagas, so they happen even if this process dies.
 */
export class OrderLifecycleService {
  constructor(private readonly deps: LifecycleDependencies) {}

  /** Buyer or ADMIN, before anything shipped: stock goes back on sale, the payment is refunded. */
  async cancel(ctx: RequestContext, id: string): Promise<OrderEntity> {
    const caller = requireUser(ctx);
    const order = await this.deps.orders.get(ctx, id);
    if (caller.id !== order.buyerId && !hasRole(ctx, Role.ADMIN)) {
      throw forbidden('Only the buyer or an admin may cancel an order');
    }
    const reason = caller.id === order.buyerId ? 'Cancelled by the buyer' : 'Cancelled by an admin';
    if (order.status === OrderStatus.PENDING) {
      const settled = await this.stopCheckout(order, { reason, actorId: caller.id });
      if (settled.status !== OrderStatus.PAID) return settled;
    }
    const followUp = await this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const locked = await this.lockVisible(manager, ctx, id);
      assertTransition(locked.status, OrderStatus.CANCELLED);
      if ((await shipmentsOf(manager, id)).length > 0) {
        throw conflict('Part of the order has shipped; it can no longer be cancelled', {
          from: locked.status,
        });
      }
      const cancelled = await transitionOrder(manager, this.deps.outbox, {
        orderId: id,
        from: locked.status,
        to: OrderStatus.CANCELLED,
        reason,
        code: 'CANCELLED',
        actorId: caller.id,
        eventData: checkoutEventData,
      });
      return this.deps.sagas.insert<CancelPaidInput, object>(manager, {
        subjectId: id,
        kind: 'cancel',
        step: 'restockStock',
        input: { reservationId: reservationIdOf(id), ...this.refundOf(cancelled, reason) },
        outputs: {},
      });
    });
    await this.deps.runner.run(this.deps.cancelSaga, followUp, this.deps.inline);
    return (await this.deps.orders.findOne(id))!;
  }

  /** A seller hands its items of a PAID order to a carrier; the order is SHIPPED once every seller did. */
  async markShipped(ctx: RequestContext, orderId: string, raw: { carrier: string; trackingNumber: string }) {
    const seller = requireRole(ctx, Role.SELLER);
    const parcel = validate(shipRule, raw);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const order = await this.lockVisible(manager, ctx, orderId);
      if (!order.sellerIds.includes(seller.id))
        throw forbidden('Only a seller of its items may ship an order');
      assertTransition(order.status, OrderStatus.SHIPPED);
      const shipments = await shipmentsOf(manager, orderId);
      if (shipments.some((s) => s.sellerId === seller.id)) {
        throw conflict('You already shipped your items of this order', { from: order.status });
      }
      const shipment = await addShipment(manager, order, seller.id, parcel);
      await recordShipmentEvent(manager, this.deps.outbox, order, shipment);
      const all = [...shipments, shipment];
      if (!order.sellerIds.every((id) => all.some((s) => s.sellerId === id))) return order;
      return transitionOrder(manager, this.deps.outbox, {
        orderId,
        from: order.status,
        to: OrderStatus.SHIPPED,
        actorId: seller.id,
        eventData: () => parcelsOf(all),
      });
    });
  }

  /** A seller's parcel (or, for ADMIN, every parcel) arrived; the order is DELIVERED once all did. */
  async markDelivered(ctx: RequestContext, orderId: string): Promise<OrderEntity> {
    const caller = requireUser(ctx);
    const admin = hasRole(ctx, Role.ADMIN);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const order = await this.lockVisible(manager, ctx, orderId);
      if (!admin && !order.sellerIds.includes(caller.id)) {
        throw forbidden('Only a seller of its items or an admin may mark an order delivered');
      }
      assertTransition(order.status, OrderStatus.DELIVERED);
      const shipments = await shipmentsOf(manager, orderId);
      const targets = shipments.filter((s) => s.status === 'SHIPPED' && (admin || s.sellerId === caller.id));
      if (targets.length === 0)
        throw conflict('Your parcel of this order is already delivered', { from: order.status });
      for (const shipment of targets) {
        await recordShipmentEvent(manager, this.deps.outbox, order, await deliverShipment(manager, shipment));
      }
      if (shipments.some((s) => s.status !== 'DELIVERED')) return order;
      return transitionOrder(manager, this.deps.outbox, {
        orderId,
        from: order.status,
        to: OrderStatus.DELIVERED,
        actorId: caller.id,
        eventData: () => parcelsOf(shipments),
      });
    });
  }

  /** The buyer asks to return a DELIVERED order, within the return window. */
  async requestReturn(ctx: RequestContext, orderId: string, raw: { reason: string }): Promise<OrderEntity> {
    const buyer = requireUser(ctx);
    const { reason } = validate(returnRule, raw);
    return this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const order = await this.lockVisible(manager, ctx, orderId);
      if (order.buyerId !== buyer.id) throw forbidden('Only the buyer may ask to return an order');
      assertTransition(order.status, OrderStatus.RETURN_REQUESTED);
      const windowMs = this.deps.returnWindowDays * 24 * 3600 * 1000;
      if (order.deliveredAt && order.deliveredAt.getTime() + windowMs < Date.now()) {
        throw conflict(`Returns are accepted within ${this.deps.returnWindowDays} days of delivery`, {
          returnWindowDays: this.deps.returnWindowDays,
        });
      }
      return transitionOrder(manager, this.deps.outbox, {
        orderId,
        from: order.status,
        to: OrderStatus.RETURN_REQUESTED,
        reason,
        code: 'RETURN_REQUESTED',
        actorId: buyer.id,
      });
    });
  }

  /** The seller of every item, or ADMIN, approves a requested return: the payment is refunded. */
  async approveRefund(ctx: RequestContext, orderId: string): Promise<OrderEntity> {
    const caller = requireUser(ctx);
    const followUp = await this.deps.outbox.transaction(this.deps.dataSource, async (manager) => {
      const order = await this.lockVisible(manager, ctx, orderId);
      if (!sellsWholeOrderOrAdmin(ctx, order)) {
        throw forbidden('Only the seller of every item of the order or an admin may approve its refund');
      }
      assertTransition(order.status, OrderStatus.REFUNDED);
      const refund = this.refundOf(order, 'Return approved');
      await transitionOrder(manager, this.deps.outbox, {
        orderId,
        from: order.status,
        to: OrderStatus.REFUNDED,
        reason: 'Return approved; payment refunded',
        actorId: caller.id,
        eventData: () => ({ paymentId: refund.paymentId, amount: refund.amount }),
      });
      return this.deps.sagas.insert<RefundInput, object>(manager, {
        subjectId: orderId,
        kind: 'refund',
        step: 'refundPayment',
        input: refund,
        outputs: {},
      });
    });
    await this.deps.runner.run(this.deps.refundSaga, followUp, this.deps.inline);
    return (await this.deps.orders.findOne(orderId))!;
  }

  /**
   * Asks the running checkout of a PENDING order to stop. It is honoured before the payment is
   * captured (the saga compensates, the order ends CANCELLED); after that the order becomes PAID and
   * the caller cancels it as a paid order.
   */
  private async stopCheckout(
    order: OrderEntity,
    request: { reason: string; actorId: string },
  ): Promise<OrderEntity> {
    await this.deps.sagas.requestCancel(order.id, 'checkout', request);
    const claimed = await this.deps.sagas.claimForSubject(order.id, 'checkout');
    if (claimed) {
      const state = claimed as CheckoutSagaState;
      await this.deps.runner.run(this.deps.checkoutSaga, state, this.deps.inline);
    }
    return this.settled(order.id);
  }

  /** The order once the run of its checkout is over (another runner may hold it a moment longer). */
  private async settled(orderId: string): Promise<OrderEntity> {
    const deadline = Date.now() + this.deps.inline.budgetMs;
    for (;;) {
      const busy = await this.deps.sagas.isBusy(orderId, 'checkout');
      // Read after the check: a run that just ended has written its outcome by now.
      const order = (await this.deps.orders.findOne(orderId))!;
      if (order.status !== OrderStatus.PENDING || !busy || Date.now() > deadline) return order;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private refundOf(order: OrderEntity, reason: string): RefundInput {
    if (!order.paymentId) throw new Error(`order ${order.id} is ${order.status} without a payment id`);
    return { paymentId: order.paymentId, amount: money(order.total, order.currency), reason };
  }

  /** Locks the order for this transaction; NOT_FOUND when it does not exist or the caller may not see it. */
  private async lockVisible(manager: EntityManager, ctx: RequestContext, id: string): Promise<OrderEntity> {
    if (!isUuid(id)) throw badInput('orderId is not a valid order id', { field: 'orderId' });
    const order = await manager
      .getRepository(OrderEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order || !canView(ctx, order)) throw notFound('Order');
    return order;
  }
}
