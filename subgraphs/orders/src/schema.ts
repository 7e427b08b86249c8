import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@commerce/graphql';
import { CheckoutResolver } from './checkout/checkout.resolver';
import { OrderLifecycleResolver } from './lifecycle/order-lifecycle.resolver';
import { OrderConnectionResolver, OrderFieldsResolver } from './order/order-fields.resolver';
import { resolveOrderReference } from './order/order.reference';
import { OrderResolver } from './order/order.resolver';
import { OrderUpdatesResolver } from './order/order-updates.resolver';

/**
 * The orders subgraph schema. It needs no database: resolvers reach services through the request
 * context, so `npm run compose` can print the SDL without starting anything.
 */
export function buildOrdersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      OrderResolver,
      OrderFieldsResolver,
      OrderConnectionResolver,
      CheckoutResolver,
      OrderLifecycleResolver,
      OrderUpdatesResolver,
    ],
    references: { Order: { __resolveReference: resolveOrderReference } },
  });
}
