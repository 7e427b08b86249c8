import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { badInput } from '@commerce/errors';
import { Money } from '@commerce/graphql';
import { isUuid } from '@commerce/runtime';
import type { PaymentsContext } from '../context';
import type { RefundEntity } from './refund.entity';
import { Refund } from './refund.type';

@Resolver(() => Refund)
export class RefundResolver {
  @Query(() => [Refund], {
    nullable: true,
    description:
      "The caller's refunds, of one order or of all their orders; an order of another buyer shows none (ADMIN sees any order's)",
  })
  refunds(
    @Arg('orderId', () => ID, { nullable: true, description: 'Only this order' }) orderId: string | null,
    @Ctx() ctx: PaymentsContext,
  ): Promise<RefundEntity[]> {
    if (orderId != null && !isUuid(orderId))
      throw badInput('orderId is not a valid order id', { field: 'orderId' });
    return ctx.services.refunds.listVisible(ctx, orderId ?? null);
  }

  @FieldResolver(() => Money, { description: 'The amount given back' })
  amount(@Root() refund: RefundEntity): Money {
    return { amount: refund.amount, currency: refund.currency };
  }
}
