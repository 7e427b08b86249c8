import { rejectionOf } from '@commerce/testing';
import { SagaAbort } from '@commerce/saga';
import { checkoutContext, conflictRefusal, fakeCatalog, ORDER_ID, signal } from '../../testing/step-fakes';
import { commitStock } from './commit-stock';

describe('commitStock', () => {
  it('commits the reservation of the order', async () => {
    const catalog = fakeCatalog();
    await commitStock(catalog).invoke(checkoutContext());
    expect(catalog.commit).toHaveBeenCalledWith(ORDER_ID, signal);
  });

  it('turns a lapsed reservation into CANCELLED (the payment is refunded by the compensations)', async () => {
    const catalog = fakeCatalog();
    catalog.commit.mockRejectedValue(conflictRefusal('catalog'));
    const abort = await rejectionOf(commitStock(catalog).invoke(checkoutContext()), SagaAbort);
    expect(abort.failure).toMatchObject({ outcome: 'CANCELLED', code: 'RESERVATION_EXPIRED' });
  });

  it('compensates by putting the stock back on sale', async () => {
    const catalog = fakeCatalog();
    await commitStock(catalog).compensate!(checkoutContext());
    expect(catalog.restock).toHaveBeenCalledWith(ORDER_ID, signal);
  });
});
