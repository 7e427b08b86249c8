import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { OrdersContext } from '../context';
import type { OrderEntity } from '../order/order.entity';
import { Order } from '../order/order.type';
import { CheckoutInput } from './checkout.inputs';

@Resolver(() => Order)
export class CheckoutResolver {
  @Mutation(() => Order, {
    description:
      "Turns the caller's cart into an order and pays it. Answers with the order once checkout finished: PAID, or PAYMENT_FAILED / CANCELLED with the reason in statusHistory; PENDING while a payment awaits approval or a service is slow (the order settles in the background)",
  })
  checkout(
    @Arg('input', () => CheckoutInput) input: CheckoutInput,
    @Ctx() ctx: OrdersContext,
  ): Promise<OrderEntity> {
    return ctx.services.checkout.checkout(ctx, input);
  }
}
