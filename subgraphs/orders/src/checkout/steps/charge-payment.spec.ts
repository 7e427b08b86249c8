import { rejectionOf } from '@commerce/testing';
import { Refusal, RetryableError } from '@commerce/http';
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
import { chargePayment } from './charge-payment';

const declined = () =>
  new Refusal('payments', 'PAYMENT_DECLINED', 'Declined', { reason: 'insufficient_funds' });
const later = new Date(Date.now() + 600_000).toISOString();
const soon = new Date(Date.now() + 10_000).toISOString();
const step = (payments: ReturnType<typeof fakePayments>) => chargePayment(payments, 600);
/** A saga parked on a PAYPAL payment, woken by its approval. */
const approved: CheckoutSagaOutputs = {
  paymentId: 'pay-2',
  paymentStatus: 'REQUIRES_ACTION',
  paymentApproved: true,
  reservationExpiresAt: later,
};

describe('chargePayment', () => {
  it('pays the total with the card token under the order payment key, in one call, then forgets the token', async () => {
    const payments = fakePayments();
    const produced = await step(payments).invoke(
      checkoutContext({ cardToken: 'tok_visa', reservationExpiresAt: later }),
    );
    expect(payments.pay).toHaveBeenCalledWith(
      {
        orderId: ORDER_ID,
        buyerId: 'buyer-1',
        amount: { amount: 4500, currency: 'USD' },
        method: { type: 'CARD', cardToken: 'tok_visa' },
        idempotencyKey: `order-${ORDER_ID}`,
      },
      signal,
    );
    expect(produced).toEqual({ paymentId: 'pay-1', paymentStatus: 'CAPTURED', cardToken: null });
    expect(payments.authorize).not.toHaveBeenCalled();
    expect(payments.capture).not.toHaveBeenCalled();
  });

  it('turns a decline into an abort that ends PAYMENT_FAILED with the reason, with nothing to give back', async () => {
    const payments = fakePayments();
    payments.pay.mockRejectedValue(declined());
    const abort = await rejectionOf(step(payments).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toEqual({
      outcome: 'PAYMENT_FAILED',
      code: 'PAYMENT_DECLINED',
      reason: 'Payment declined: insufficient_funds',
    });
    expect(payments.authorize).not.toHaveBeenCalled();
    expect(payments.void).not.toHaveBeenCalled();
  });

  it('parks the saga while a payment awaits the buyer, with the redirect and a deadline', async () => {
    const payments = fakePayments();
    payments.pay.mockResolvedValue({
      paymentId: 'pay-2',
      status: 'REQUIRES_ACTION',
      redirectUrl: 'https://pp/approve',
    });
    const before = Date.now();
    const wait = await rejectionOf(step(payments).invoke(checkoutContext()), SagaWait<CheckoutSagaOutputs>);
    expect(wait.until.getTime()).toBeGreaterThanOrEqual(before + 600_000);
    expect(wait.outputs).toEqual({
      paymentId: 'pay-2',
      paymentStatus: 'REQUIRES_ACTION',
      cardToken: null,
      paymentAction: { redirectUrl: 'https://pp/approve', expiresAt: wait.until.toISOString() },
    });
    expect(wait.onTimeout).toEqual({
      outcome: 'PAYMENT_FAILED',
      code: 'PAYMENT_APPROVAL_TIMEOUT',
      reason: 'The payment was not approved in time',
    });
  });

  it('once woken by the approval, captures that authorization instead of paying again', async () => {
    const payments = fakePayments();
    const produced = await step(payments).invoke(checkoutContext(approved));
    expect(payments.capture).toHaveBeenCalledWith('pay-2', signal);
    expect(payments.pay).not.toHaveBeenCalled();
    expect(produced).toEqual({ paymentStatus: 'CAPTURED', paymentAction: null });
  });

  it('turns a refused capture into PAYMENT_FAILED, after voiding the authorization left behind', async () => {
    const payments = fakePayments();
    payments.capture.mockRejectedValue(conflictRefusal());
    const abort = await rejectionOf(step(payments).invoke(checkoutContext(approved)), SagaAbort);
    expect(abort.failure).toEqual({
      outcome: 'PAYMENT_FAILED',
      code: 'CONFLICT',
      reason: 'Payment could not be captured: wrong state',
    });
    expect(payments.void).toHaveBeenCalledWith('pay-2', signal);
  });

  it('treats a pay refused with CONFLICT (its capture) the same, learning the payment to void it', async () => {
    const payments = fakePayments();
    payments.pay.mockRejectedValue(conflictRefusal());
    const abort = await rejectionOf(step(payments).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toMatchObject({ outcome: 'PAYMENT_FAILED', code: 'CONFLICT' });
    expect(payments.authorize).toHaveBeenCalledTimes(1);
    expect(payments.void).toHaveBeenCalledWith('pay-1', signal);
  });

  it('takes no money when the stock hold is about to lapse, and gives back what an earlier attempt took', async () => {
    const payments = fakePayments();
    // An earlier attempt's pay was applied, its answer lost: the replayed key finds it captured.
    payments.authorize.mockResolvedValue({ paymentId: 'pay-3', status: 'CAPTURED' });
    const abort = await rejectionOf(
      step(payments).invoke(checkoutContext({ reservationExpiresAt: soon })),
      SagaAbort,
    );
    expect(abort.failure).toMatchObject({ outcome: 'CANCELLED', code: 'CHECKOUT_EXPIRED' });
    expect(payments.pay).not.toHaveBeenCalled();
    expect(payments.refund).toHaveBeenCalledWith('pay-3', 'Checkout did not complete', undefined, signal);

    // An approved authorization is not captured either, and is voided.
    await rejectionOf(
      step(payments).invoke(checkoutContext({ ...approved, reservationExpiresAt: soon })),
      SagaAbort,
    );
    expect(payments.capture).not.toHaveBeenCalled();
    expect(payments.void).toHaveBeenCalledWith('pay-2', signal);
  });

  it('takes a replay that finds the payment captured as charged', async () => {
    const payments = fakePayments();
    payments.pay.mockResolvedValue({ paymentId: 'pay-3', status: 'CAPTURED' });
    expect(await step(payments).invoke(checkoutContext())).toMatchObject({ paymentId: 'pay-3' });
  });

  it('retries while payments has not settled the payment yet', async () => {
    const payments = fakePayments();
    payments.pay.mockResolvedValue({ paymentId: 'pay-4', status: 'PENDING' });
    await rejectionOf(step(payments).invoke(checkoutContext()), RetryableError);
  });

  it('fails the order when the replay finds the payment voided', async () => {
    const payments = fakePayments();
    payments.pay.mockResolvedValue({ paymentId: 'pay-5', status: 'VOIDED' });
    const abort = await rejectionOf(step(payments).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toEqual({
      outcome: 'PAYMENT_FAILED',
      code: 'PAYMENT_DECLINED',
      reason: 'Payment voided',
    });
  });

  it('lets transport failures through for a retry (pay is idempotent by key)', async () => {
    const payments = fakePayments();
    payments.pay.mockRejectedValue(transportError());
    await rejectionOf(step(payments).invoke(checkoutContext()), RetryableError);
    payments.capture.mockRejectedValue(transportError());
    await rejectionOf(step(payments).invoke(checkoutContext(approved)), RetryableError);
  });

  it('compensates a captured payment by refunding it, and never pays', async () => {
    const payments = fakePayments();
    await step(payments).compensate!(checkoutContext({ paymentId: 'pay-1', paymentStatus: 'CAPTURED' }));
    expect(payments.refund).toHaveBeenCalledWith('pay-1', 'Checkout did not complete', undefined, signal);
    expect(payments.void).not.toHaveBeenCalled();
    expect(payments.pay).not.toHaveBeenCalled();
  });

  it('compensates an authorization by voiding it, refunding instead when it turns out captured', async () => {
    const payments = fakePayments();
    await step(payments).compensate!(
      checkoutContext({ paymentId: 'pay-2', paymentStatus: 'REQUIRES_ACTION' }),
    );
    expect(payments.void).toHaveBeenCalledWith('pay-2', signal);
    expect(payments.refund).not.toHaveBeenCalled();

    payments.void.mockRejectedValue(conflictRefusal());
    await step(payments).compensate!(
      checkoutContext({ paymentId: 'pay-2', paymentStatus: 'REQUIRES_ACTION' }),
    );
    expect(payments.refund).toHaveBeenCalledWith('pay-2', 'Checkout did not complete', undefined, signal);
  });

  it('learns a payment in doubt by replaying authorize under the same key, then gives it back', async () => {
    const payments = fakePayments();
    payments.authorize.mockResolvedValue({ paymentId: 'pay-6', status: 'CAPTURED' });
    await step(payments).compensate!(checkoutContext({ cardToken: 'tok_visa' }));
    expect(payments.authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        idempotencyKey: `order-${ORDER_ID}`,
        method: { type: 'CARD', cardToken: 'tok_visa' },
      }),
      signal,
    );
    expect(payments.refund).toHaveBeenCalledWith('pay-6', 'Checkout did not complete', undefined, signal);
    expect(payments.pay).not.toHaveBeenCalled();

    payments.authorize.mockResolvedValue({ paymentId: 'pay-7', status: 'AUTHORIZED' });
    await step(payments).compensate!(checkoutContext({ cardToken: 'tok_visa' }));
    expect(payments.void).toHaveBeenCalledWith('pay-7', signal);
  });

  it('has nothing to give back when the replay is declined', async () => {
    const payments = fakePayments();
    payments.authorize.mockRejectedValue(declined());
    await step(payments).compensate!(checkoutContext({ cardToken: 'tok_visa' }));
    expect(payments.void).not.toHaveBeenCalled();
    expect(payments.refund).not.toHaveBeenCalled();
  });

  it('keeps trying a compensation that fails in transport', async () => {
    const payments = fakePayments();
    payments.refund.mockRejectedValue(transportError());
    await rejectionOf(
      step(payments).compensate!(checkoutContext({ paymentId: 'pay-1', paymentStatus: 'CAPTURED' })),
      RetryableError,
    );
    expect(payments.void).not.toHaveBeenCalled();
  });
});
