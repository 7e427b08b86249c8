import DataLoader from 'dataloader';
import { createByIdLoader } from '@commerce/graphql';
import type { OrdersLoaders, OrdersServices } from '../context';

/** Groups rows by an id, keeping for each id asked the rows in the order the store returned them. */
function groupedLoader<T>(find: (ids: readonly string[]) => Promise<T[]>, key: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await find(ids)) groups.get(key(row))?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

/** The loaders of one request. */
export function createOrdersLoaders(services: OrdersServices): OrdersLoaders {
  return {
    orderById: createByIdLoader((ids) => services.orders.findByIds(ids)),
    itemsByOrderId: groupedLoader(
      (ids) => services.orders.itemsOf(ids),
      (item) => item.orderId,
    ),
    shipmentsByOrderId: groupedLoader(
      (ids) => services.orders.shipmentsOf(ids),
      (s) => s.orderId,
    ),
    paymentActionByOrderId: new DataLoader(async (ids) => {
      const actions = await services.paymentActions(ids);
      return ids.map((id) => actions.get(id) ?? null);
    }),
  };
}
