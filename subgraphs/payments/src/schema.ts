import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@commerce/graphql';
import { resolveOrderReference, resolvePaymentReference } from './payment/payment.reference';
import { OrderResolver, PaymentResolver } from './payment/payment.resolver';
import { Order, Payment } from './payment/payment.type';
import { RefundResolver } from './refund/refund.resolver';
import { WalletResolver } from './wallet/wallet.resolver';

/**
 * The payments subgraph schema. It needs no database: resolvers reach services through the request
 * context, so composition can print the SDL without starting anything.
 */
export function buildPaymentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [PaymentResolver, OrderResolver, WalletResolver, RefundResolver],
    // Reached only through federation (Order.payments, Payment references), not from a root field.
    orphanedTypes: [Payment, Order],
    references: {
      Payment: { __resolveReference: resolvePaymentReference },
      Order: { __resolveReference: resolveOrderReference },
    },
  });
}
