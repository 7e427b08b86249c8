import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { money } from '@commerce/contracts';
import { Money } from '@commerce/graphql';
import type { OrdersContext } from '../context';
import { toShipment } from './shipment.mapper';
import { Shipment } from './shipment.type';
import { productRef, UserRef, userRef } from '../federation/entity-stubs';
import { sellerScope } from './order-access';
import type { OrderEntity } from './order.entity';
import { OrderStatus } from './order-state-machine';
import type { OrderItemEntity } from './order-item.entity';
import type { OrderPage } from './order.service';
import {
  Order,
  OrderConnection,
  OrderItem,
  OrderStatusChange,
  PaymentAction,
  ShippingAddress,
} from './order.type';

/** Order fields that are not plain columns; relations load lazily through the request's DataLoaders. */
@Resolver(() => Order)
export class OrderFieldsResolver {
  @FieldResolver(() => UserRef)
  buyer(@Root() order: OrderEntity): UserRef {
    return userRef(order.buyerId);
  }

  @FieldResolver(() => [OrderItem])
  async items(@Root() order: OrderEntity, @Ctx() ctx: OrdersContext): Promise<OrderItem[]> {
    const items = await ctx.loaders.itemsByOrderId.load(order.id);
    const onlySeller = sellerScope(ctx, order);
    return items.filter((item) => !onlySeller || item.sellerId === onlySeller).map(toOrderItem);
  }

  @FieldResolver(() => Money)
  subtotal(@Root() order: OrderEntity): Money {
    return money(order.subtotal, order.currency);
  }

  @FieldResolver(() => Money)
  discount(@Root() order: OrderEntity): Money {
    return money(order.discount, order.currency);
  }

  @FieldResolver(() => Money)
  total(@Root() order: OrderEntity): Money {
    return money(order.total, order.currency);
  }

  @FieldResolver(() => [OrderStatusChange])
  statusHistory(@Root() order: OrderEntity): OrderStatusChange[] {
    return order.statusHistory.map((change) => ({
      status: change.status,
      reason: change.reason,
      reasonCode: change.code,
      at: new Date(change.at),
      actor: change.actorId ? userRef(change.actorId) : null,
    }));
  }

  @FieldResolver(() => ShippingAddress, { nullable: true })
  shippingAddress(@Root() order: OrderEntity): ShippingAddress | null {
    return order.shippingAddress;
  }

  @FieldResolver(() => [Shipment])
  shipments(@Root() order: OrderEntity, @Ctx() ctx: OrdersContext): Promise<Shipment[]> {
    return visibleShipments(order, ctx);
  }

  @FieldResolver(() => Shipment, { nullable: true })
  async shipment(@Root() order: OrderEntity, @Ctx() ctx: OrdersContext): Promise<Shipment | null> {
    return (await visibleShipments(order, ctx)).at(-1) ?? null;
  }

  @FieldResolver(() => PaymentAction, { nullable: true })
  async paymentAction(@Root() order: OrderEntity, @Ctx() ctx: OrdersContext): Promise<PaymentAction | null> {
    if (ctx.user?.id !== order.buyerId || order.status !== OrderStatus.PENDING) return null;
    return ctx.loaders.paymentActionByOrderId.load(order.id);
  }
}

/** `totalCount` is counted only when asked for: listing pages stays one query. */
@Resolver(() => OrderConnection)
export class OrderConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() page: OrderPage): Promise<number> {
    return page.countTotal();
  }
}

/** A seller looking at someone else's order sees only its own parcel. */
async function visibleShipments(order: OrderEntity, ctx: OrdersContext): Promise<Shipment[]> {
  const shipments = await ctx.loaders.shipmentsByOrderId.load(order.id);
  const onlySeller = sellerScope(ctx, order);
  return shipments.filter((s) => !onlySeller || s.sellerId === onlySeller).map(toShipment);
}

function toOrderItem(item: OrderItemEntity): OrderItem {
  return {
    id: item.id,
    product: productRef(item.productId),
    seller: userRef(item.sellerId),
    name: item.name,
    quantity: item.quantity,
    unitPrice: money(item.unitPrice, item.currency),
    lineTotal: money(item.lineTotal, item.currency),
  };
}
