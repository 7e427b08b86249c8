import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isOwnerOrAdmin } from '@commerce/auth';
import { Money } from '@commerce/graphql';
import { isUuid } from '@commerce/runtime';
import type { PaymentsContext } from '../context';
import { Refund } from '../refund/refund.type';
import type { RefundEntity } from '../refund/refund.entity';
import type { PaymentEntity } from './payment.entity';
import { Order, Payment } from './payment.type';

/** Fields of Payment computed from the stored row. */
@Resolver(() => Payment)
export class PaymentResolver {
  @FieldResolver(() => Order, { description: 'The order this payment is for' })
  order(@Root() payment: PaymentEntity): Order {
    return { id: payment.orderId as string };
  }

  @FieldResolver(() => Money, { description: 'The amount authorized' })
  amount(@Root() payment: PaymentEntity): Money {
    return { amount: payment.amount, currency: payment.currency };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The provider's reference (PaymentIntent id, ledger transaction); null before it answers",
  })
  transactionRef(@Root() payment: PaymentEntity): string | null {
    return payment.providerRef;
  }

  @FieldResolver(() => [Refund], { description: 'Refunds of this payment, oldest first' })
  refunds(@Root() payment: PaymentEntity, @Ctx() ctx: PaymentsContext): Promise<RefundEntity[]> {
    return ctx.loaders.refundsByPaymentId.load(payment.id);
  }
}

/** `Order.payments`, contributed to the orders subgraph's entity. */
@Resolver(() => Order)
export class OrderResolver {
  @FieldResolver(() => [Payment], {
    nullable: true,
    description:
      'Payments made for the order, oldest first; only its buyer and admins see them (others: empty)',
  })
  async payments(@Root() order: Order, @Ctx() ctx: PaymentsContext): Promise<PaymentEntity[]> {
    if (!ctx.user || !isUuid(order.id)) return [];
    const payments = await ctx.loaders.paymentsByOrderId.load(order.id);
    return payments.filter((payment) => isOwnerOrAdmin(ctx, payment.buyerId));
  }
}
