import { rejectionOf } from '@commerce/testing';
import { Refusal, RetryableError } from '@commerce/runtime';
import { SagaAbort, SagaWait } from '../../saga/saga';
import {
  checkoutContext,
  conflictRefusal,
  fakePayments,
  ORDER_ID,
  signal,
  transportError,
} from '../../testing/step-fakes';
import type { CheckoutSagaOutputs } from '../checkout-saga.types';
import { authorizePayment } from './authorize-payment';

const declined = () =>
  new Refusal('payments', 'PAYMENT_DECLINED', 'Declined', { reason: 'insufficient_funds' });

describe('authorizePayment', () => {
  it('authorizes the total with the card token under the order payment key, then forgets the token', async () => {
    const payments = fakePayments();
    const produced = await authorizePayment(payments, 600).invoke(checkoutContext({ cardToken: 'tok_visa' }));
    expect(payments.authorize).toHaveBeenCalledWith(
      {
        orderId: ORDER_ID,
        buyerId: 'buyer-1',
        amount: { amount: 4500, currency: 'USD' },
        method: { type: 'CARD', cardToken: 'tok_visa' },
        idempotencyKey: `order-${ORDER_ID}`,
      },
      signal,
    );
    expect(produced).toEqual({ paymentId: 'pay-1', cardToken: null });
  });

  it('turns a decline into an abort that ends PAYMENT_FAILED with the reason', async () => {
    const payments = fakePayments();
    payments.authorize.mockRejectedValue(declined());
    const abort = await rejectionOf(authorizePayment(payments, 600).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toEqual({
      outcome: 'PAYMENT_FAILED',
      code: 'PAYMENT_DECLINED',
      reason: 'Payment declined: insufficient_funds',
    });
  });

  it('parks the saga while a payment awaits the buyer, with the redirect and a deadline', async () => {
    const payments = fakePayments();
    payments.authorize.mockResolvedValue({
      paymentId: 'pay-2',
      status: 'REQUIRES_ACTION',
      redirectUrl: 'https://pp/approve',
    });
    const before = Date.now();
    const wait = await rejectionOf(
      authorizePayment(payments, 600).invoke(checkoutContext()),
      SagaWait<CheckoutSagaOutputs>,
    );
    expect(wait.until.getTime()).toBeGreaterThanOrEqual(before + 600_000);
    expect(wait.outputs).toEqual({
      paymentId: 'pay-2',
      cardToken: null,
      paymentAction: { redirectUrl: 'https://pp/approve', expiresAt: wait.until.toISOString() },
    });
    expect(wait.onTimeout).toEqual({
      outcome: 'PAYMENT_FAILED',
      code: 'PAYMENT_APPROVAL_TIMEOUT',
      reason: 'The payment was not approved in time',
    });
  });

  it('does not call payments again once the approval arrived', async () => {
    const payments = fakePayments();
    const produced = await authorizePayment(payments, 600).invoke(
      checkoutContext({ paymentId: 'pay-2', paymentApproved: true }),
    );
    expect(produced).toEqual({ paymentAction: null });
    expect(payments.authorize).not.toHaveBeenCalled();
  });

  it('takes a replay that finds the payment captured as authorized (capture is idempotent)', async () => {
    const payments = fakePayments();
    payments.authorize.mockResolvedValue({ paymentId: 'pay-3', status: 'CAPTURED' });
    expect(await authorizePayment(payments, 600).invoke(checkoutContext())).toEqual({
      paymentId: 'pay-3',
      cardToken: null,
    });
  });

  it('retries while payments has not heard from its provider yet', async () => {
    const payments = fakePayments();
    payments.authorize.mockResolvedValue({ paymentId: 'pay-4', status: 'PENDING' });
    await rejectionOf(authorizePayment(payments, 600).invoke(checkoutContext()), RetryableError);
  });

  it('fails the order when the replay finds the payment voided', async () => {
    const payments = fakePayments();
    payments.authorize.mockResolvedValue({ paymentId: 'pay-5', status: 'VOIDED' });
    const abort = await rejectionOf(authorizePayment(payments, 600).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toEqual({
      outcome: 'PAYMENT_FAILED',
      code: 'PAYMENT_DECLINED',
      reason: 'Payment voided',
    });
  });

  it('lets transport failures through for a retry', async () => {
    const payments = fakePayments();
    payments.authorize.mockRejectedValue(transportError());
    await rejectionOf(authorizePayment(payments, 600).invoke(checkoutContext()), RetryableError);
  });

  it('compensates by voiding the authorization', async () => {
    const payments = fakePayments();
    await authorizePayment(payments, 600).compensate!(checkoutContext({ paymentId: 'pay-1' }));
    expect(payments.void).toHaveBeenCalledWith('pay-1', signal);
    expect(payments.refund).not.toHaveBeenCalled();
  });

  it('refunds instead when the payment turns out captured', async () => {
    const payments = fakePayments();
    payments.void.mockRejectedValue(conflictRefusal());
    await authorizePayment(payments, 600).compensate!(checkoutContext({ paymentId: 'pay-1' }));
    expect(payments.refund).toHaveBeenCalledWith('pay-1', 'Checkout did not complete', undefined, signal);
  });

  it('learns the payment of an authorization in doubt by replaying it, then voids it', async () => {
    const payments = fakePayments();
    await authorizePayment(payments, 600).compensate!(checkoutContext({ cardToken: 'tok_visa' }));
    expect(payments.authorize).toHaveBeenCalledTimes(1);
    expect(payments.void).toHaveBeenCalledWith('pay-1', signal);
  });

  it('has nothing to void when the replay is declined', async () => {
    const payments = fakePayments();
    payments.authorize.mockRejectedValue(declined());
    await authorizePayment(payments, 600).compensate!(checkoutContext({ cardToken: 'tok_visa' }));
    expect(payments.void).not.toHaveBeenCalled();
  });
});
