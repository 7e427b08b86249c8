import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { OrdersContext } from '../context';
import type { OrderEntity } from './order.entity';
import type { OrderPage } from './order.service';
import { OrderStatus } from './order-state-machine';
import { Order, OrderConnection } from './order.type';

/** Reading orders: one by id, the caller's purchases, a seller's sales. */
@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description: 'An order, for its buyer, a seller of one of its items, or ADMIN; NOT_FOUND for anyone else',
  })
  order(@Arg('id', () => ID) id: string, @Ctx() ctx: OrdersContext): Promise<OrderEntity> {
    return ctx.services.orders.get(ctx, id, (i) => ctx.loaders.orderById.load(i));
  }

  @Query(() => OrderConnection, { nullable: true, description: "The caller's orders, newest first" })
  myOrders(
    @Arg('status', () => OrderStatus, { nullable: true, description: 'Only orders in this status' })
    status: OrderStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..100 (default 20)' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last order seen' })
    after: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderPage> {
    return ctx.services.orders.myOrders(ctx, { status, first, after });
  }

  @Query(() => OrderConnection, {
    nullable: true,
    description: "SELLER: orders containing the caller's items, newest first",
  })
  sellerOrders(
    @Arg('status', () => OrderStatus, { nullable: true, description: 'Only orders in this status' })
    status: OrderStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1..100 (default 20)' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last order seen' })
    after: string | null,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderPage> {
    return ctx.services.orders.sellerOrders(ctx, { status, first, after });
  }
}
