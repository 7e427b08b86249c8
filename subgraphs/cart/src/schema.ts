import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@commerce/graphql';
import { CartItemResolver } from './cart/cart-item.resolver';
import { resolveCartReference } from './cart/cart.reference';
import { CartResolver } from './cart/cart.resolver';
import { Product } from './cart/cart.type';
import { CouponResolver } from './coupon/coupon.resolver';

/**
 * The cart subgraph schema. It needs no database: resolvers reach services through the request
 * context, so `npm run compose` can print the SDL without starting anything.
 */
export function buildCartSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [CartResolver, CartItemResolver, CouponResolver],
    orphanedTypes: [Product],
    references: { Cart: { __resolveReference: resolveCartReference } },
  });
}
