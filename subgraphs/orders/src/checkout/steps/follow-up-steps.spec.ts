import { rejectionOf } from '@commerce/testing';
import { RetryableError } from '@commerce/http';
import { conflictRefusal, fakeCatalog, fakePayments, signal, transportError } from '../../testing/step-fakes';
import { refundPayment, RefundInput } from './refund-payment';
import { restockStock, RestockInput } from './restock-stock';

const context = <I>(input: I) => ({ sagaId: 's', orderId: 'o', input, outputs: {}, signal });
const refund: RefundInput = {
  paymentId: 'pay-1',
  amount: { amount: 4500, currency: 'USD' },
  reason: 'Cancelled by the buyer',
};

describe('refundPayment (cancel and return follow-up)', () => {
  it('refunds the whole payment with the reason', async () => {
    const payments = fakePayments();
    await refundPayment<RefundInput, object>(payments).invoke(context(refund));
    expect(payments.refund).toHaveBeenCalledWith(
      'pay-1',
      'Cancelled by the buyer',
      { amount: 4500, currency: 'USD' },
      signal,
    );
  });

  it('treats an already refunded payment as done, and retries transport failures', async () => {
    const payments = fakePayments();
    payments.refund.mockRejectedValueOnce(conflictRefusal());
    await expect(
      refundPayment<RefundInput, object>(payments).invoke(context(refund)),
    ).resolves.toBeUndefined();
    payments.refund.mockRejectedValueOnce(transportError());
    await rejectionOf(refundPayment<RefundInput, object>(payments).invoke(context(refund)), RetryableError);
  });
});

describe('restockStock (cancel follow-up)', () => {
  it('puts the committed stock of the reservation back on sale', async () => {
    const catalog = fakeCatalog();
    await restockStock<RestockInput, object>(catalog).invoke(context({ reservationId: 'r-1' }));
    expect(catalog.restock).toHaveBeenCalledWith('r-1', signal);
  });
});
