import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { OrdersContext } from '../context';
import type { OrderEntity } from '../order/order.entity';
import { Order } from '../order/order.type';

/** The commands of an order's life after checkout; illegal moves answer CONFLICT. */
@Resolver(() => Order)
export class OrderLifecycleResolver {
  @Mutation(() => Order, {
    description:
      'Buyer or ADMIN: cancels an order before anything shipped; stock goes back on sale and any payment is refunded',
  })
  cancelOrder(
    @Arg('id', () => ID, { description: 'The order' }) id: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderEntity> {
    return ctx.services.lifecycle.cancel(ctx, id);
  }

  @Mutation(() => Order, {
    description:
      "SELLER of some of its items: ships the caller's items; the order is SHIPPED once every seller shipped",
  })
  markShipped(
    @Arg('orderId', () => ID, { description: 'The order' }) orderId: string,
    @Arg('carrier', () => String, { description: 'Carrier name, e.g. UPS' }) carrier: string,
    @Arg('trackingNumber', () => String, { description: "The carrier's tracking number" })
    trackingNumber: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderEntity> {
    return ctx.services.lifecycle.markShipped(ctx, orderId, { carrier, trackingNumber });
  }

  @Mutation(() => Order, {
    description:
      'A seller of its items (its own parcel) or ADMIN (every parcel): the order is DELIVERED once all arrived',
  })
  markDelivered(
    @Arg('orderId', () => ID, { description: 'The order' }) orderId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderEntity> {
    return ctx.services.lifecycle.markDelivered(ctx, orderId);
  }

  @Mutation(() => Order, { description: 'Buyer: asks to return a DELIVERED order within the return window' })
  requestReturn(
    @Arg('orderId', () => ID, { description: 'The order' }) orderId: string,
    @Arg('reason', () => String, { description: 'Why it goes back, 3..1000 characters' }) reason: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderEntity> {
    return ctx.services.lifecycle.requestReturn(ctx, orderId, { reason });
  }

  @Mutation(() => Order, {
    description:
      'The seller of every item of the order, or ADMIN: approves a requested return and refunds the payment',
  })
  approveRefund(
    @Arg('orderId', () => ID, { description: 'The order' }) orderId: string,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderEntity> {
    return ctx.services.lifecycle.approveRefund(ctx, orderId);
  }
}
