import type { PaymentAction } from '../order/order.type';
import type { SagaStore } from '../saga/saga-store';
import type { CheckoutSagaOutputs } from './checkout-saga.types';

/**
 * What a waiting payment asks of the buyer (approve at a redirect URL before it expires), by order:
 * read from the checkout sagas parked on it, one query for many orders.
 */
export async function paymentActionsOf(
  sagas: SagaStore,
  orderIds: readonly string[],
): Promise<Map<string, PaymentAction>> {
  const waiting = await sagas.waitingOutputs(orderIds, 'checkout');
  const actions = new Map<string, PaymentAction>();
  for (const [orderId, outputs] of waiting) {
    const action = (outputs as CheckoutSagaOutputs).paymentAction;
    if (action)
      actions.set(orderId, { redirectUrl: action.redirectUrl, expiresAt: new Date(action.expiresAt) });
  }
  return actions;
}
