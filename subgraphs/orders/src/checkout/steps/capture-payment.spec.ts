import { rejectionOf } from '@commerce/testing';
import { RetryableError } from '@commerce/runtime';
import { SagaAbort } from '../../saga/saga';
import {
  checkoutContext,
  conflictRefusal,
  fakePayments,
  signal,
  transportError,
} from '../../testing/step-fakes';
import { capturePayment } from './capture-payment';

const later = new Date(Date.now() + 600_000).toISOString();

describe('capturePayment', () => {
  it('captures the authorized payment', async () => {
    const payments = fakePayments();
    await capturePayment(payments).invoke(
      checkoutContext({ paymentId: 'pay-1', reservationExpiresAt: later }),
    );
    expect(payments.capture).toHaveBeenCalledWith('pay-1', signal);
  });

  it('takes no money when the stock hold is about to lapse', async () => {
    const payments = fakePayments();
    const soon = new Date(Date.now() + 10_000).toISOString();
    const abort = await rejectionOf(
      capturePayment(payments).invoke(checkoutContext({ paymentId: 'pay-1', reservationExpiresAt: soon })),
      SagaAbort,
    );
    expect(abort.failure).toMatchObject({ outcome: 'CANCELLED', code: 'CHECKOUT_EXPIRED' });
    expect(payments.capture).not.toHaveBeenCalled();
  });

  it('turns a refused capture into PAYMENT_FAILED', async () => {
    const payments = fakePayments();
    payments.capture.mockRejectedValue(conflictRefusal());
    const abort = await rejectionOf(
      capturePayment(payments).invoke(checkoutContext({ paymentId: 'pay-1', reservationExpiresAt: later })),
      SagaAbort,
    );
    expect(abort.failure).toMatchObject({ outcome: 'PAYMENT_FAILED', code: 'CONFLICT' });
  });

  it('lets transport failures through for a retry (capture is idempotent)', async () => {
    const payments = fakePayments();
    payments.capture.mockRejectedValue(transportError());
    await rejectionOf(
      capturePayment(payments).invoke(checkoutContext({ paymentId: 'pay-1', reservationExpiresAt: later })),
      RetryableError,
    );
  });

  it('compensates by refunding, or voiding when nothing was captured, or nothing when both are done', async () => {
    const payments = fakePayments();
    await capturePayment(payments).compensate!(checkoutContext({ paymentId: 'pay-1' }));
    expect(payments.refund).toHaveBeenCalledWith('pay-1', 'Checkout did not complete', undefined, signal);
    expect(payments.void).not.toHaveBeenCalled();

    payments.refund.mockRejectedValue(conflictRefusal());
    await capturePayment(payments).compensate!(checkoutContext({ paymentId: 'pay-1' }));
    expect(payments.void).toHaveBeenCalledWith('pay-1', signal);

    payments.void.mockRejectedValue(conflictRefusal());
    await expect(
      capturePayment(payments).compensate!(checkoutContext({ paymentId: 'pay-1' })),
    ).resolves.toBeUndefined();
  });

  it('keeps trying a compensation that fails in transport', async () => {
    const payments = fakePayments();
    payments.refund.mockRejectedValue(transportError());
    await rejectionOf(
      capturePayment(payments).compensate!(checkoutContext({ paymentId: 'pay-1' })),
      RetryableError,
    );
    expect(payments.void).not.toHaveBeenCalled();
  });
});
