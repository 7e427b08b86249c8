import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import { badInput } from '@commerce/errors';
import type { OrderEntity } from './order.entity';
import { Order } from './order.type';

/**
 * Declares `Subscription.orderStatusChanged` so that composition puts it in the supergraph and the
 * public schema. Orders never streams it: the gateway serves it over graphql-ws, fed by order.*
 * events, and resolves each update with `order(id)` through the supergraph, so authorization stays
 * here (the buyer, the order's sellers, ADMIN; NOT_FOUND for anyone else).
 */
@Resolver(() => Order)
export class OrderUpdatesResolver {
  @Subscription(() => Order, {
    description:
      'The order now and at every status change: the buyer, a seller of one of its items (its own lines), or ADMIN; NOT_FOUND for anyone else. Served by the gateway over graphql-ws.',
    subscribe: () => {
      throw badInput('orderStatusChanged is served by the gateway over WebSocket (graphql-ws on /graphql)');
    },
  })
  orderStatusChanged(
    @Arg('orderId', () => ID, { description: 'The order to follow' }) _orderId: string,
    @Root() order: OrderEntity,
  ): OrderEntity {
    return order;
  }
}
