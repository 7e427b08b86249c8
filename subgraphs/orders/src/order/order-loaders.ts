import DataLoader from 'dataloader';
import { createByIdLoader, createGroupedLoader } from '@commerce/graphql';
import type { OrdersLoaders, OrdersServices } from '../context';

/** The loaders of one request. */
export function createOrdersLoaders(services: OrdersServices): OrdersLoaders {
  return {
    orderById: createByIdLoader((ids) => services.orders.findByIds(ids)),
    itemsByOrderId: createGroupedLoader(
      (ids) => services.orders.itemsOf(ids),
      (item) => item.orderId,
    ),
    shipmentsByOrderId: createGroupedLoader(
      (ids) => services.orders.shipmentsOf(ids),
      (s) => s.orderId,
    ),
    paymentActionByOrderId: new DataLoader(async (ids) => {
      const actions = await services.paymentActions(ids);
      return ids.map((id) => actions.get(id) ?? null);
    }),
  };
}
